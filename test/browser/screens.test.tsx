/**
 * Every screen of <ActivateDevice>, reached the way a person reaches it, checked with axe
 * (WCAG 2.2 AA) in light and dark, and photographed to test-results/screens/ for review.
 */
import { render, screen } from '@testing-library/react';
import { page, userEvent } from 'vitest/browser';
import { afterEach, describe, expect, test } from 'vitest';
import { createAuthOSAdapter } from '../../src/adapters/authos';
import { ActivationProvider, ActivateDevice, createMemoryLocation, en, type ActivationAdapter } from '../../src/index';
import '../../src/styles/activate-kit.css';
import { AUTHOS_BASE_URL, contextResponses, mfaResponses, returnUrls, verifyResponses } from '../fixtures/authos';
import { scriptedFetch } from '../helpers/scripted-fetch';
import { expectNoAxeViolations } from './axe';
import { say } from '../helpers/say';

const APP = 'https://app.example.com/activate';
type Script = Parameters<typeof scriptedFetch>[0];

function show(theme: 'light' | 'dark', href: string, script: Script = {}, adapter?: ActivationAdapter) {
  const backend = scriptedFetch({ '/auth/device/verify': verifyResponses.ok, '/api/auth/context': contextResponses.ok, ...script });
  const authos = adapter ?? createAuthOSAdapter({ baseUrl: AUTHOS_BASE_URL, fetch: backend.fetch, timeoutMs: 60_000 });
  document.documentElement.dataset.theme = theme;
  document.body.style.margin = '0';
  render(
    <div data-theme={theme} style={{ minHeight: '100vh', background: theme === 'dark' ? '#0d1117' : '#fff' }}>
      <ActivationProvider adapter={authos} location={createMemoryLocation(href)}>
        <ActivateDevice />
      </ActivationProvider>
    </div>,
  );
}

async function check(name: string, theme: string) {
  await expectNoAxeViolations();
  await page.screenshot({ path: `../../test-results/screens/${name}-${theme}.png` });
}

const typeCode = async (code = 'WDJBMJHT') => userEvent.type(screen.getByLabelText(en.codeLabel), `${code}{Enter}`);

const consentAdapter: ActivationAdapter = {
  id: 'consent-demo',
  userCodeFormat: { alphabet: 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789', length: 8, groupSize: 4, separator: '-', sendSeparator: false },
  verify: async (userCode) => ({ userCode, clientId: 'acme-tv', scopes: ['openid', 'profile', 'read:library'], providers: [] }),
  approve: async () => {},
  deny: async () => {},
};

afterEach(() => {
  delete document.documentElement.dataset.theme;
});

describe.each(['light', 'dark'] as const)('%s', (theme) => {
  test('enter code', async () => {
    show(theme, APP);
    await check('enter', theme);
  });

  test('impossible character', async () => {
    show(theme, APP);
    await typeCode('WDJB-MJH0');
    await screen.findByText(/zero/);
    await check('enter-invalid-character', theme);
  });

  test('verifying', async () => {
    show(theme, APP, { '/auth/device/verify': () => new Promise<Response>(() => {}) });
    await typeCode();
    await screen.findByRole('button', { name: en.verifying });
    await check('verifying', theme);
  });

  test.each([
    ['invalid', verifyResponses.invalid, en.invalidCode],
    ['unavailable', verifyResponses.unavailable, en.codeUnavailable],
    ['expired', verifyResponses.expired, en.expiredCode],
    ['rate-limited', verifyResponses.rateLimited, en.rateLimited],
    ['unexpected', verifyResponses.wrongShape, en.unexpectedResponse],
    ['service down', verifyResponses.maintenance, en.serviceUnavailable],
  ])('error: %s', async (name, answer, text) => {
    show(theme, APP, { '/auth/device/verify': answer });
    await typeCode();
    expect(await screen.findByRole('alert')).toHaveTextContent(text);
    await check(`error-${name}`, theme);
  });

  test('confirm a linked code', async () => {
    show(theme, `${APP}?user_code=WDJB-MJHT`);
    await screen.findByRole('heading', { name: en.confirmTitle });
    await check('confirm', theme);
  });

  test('a damaged return link', async () => {
    show(theme, `${APP}/mfa-challenge?preauth_token=t`);
    await screen.findByText(en.badLink);
    await check('bad-link', theme);
  });

  test('choose a provider', async () => {
    show(theme, APP);
    await typeCode();
    await screen.findByRole('heading', { name: en.chooseTitle });
    await check('choose', theme);
  });

  test('no providers', async () => {
    show(theme, APP, { '/auth/device/verify': verifyResponses.noProviders });
    await typeCode();
    await screen.findByText(en.noProviders);
    await check('choose-empty', theme);
  });

  test('redirecting', async () => {
    show(theme, APP);
    await typeCode();
    await userEvent.click(await screen.findByRole('button', { name: say(en.continueWith, { provider: 'Google' }) }));
    await screen.findByRole('heading', { name: say(en.redirectingTitle, { provider: 'Google' }) });
    await check('redirecting', theme);
  });

  test('consent', async () => {
    show(theme, `${APP}?user_code=ABCDEFGH`, {}, consentAdapter);
    // A linked code on a consent backend: one screen to compare the code and decide.
    await screen.findByRole('heading', { name: en.consentTitle });
    await check('consent', theme);
  });

  test('MFA, wrong code', async () => {
    show(theme, returnUrls.serviceMfa, { '/api/auth/mfa/verify': mfaResponses.wrongCode });
    await userEvent.type(screen.getByLabelText(en.mfaCodeLabel), '123456{Enter}');
    await screen.findByText(en.mfaWrongCode);
    await check('mfa-wrong-code', theme);
  });

  test('MFA, recovery code', async () => {
    show(theme, returnUrls.serviceMfa);
    await userEvent.click(screen.getByRole('button', { name: en.mfaUseRecovery }));
    await check('mfa-recovery', theme);
  });

  test('MFA, challenge expired', async () => {
    show(theme, returnUrls.serviceMfa, { '/api/auth/mfa/verify': mfaResponses.tokenExpired });
    await userEvent.type(screen.getByLabelText(en.mfaCodeLabel), '123456{Enter}');
    await screen.findByText(en.mfaChallengeExpired);
    await check('mfa-expired', theme);
  });

  test('approved', async () => {
    show(theme, returnUrls.serviceSuccess);
    await check('approved', theme);
  });

  test('this was not me', async () => {
    show(theme, `${APP}?user_code=WDJB-MJHT`);
    await userEvent.click(await screen.findByRole('button', { name: en.notMe }));
    await screen.findByText(en.notMeBody);
    await check('not-me', theme);
  });

  test('denied at the provider', async () => {
    show(theme, returnUrls.platformDenied);
    await check('denied', theme);
  });

  test('expired during MFA', async () => {
    show(theme, returnUrls.serviceMfa, { '/api/auth/mfa/verify': mfaResponses.deviceContextExpired });
    await userEvent.type(screen.getByLabelText(en.mfaCodeLabel), '123456{Enter}');
    await screen.findByRole('heading', { name: en.expiredTitle });
    await check('expired', theme);
  });

  test('provider error', async () => {
    show(theme, returnUrls.platformProviderError);
    await screen.findByText(en.providerError);
    await check('failed', theme);
  });
});
