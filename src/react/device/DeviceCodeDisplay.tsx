import type { DeviceCodeViewProps } from './DeviceCodeView';
import { DeviceCodeView } from './DeviceCodeView';
import { useDevicePack } from './use-device-pack';
import { useDeviceAuthorization, type DeviceAuthorizationOptions } from './use-device-authorization';

/** Props of {@link DeviceCodeDisplay}: the session's options and the view's. */
export interface DeviceCodeDisplayProps extends DeviceAuthorizationOptions, Omit<DeviceCodeViewProps, 'state' | 'onRestart'> {
  /**
   * The person's language as a BCP 47 tag (`"de"`, `"pt-BR"`, `"de-AT"`, or `navigator.language`).
   * Without a pack of that language in `messages`, its device pack is downloaded after mount
   * (until then, and if it cannot be downloaded, the text is English); `messages` still override
   * single strings. Server-rendered screens pass the pack as `messages` instead. Default: the
   * language of `messages` (English).
   */
  locale?: string;
}

/**
 * The whole device screen of RFC 8628: asks the server for a code, shows it with the address, a
 * QR code and a countdown, polls until the person answers, and shows the outcome with "Get a new
 * code" or "Try again". The token goes to `onApproved` only.
 * @example
 * import { DeviceCodeDisplay } from 'activate-kit/device-react';
 * import { betterAuthDialect } from 'activate-kit/device';
 *
 * const dialect = betterAuthDialect({ baseURL: 'https://app.example.com/api/auth', clientId: 'tv-app' });
 * <DeviceCodeDisplay dialect={dialect} layout="tv" onApproved={(token) => keychain.save(token)} />
 */
export function DeviceCodeDisplay({ dialect, fetch, clock, autoStart, onApproved, onDenied, onExpired, onError, locale, messages, ...view }: DeviceCodeDisplayProps) {
  const { state, restart } = useDeviceAuthorization({ dialect, fetch, clock, autoStart, onApproved, onDenied, onExpired, onError });
  const text = useDevicePack(locale, messages);
  return <DeviceCodeView {...view} messages={text} state={state} onRestart={restart} />;
}
