// The whole <ActivateDevice> ceremony against a REAL better-auth server on loopback: sign in on
// the page, verify (which claims the code), explicit consent, and what the device then hears.
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { URI, type TOTP } from 'otpauth';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { runBetterAuthDevice, type DeviceOutcome } from '../../dev/better-auth/device-client.mjs';
import { startBetterAuthServer, type BetterAuthServer } from '../../dev/better-auth/server.mjs';
import { createBetterAuthAdapter } from '../../src/adapters/better-auth';
import { ActivateDevice, PasswordSignIn, en } from '../../src/index';
import { createCookieFetch } from '../helpers/cookie-fetch';
import { renderWithAdapter } from '../helpers/render';

const APP = 'http://localhost:5173';
const PASSWORD = 'correct-horse-battery';
let server: BetterAuthServer;
let totp: TOTP;

beforeAll(async () => {
  server = await startBetterAuthServer({ trustedOrigins: [APP], interval: 1 });
  await server.seedUser('ada@example.com', PASSWORD, { name: 'Ada' });
  const seeded = await server.seedUser('mfa@example.com', PASSWORD, { totp: true });
  totp = URI.parse(`otpauth://totp/x?secret=${seeded.totpSecret}`) as TOTP;
});
afterAll(() => server?.close());

async function startDevice() {
  const controller = new AbortController();
  let userCode = '';
  const ready = new Promise<void>((resolve) => {
    void runBetterAuthDevice({
      baseURL: server.baseURL,
      clientId: 'acme-tv',
      scope: 'openid profile',
      signal: controller.signal,
      onCode: (code: { userCode: string }) => {
        userCode = code.userCode;
        resolve();
      },
    }).then(
      (outcome: DeviceOutcome) => (device.outcome = outcome),
      () => undefined, // stop() aborts the polling on purpose
    );
  });
  const device: { outcome?: DeviceOutcome; userCode: () => string; stop: () => void } = {
    userCode: () => userCode,
    stop: () => controller.abort(),
  };
  await ready;
  return device;
}

function openActivationLink(userCode: string) {
  const fetch = createCookieFetch(APP);
  const adapter = createBetterAuthAdapter({ baseUrl: server.baseURL, fetch });
  const view = renderWithAdapter(adapter, <ActivateDevice renderSignIn={(p) => <PasswordSignIn {...p} />} />, `${APP}/activate?user_code=${userCode}`);
  return { ...view, fetch };
}

async function signIn(email: string, password = PASSWORD) {
  const user = userEvent.setup();
  await screen.findByRole('heading', { name: en.signInTitle });
  await user.type(screen.getByLabelText(en.emailLabel), email);
  await user.type(screen.getByLabelText(en.passwordLabel), `${password}{Enter}`);
  return user;
}

describe('better-auth: sign in, claim, consent', () => {
  test('approve: the device receives an access token, and the code was looked up once, after sign-in', async () => {
    const device = await startDevice();
    const { fetch } = openActivationLink(device.userCode());
    const user = await signIn('ada@example.com');
    // One screen compares the code and asks for consent: no separate "is this your code?" step.
    expect(await screen.findByRole('heading', { name: en.consentTitle })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: en.confirmYes })).not.toBeInTheDocument();
    expect(screen.getByText(device.userCode().replace(/^(.{4})(.{4})$/, '$1-$2'))).toHaveAttribute('dir', 'ltr');
    expect(screen.getByRole('group', { name: en.contextLabel })).toHaveTextContent('acme-tv');
    expect(screen.getAllByRole('listitem').map((item) => item.textContent)).toEqual([en.scopes.openid, en.scopes.profile]);
    await user.click(screen.getByRole('button', { name: en.approve }));
    // better-auth answered `success: true`: the page may say the device was approved.
    expect(await screen.findByRole('heading', { name: en.confirmedTitle })).toBeInTheDocument();
    expect(screen.getByText(en.confirmedBody)).toBeInTheDocument();
    await waitFor(() => expect(device.outcome).toMatchObject({ status: 'approved', tokenType: 'Bearer' }), { timeout: 5000 });
    expect(fetch.calls.filter((c) => c.startsWith('GET /api/auth/device'))).toHaveLength(1);
    expect(fetch.calls.indexOf('POST /api/auth/sign-in/email')).toBeLessThan(fetch.calls.findIndex((c) => c.startsWith('GET /api/auth/device')));
  });

  test('deny: the device hears access_denied and the page says the device was told', async () => {
    const device = await startDevice();
    openActivationLink(device.userCode());
    const user = await signIn('ada@example.com');
    await user.click(await screen.findByRole('button', { name: en.deny }));
    expect(await screen.findByText(en.notMeToldBody)).toBeInTheDocument();
    await waitFor(() => expect(device.outcome).toEqual({ status: 'denied' }), { timeout: 5000 });
  });

  test('a TOTP user: a wrong code keeps the field and says so; the right one continues to consent', async () => {
    const device = await startDevice();
    openActivationLink(device.userCode());
    const user = await signIn('mfa@example.com');
    const input = await screen.findByLabelText(en.mfaCodeLabel);
    await user.type(input, '000000{Enter}');
    expect(await screen.findByRole('alert')).toHaveTextContent(en.mfaWrongCode);
    expect(input).toHaveValue('000000');
    await user.clear(input);
    await user.type(input, `${totp.generate()}{Enter}`);
    await user.click(await screen.findByRole('button', { name: en.approve }));
    await waitFor(() => expect(device.outcome).toMatchObject({ status: 'approved' }), { timeout: 5000 });
  });

  test('a wrong password says so and keeps the email', async () => {
    const device = await startDevice();
    const { fetch } = openActivationLink(device.userCode());
    await signIn('ada@example.com', 'not-it');
    expect(await screen.findByRole('alert')).toHaveTextContent(en.invalidCredentials);
    expect(screen.getByLabelText(en.emailLabel)).toHaveValue('ada@example.com');
    // Nothing was looked up (so nothing claimed) while nobody is signed in.
    expect(fetch.calls.filter((c) => c.startsWith('GET /api/auth/device'))).toHaveLength(0);
    device.stop();
  });
});
