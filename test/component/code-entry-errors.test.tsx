import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test, vi } from 'vitest';
import { createAuthOSAdapter } from '../../src/adapters/authos';
import { ActivateDevice, en } from '../../src/index';
import { AUTHOS_BASE_URL, verifyResponses, type RecordedResponse } from '../fixtures/authos';
import { renderWithAdapter } from '../helpers/render';
import { scriptedFetch } from '../helpers/scripted-fetch';
import { say } from '../helpers/say';
import { waitText } from '../../src/i18n/error-text';

const VERIFY = '/auth/device/verify';

type Answer = RecordedResponse | Error | (() => Promise<Response>);

function setup(answer: Answer | Answer[], timeoutMs?: number) {
  const backend = scriptedFetch({ [VERIFY]: answer, '/api/auth/context': verifyResponses.invalid });
  const adapter = createAuthOSAdapter({ baseUrl: AUTHOS_BASE_URL, fetch: backend.fetch, timeoutMs });
  renderWithAdapter(adapter, <ActivateDevice />);
  return backend;
}

async function typeAndSubmit(text: string) {
  const user = userEvent.setup();
  const input = screen.getByLabelText(en.codeLabel);
  await user.type(input, text);
  await user.click(screen.getByRole('button', { name: en.submitCode }));
  return input;
}

// Each failure a backend can produce, from a realistic answer, to the one sentence that explains it.
const cases: [string, Answer, string][] = [
  ['older server: unknown code', verifyResponses.invalid, en.invalidCode],
  ['older server: bad format', verifyResponses.invalidFormat, en.invalidCode],
  ['newer server: uniform error', verifyResponses.unavailable, en.codeUnavailable],
  ['expired code', verifyResponses.expired, en.expiredCode],
  ['already authorized', verifyResponses.alreadyAuthorized, en.alreadyUsed],
  ['organisation gone', verifyResponses.orgNotFound, en.notFound],
  // Before anyone signed in, a 403 is the service refusing the lookup, not the person's account.
  ['organisation inactive (403 before sign-in)', verifyResponses.forbidden, en.lookupRefused],
  ['HTML 502 from a proxy', verifyResponses.badGateway, `${en.serviceUnavailable} ${en.retryLater}`],
  ['503 maintenance with Retry-After', verifyResponses.maintenance, `${en.serviceUnavailable} ${waitText(en, 120)}`],
  ['Retry-After: 99999999999', verifyResponses.absurdWait, `${en.rateLimited} ${en.retryLater}`],
  ['malformed JSON', verifyResponses.malformedJson, en.unexpectedResponse],
  ['wrong-shaped JSON', verifyResponses.wrongShape, en.unexpectedResponse],
  // A malformed provider list is a broken answer, not "no sign-in methods set up".
  ['providers that are objects', verifyResponses.providerObjects, en.unexpectedResponse],
  ['ten thousand providers', verifyResponses.providerFlood, en.unexpectedResponse],
  ['a redirect to another origin', () => Promise.resolve(new Response(null, { status: 302, headers: { location: 'https://evil.example/' } })), en.unexpectedResponse],
  ['network down (browser online)', new TypeError('Failed to fetch'), en.network],
  ['rate limited, no headers', verifyResponses.rateLimitedBare, `${en.rateLimited} ${waitText(en, 4)}`],
];

describe('a failed verify keeps the typed code and says exactly what went wrong', () => {
  test.each(cases)('%s', async (_name, answer, message) => {
    const backend = setup(answer);
    const input = await typeAndSubmit('wdjb mjht');
    expect(await screen.findByRole('alert')).toHaveTextContent(message);
    expect(input).toHaveValue('WDJB-MJHT');
    expect(input).not.toHaveAttribute('readonly');
    expect(backend.callsTo(VERIFY)).toHaveLength(1);
  });

  test('the browser offline: only then is the connection blamed', async () => {
    const onLine = vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    setup(new TypeError('Failed to fetch'));
    const input = await typeAndSubmit('wdjb mjht');
    expect(await screen.findByRole('alert')).toHaveTextContent(en.offline);
    expect(input).toHaveValue('WDJB-MJHT');
    onLine.mockRestore();
  });

  test('a 503 with a wait blocks the button while it counts down, like a rate limit', async () => {
    setup(verifyResponses.maintenance);
    await typeAndSubmit('wdjb mjht');
    expect(await screen.findByRole('timer')).toHaveTextContent(waitText(en, 120));
    // The same code is worth sending again once the service is back: the button says so.
    expect(screen.getByRole('button', { name: en.tryAgain })).toHaveAttribute('aria-disabled', 'true');
  });

  test('timeout', async () => {
    setup(() => new Promise<Response>(() => {}), 50);
    const input = await typeAndSubmit('WDJBMJHT');
    expect(await screen.findByRole('alert')).toHaveTextContent(en.timeout);
    expect(input).toHaveValue('WDJB-MJHT');
    // Sending the same code again is the fix, and the button says so.
    expect(screen.getByRole('button', { name: en.tryAgain })).toBeEnabled();
    expect(screen.queryByRole('button', { name: en.submitCode })).not.toBeInTheDocument();
  });

  test('a code the backend does not know keeps "Continue": trying the same code again is not the fix', async () => {
    setup(verifyResponses.invalid);
    await typeAndSubmit('WDJBMJHT');
    expect(await screen.findByRole('alert')).toHaveTextContent(en.invalidCode);
    expect(screen.getByRole('button', { name: en.submitCode })).toBeInTheDocument();
  });
});

describe('rate limits', () => {
  test('count down, block the button meanwhile, then allow exactly one retry', async () => {
    const backend = setup([verifyResponses.rateLimited, verifyResponses.ok]);
    const originalWait = verifyResponses.rateLimited.headers['retry-after'];
    expect(originalWait).toBe('4');
    await typeAndSubmit('WDJB-MJHT');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(waitText(en, 4));
    const button = screen.getByRole('button', { name: en.submitCode });
    expect(button).toHaveAttribute('aria-disabled', 'true');
    // Pressing it, or Enter in the field, sends nothing while the wait runs, and focus stays put.
    await userEvent.click(button);
    expect(button).toHaveFocus();
    await userEvent.type(screen.getByLabelText(en.codeLabel), '{Enter}');
    expect(backend.callsTo(VERIFY)).toHaveLength(1);
    await waitFor(() => expect(alert).toHaveTextContent(waitText(en, 3)), { timeout: 2000 });
    await waitFor(() => expect(alert).toHaveTextContent(en.rateLimitOver), { timeout: 5000 });
    expect(button).not.toHaveAttribute('aria-disabled');
    await userEvent.click(button);
    expect(await screen.findByRole('heading', { name: en.chooseTitle })).toBeInTheDocument();
    expect(backend.callsTo(VERIFY)).toHaveLength(2);
  }, 10_000);
});

describe('checks before any request', () => {
  test.each([
    ['WDJB-MJH0', 'Character 8, “0” (zero)'],
    ['WDJBOJHT', 'Character 5, “O” (letter O)'],
    ['wdjb-1jht', 'Character 5, “1” (one)'],
  ])('%s names the impossible character at once, and nothing is sent', async (typed, named) => {
    const backend = setup(verifyResponses.ok);
    const input = await typeAndSubmit(typed);
    expect(screen.getByRole('alert')).toHaveTextContent(named);
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(backend.calls).toHaveLength(0);
  });

  test('a short code says how many characters are missing, and nothing is sent', async () => {
    const backend = setup(verifyResponses.ok);
    await typeAndSubmit('WDJB-MJ');
    expect(screen.getByRole('alert')).toHaveTextContent(say(en.codeTooShort, { length: 6, count: 8 }));
    expect(backend.calls).toHaveLength(0);
  });
});
