import type { DeviceCodeViewProps } from './DeviceCodeView';
import { DeviceCodeView } from './DeviceCodeView';
import { useDeviceAuthorization, type DeviceAuthorizationOptions } from './use-device-authorization';

/** Props of {@link DeviceCodeDisplay}: the session's options and the view's. */
export interface DeviceCodeDisplayProps extends DeviceAuthorizationOptions, Omit<DeviceCodeViewProps, 'state' | 'onRestart'> {}

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
export function DeviceCodeDisplay({ dialect, fetch, clock, autoStart, onApproved, onDenied, onExpired, onError, ...view }: DeviceCodeDisplayProps) {
  const { state, restart } = useDeviceAuthorization({ dialect, fetch, clock, autoStart, onApproved, onDenied, onExpired, onError });
  return <DeviceCodeView {...view} state={state} onRestart={restart} />;
}
