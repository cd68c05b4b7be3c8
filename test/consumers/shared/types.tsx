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
