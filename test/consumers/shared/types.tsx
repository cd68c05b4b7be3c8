// Type check of the shipped declarations against these peer versions (skipLibCheck: false).
import { ActivateDevice, ActivationProvider, useActivation, verifyQueryOptions, type ActivationAdapter } from 'activate-kit';
import { createAuthOSAdapter } from 'activate-kit/authos';
import { createBetterAuthAdapter } from 'activate-kit/better-auth';
import { readEntry } from 'activate-kit/core';
import { useQuery } from '@tanstack/react-query';

const adapter: ActivationAdapter = createAuthOSAdapter({ baseUrl: 'https://sso.example.com' });
export const other: ActivationAdapter = createBetterAuthAdapter({ baseUrl: 'https://id.example.com' });
export const entry = readEntry(adapter, 'https://app.example.com/activate?user_code=WDJB-MJHT');

export function Custom() {
  const flow = useActivation();
  const verify = useQuery(verifyQueryOptions(adapter, 'WDJB-MJHT', 1));
  return <p>{`${flow.state.status} ${verify.data?.providers.length ?? 0}`}</p>;
}

export const page = (
  <ActivationProvider adapter={adapter}>
    <ActivateDevice onApproved={() => undefined} />
    {/* @ts-expect-error a misspelled prop must not compile: the components are not `any` */}
    <ActivateDevice onAproved={() => undefined} />
  </ActivationProvider>
);

// The device half: the framework-free client, the display, and a device pack, typed in every resolution.
import { authorizeDevice, betterAuthDialect, type DeviceState } from 'activate-kit/device';
import { DeviceCodeDisplay, type DeviceTokenResponse } from 'activate-kit/device-react';
import { loadDeviceLocale } from 'activate-kit/device-locales';
import { ja } from 'activate-kit/device-locales/ja';

const dialect = betterAuthDialect({ baseURL: 'https://app.example.com/api/auth', clientId: 'tv-app' });
export const session: Promise<{ status: DeviceState['status'] }> = authorizeDevice({ dialect });
export const pack: Promise<{ locale?: string }> = loadDeviceLocale('ja-JP');
export const tv = (keep: (token: DeviceTokenResponse) => void) => (
  <>
    <DeviceCodeDisplay dialect={dialect} layout="tv" messages={ja} onApproved={keep} />
    {/* @ts-expect-error a layout the display does not have must not compile */}
    <DeviceCodeDisplay dialect={dialect} layout="watch" />
  </>
);
