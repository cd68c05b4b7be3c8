'use client';
import { ActivateDevice, ActivationProvider } from 'activate-kit';
import { createAuthOSAdapter } from 'activate-kit/authos';

// Created once, in a client module: an adapter holds functions, which cannot cross from a
// server component to a client one as props.
const adapter = createAuthOSAdapter({ baseUrl: process.env.NEXT_PUBLIC_AUTHOS_URL! });

export function Activate() {
  return (
    <ActivationProvider adapter={adapter}>
      <ActivateDevice onApproved={() => console.info('device approved')} />
    </ActivationProvider>
  );
}
