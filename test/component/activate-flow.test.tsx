import { QueryClient } from '@tanstack/react-query';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test, vi } from 'vitest';
import { createAuthOSAdapter } from '../../src/adapters/authos';
import { ActivateDevice, en, prefetchEntry, readEntry } from '../../src/index';
import { AUTHOS_BASE_URL, contextResponses, mfaResponses, returnUrls, verifyResponses } from '../fixtures/authos';
import { renderWithAdapter } from '../helpers/render';
import { scriptedFetch } from '../helpers/scripted-fetch';
import { say } from '../helpers/say';
import { waitText } from '../../src/i18n/error-text';

const VERIFY = '/auth/device/verify';
const MFA = '/api/auth/mfa/verify';

function setup(href: string, script: Parameters<typeof scriptedFetch>[0] = {}, callbacks = {}) {
  const backend = scriptedFetch({ [VERIFY]: verifyResponses.ok, '/api/auth/context': contextResponses.ok, ...script });
  const adapter = createAuthOSAdapter({ baseUrl: AUTHOS_BASE_URL, fetch: backend.fetch });
  const view = renderWithAdapter(adapter, <ActivateDevice {...callbacks} />, href);
  return { ...view, backend };
}

describe('a code typed by the person', () => {
  test('is verified once (even under StrictMode), then the person picks a provider and leaves with user_code', async () => {
    const onStateChange = vi.fn();
    const { backend, location } = setup('https://app.example.com/activate', {}, { onStateChange });
    const user = userEvent.setup();
    await user.type(screen.getByLabelText(en.codeLabel), 'wdjb–mjht');
    await user.keyboard('{Enter}');

    const heading = await screen.findByRole('heading', { name: en.chooseTitle });
    expect(heading).toHaveFocus();
    expect(screen.getByRole('group', { name: en.contextLabel })).toHaveTextContent(say(en.signInTo, { service: 'Acme CLI', org: 'Acme Corp' }));
    expect(backend.callsTo(VERIFY)).toHaveLength(1);
    expect(backend.callsTo(VERIFY)[0]!.body).toEqual({ user_code: 'WDJB-MJHT' });

    await user.click(screen.getByRole('button', { name: say(en.continueWith, { provider: 'GitHub' }) }));
    expect(await screen.findByRole('heading', { name: say(en.redirectingTitle, { provider: 'GitHub' }) })).toBeInTheDocument();
    const url = new URL(location.assigned[0]!);
    expect(url.origin + url.pathname).toBe(`${AUTHOS_BASE_URL}/auth/github`);
    expect(Object.fromEntries(url.searchParams)).toEqual({ org: 'acme', service: 'acme-cli', user_code: 'WDJB-MJHT' });
    expect(onStateChange.mock.calls.map(([s]) => s.status)).toEqual(['entering', 'verifying', 'choosing', 'redirecting']);
  });

  test('falls back to slugs when display names are unavailable', async () => {
    setup('https://app.example.com/activate', { '/api/auth/context': contextResponses.badGateway });
    await userEvent.type(screen.getByLabelText(en.codeLabel), 'WDJBMJHT{Enter}');
    expect(await screen.findByRole('group', { name: en.contextLabel })).toHaveTextContent(say(en.signInTo, { service: 'acme-cli', org: 'acme' }));
  });

  test('an org with no providers gets a helpful message, not an empty list', async () => {
    setup('https://app.example.com/activate', { [VERIFY]: verifyResponses.noProviders });
    await userEvent.type(screen.getByLabelText(en.codeLabel), 'WDJBMJHT{Enter}');
    expect(await screen.findByText(en.noProviders)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Continue with/ })).not.toBeInTheDocument();
  });

  test('hostile provider ids never become buttons', async () => {
    setup('https://app.example.com/activate', { [VERIFY]: verifyResponses.hostileProviders });
    await userEvent.type(screen.getByLabelText(en.codeLabel), 'WDJBMJHT{Enter}');
    await screen.findByRole('heading', { name: en.chooseTitle });
    const names = screen.getAllByRole('button', { name: /Continue with/ }).map((b) => b.textContent);
    expect(names).toEqual([say(en.continueWith, { provider: 'GitHub' }), say(en.continueWith, { provider: 'Gitlab' })]);
  });
});

describe('a code that arrived in the link', () => {
  test('is verified at once, scrubbed from the address, and must be confirmed before the picker', async () => {
    const { backend, location } = setup('https://app.example.com/activate?user_code=wdjbmjht&lang=en');
    await waitFor(() => expect(location.href()).toBe('https://app.example.com/activate?lang=en'));
    expect(await screen.findByRole('heading', { name: en.confirmTitle })).toHaveFocus();
    expect(screen.getByText('WDJB-MJHT')).toHaveAttribute('dir', 'ltr');
    expect(backend.callsTo(VERIFY)).toHaveLength(1);

    await userEvent.click(screen.getByRole('button', { name: en.confirmYes }));
    expect(await screen.findByRole('heading', { name: en.chooseTitle })).toBeInTheDocument();
  });

  test('a prefetch started before rendering (as the standalone app does) is the only verify request', async () => {
    const href = 'https://app.example.com/activate?user_code=wdjbmjht';
    const backend = scriptedFetch({ [VERIFY]: verifyResponses.ok, '/api/auth/context': contextResponses.ok });
    const adapter = createAuthOSAdapter({ baseUrl: AUTHOS_BASE_URL, fetch: backend.fetch });
    const queryClient = new QueryClient();
    prefetchEntry(queryClient, adapter, readEntry(adapter, href));
    await waitFor(() => expect(backend.callsTo(VERIFY)).toHaveLength(1));
    renderWithAdapter(adapter, <ActivateDevice />, href, queryClient);
    expect(await screen.findByRole('heading', { name: en.confirmTitle })).toBeInTheDocument();
    expect(backend.callsTo(VERIFY)).toHaveLength(1);
  });

  test("a host's QueryClient that retries and refetches by default still spends one verify request", async () => {
    const href = 'https://app.example.com/activate?user_code=wdjbmjht';
    const backend = scriptedFetch({ [VERIFY]: verifyResponses.internal });
    const adapter = createAuthOSAdapter({ baseUrl: AUTHOS_BASE_URL, fetch: backend.fetch });
    const eager = new QueryClient({ defaultOptions: { queries: { retry: 3, retryDelay: 0, staleTime: 0, refetchOnWindowFocus: 'always' } } });
    renderWithAdapter(adapter, <ActivateDevice />, href, eager);
    expect(await screen.findByRole('alert')).toHaveTextContent(en.unexpectedResponse);
    window.dispatchEvent(new Event('focus'));
    window.dispatchEvent(new Event('online'));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(backend.callsTo(VERIFY)).toHaveLength(1);
    expect(screen.getByRole('textbox', { name: en.codeLabel })).toHaveValue('WDJB-MJHT');
  });

  test('"No, enter a different code" returns to the field with the code kept for editing', async () => {
    setup('https://app.example.com/activate?user_code=WDJB-MJHT');
    await userEvent.click(await screen.findByRole('button', { name: en.confirmNo }));
    expect(screen.getByLabelText(en.codeLabel)).toHaveValue('WDJB-MJHT');
  });

  test('"This wasn\'t me" ends the page honestly: nothing was sent to the device', async () => {
    const onDenied = vi.fn();
    const { backend } = setup('https://app.example.com/activate?user_code=WDJB-MJHT', {}, { onDenied });
    await userEvent.click(await screen.findByRole('button', { name: en.notMe }));
    expect(await screen.findByRole('heading', { name: en.deniedTitle })).toHaveFocus();
    expect(screen.getByText(en.notMeBody)).toBeInTheDocument();
    expect(onDenied).toHaveBeenCalledWith(false);
    expect(backend.calls.map((c) => c.url.pathname)).toEqual([VERIFY, '/api/auth/context']);
  });

  test('a linked "code" of 100 kB is refused with a message about the link, the field left empty, no request sent', async () => {
    const { backend, location } = setup(`https://app.example.com/activate?user_code=${'A'.repeat(100_000)}`);
    expect(screen.getByRole('alert')).toHaveTextContent(en.badLink);
    expect(screen.getByLabelText(en.codeLabel)).toHaveValue('');
    await waitFor(() => expect(location.href()).toBe('https://app.example.com/activate'));
    expect(backend.calls).toHaveLength(0);
  });

  test('a linked code that is too short says so at once, before any submit', async () => {
    const { backend } = setup('https://app.example.com/activate?user_code=wdjb-mjh');
    expect(screen.getByLabelText(en.codeLabel)).toHaveValue('WDJB-MJH');
    expect(await screen.findByText(say(en.codeTooShort, { length: 7, count: 8 }))).toBeInTheDocument();
    expect(backend.calls).toHaveLength(0);
  });

  test('a malformed linked code is shown for correction without any request', async () => {
    const { backend } = setup('https://app.example.com/activate?user_code=wdjb-0000');
    expect(screen.getByLabelText(en.codeLabel)).toHaveValue('WDJB-0000');
    expect(screen.getByRole('alert')).toHaveTextContent('“0” (zero)');
    expect(backend.calls).toHaveLength(0);
  });
});

describe('display names are a nicety', () => {
  test('a lookup that hangs never holds the verified code up for long: slugs show, the flow goes on', async () => {
    setup('https://app.example.com/activate', { '/api/auth/context': () => new Promise<Response>(() => {}) });
    const started = Date.now();
    await userEvent.type(screen.getByLabelText(en.codeLabel), 'WDJBMJHT{Enter}');
    expect(await screen.findByRole('heading', { name: en.chooseTitle }, { timeout: 4000 })).toBeInTheDocument();
    expect(Date.now() - started).toBeLessThan(3500);
    expect(screen.getByRole('group', { name: en.contextLabel })).toHaveTextContent(say(en.signInTo, { service: 'acme-cli', org: 'acme' }));
  });

  test('names that are blank once invisible characters are gone fall back to the slugs', async () => {
    setup('https://app.example.com/activate', { '/api/auth/context': contextResponses.blankNames });
    await userEvent.type(screen.getByLabelText(en.codeLabel), 'WDJBMJHT{Enter}');
    expect(await screen.findByRole('group', { name: en.contextLabel })).toHaveTextContent(say(en.signInTo, { service: 'acme-cli', org: 'acme' }));
  });
});

describe('coming back from the provider', () => {
  test('an error beside a success flag wins: never shown as approved', async () => {
    const onApproved = vi.fn();
    setup(returnUrls.successWithError, {}, { onApproved });
    expect(screen.getByRole('heading', { name: en.refusedTitle })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: en.approvedTitle })).not.toBeInTheDocument();
    expect(onApproved).not.toHaveBeenCalled();
  });

  test.each([
    ['the MFA page with only a user code', 'https://app.example.com/activate/mfa-challenge?user_code=WDJB-MJHT'],
    ['the MFA page without its device code id', 'https://app.example.com/activate/mfa-challenge?preauth_token=t'],
    ['an oversized pre-auth token', `https://app.example.com/activate/mfa-challenge?preauth_token=${'t'.repeat(9000)}&device_code_id=d`],
  ])('a damaged return link (%s) says the link is the problem and offers to start again', async (_name, href) => {
    const { backend, location } = setup(href);
    expect(screen.getByText(en.badLink)).toBeInTheDocument();
    await waitFor(() => expect(location.href()).toBe('https://app.example.com/activate/mfa-challenge'));
    await userEvent.click(screen.getByRole('button', { name: en.startAgain }));
    expect(screen.getByLabelText(en.codeLabel)).toHaveValue('');
    expect(backend.calls).toHaveLength(0);
  });

  test.each([
    ['an HTML 200', mfaResponses.spaFallback],
    ['an empty 200', { status: 200, headers: {}, body: '' }],
    ['a wrong-shaped 200', mfaResponses.wrongShape],
  ])('MFA answered with %s: the person is told to look at the device, and the answer is not sent again', async (_name, answer) => {
    const { backend } = setup(returnUrls.serviceMfa, { [MFA]: answer });
    await userEvent.type(screen.getByLabelText(en.mfaCodeLabel), '123456{Enter}');
    expect(await screen.findByText(en.unconfirmed)).toBeInTheDocument();
    expect(screen.queryByLabelText(en.mfaCodeLabel)).not.toBeInTheDocument();
    expect(backend.callsTo(MFA)).toHaveLength(1);
  });

  test('an MFA answer redirected to another origin is never an approval', async () => {
    setup(returnUrls.serviceMfa, {
      [MFA]: () => Promise.resolve(Object.defineProperties(Response.json({ access_token: 'x' }), { redirected: { value: true }, url: { value: 'https://evil.example/' } })),
    });
    await userEvent.type(screen.getByLabelText(en.mfaCodeLabel), '123456{Enter}');
    expect(await screen.findByRole('alert')).toHaveTextContent(en.unexpectedResponse);
    expect(screen.queryByRole('heading', { name: en.approvedTitle })).not.toBeInTheDocument();
  });

  test('success says to return to the device, without promising it is signed in', async () => {
    const onApproved = vi.fn();
    const { location } = setup(returnUrls.serviceSuccess, {}, { onApproved });
    expect(screen.getByRole('heading', { name: en.approvedTitle })).toBeInTheDocument();
    await waitFor(() => expect(location.href()).toBe('https://app.example.com/activate/success'));
    expect(onApproved).toHaveBeenCalledTimes(1);
  });

  test.each([
    ['service flow (query)', returnUrls.serviceMfa, 'https://app.example.com/activate/mfa-challenge'],
    ['platform flow (fragment)', returnUrls.platformMfa, 'https://app.example.com/callback'],
    ['older platform flow', returnUrls.platformMfaOlder, 'https://app.example.com/callback'],
  ])('MFA, %s: tokens leave the address bar; a wrong code keeps the field; the right one approves', async (_n, href, scrubbed) => {
    const { backend, location } = setup(href, { [MFA]: [mfaResponses.wrongCode, mfaResponses.ok] });
    await waitFor(() => expect(location.href()).toBe(scrubbed));
    const user = userEvent.setup();
    const input = screen.getByLabelText(en.mfaCodeLabel);
    expect(input).toHaveAttribute('inputmode', 'numeric');
    expect(input).toHaveAttribute('autocomplete', 'one-time-code');
    await user.type(input, '123 456{Enter}');
    expect(await screen.findByRole('alert')).toHaveTextContent(en.mfaWrongCode);
    expect(input).toHaveValue('123 456');
    await user.clear(input);
    await user.type(input, '654321{Enter}');
    expect(await screen.findByRole('heading', { name: en.approvedTitle })).toBeInTheDocument();
    expect(backend.callsTo(MFA).map((c) => c.body)).toEqual([
      { preauth_token: 'fixture-preauth-token.payload.signature', code: '123456', device_code_id: '3f6c2a9e-8b1d-4e7a-9c5f-2d8b7a6e1f03' },
      { preauth_token: 'fixture-preauth-token.payload.signature', code: '654321', device_code_id: '3f6c2a9e-8b1d-4e7a-9c5f-2d8b7a6e1f03' },
    ]);
    expect(document.cookie).toBe('');
    expect(localStorage.length + sessionStorage.length).toBe(0);
  });

  test('a recovery code can be used instead', async () => {
    const { backend } = setup(returnUrls.serviceMfa, { [MFA]: mfaResponses.ok });
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: en.mfaUseRecovery }));
    await user.type(screen.getByLabelText(en.mfaRecoveryLabel), 'abcd-efgh-ijkl{Enter}');
    expect(await screen.findByRole('heading', { name: en.approvedTitle })).toBeInTheDocument();
    expect(backend.callsTo(MFA)[0]!.body).toMatchObject({ code: 'abcd-efgh-ijkl' });
  });

  test.each([
    ['pre-auth token expired', mfaResponses.tokenExpired, en.mfaChallengeExpired],
    ['pre-auth token already used', mfaResponses.preauthUsed, en.mfaChallengeExpired],
    ['rate limited', mfaResponses.rateLimited, waitText(en, 1)],
    ['proxy error', mfaResponses.badGateway, `${en.serviceUnavailable} ${en.retryLater}`],
  ])('MFA %s has its own message', async (_n, answer, message) => {
    setup(returnUrls.serviceMfa, { [MFA]: answer });
    await userEvent.type(screen.getByLabelText(en.mfaCodeLabel), '123456{Enter}');
    expect(await screen.findByRole('alert')).toHaveTextContent(message);
  });

  test('the device code expiring during MFA ends on the expired screen', async () => {
    setup(returnUrls.serviceMfa, { [MFA]: mfaResponses.deviceContextExpired });
    await userEvent.type(screen.getByLabelText(en.mfaCodeLabel), '123456{Enter}');
    expect(await screen.findByRole('heading', { name: en.expiredTitle })).toHaveFocus();
  });

  test('a denial at the provider is reported as such: cancelled or refused, never "stopped"', async () => {
    setup(returnUrls.platformDenied);
    expect(screen.queryByRole('heading', { name: en.deniedTitle })).not.toBeInTheDocument();
    const region = screen.getByRole('heading', { name: en.refusedTitle }).closest('section')!;
    expect(within(region).getByText(en.refusedBody)).toBeInTheDocument();
  });
});
