// @vitest-environment node
// The better-auth adapter against a REAL better-auth 1.7 (dev/better-auth/server.mjs) on loopback,
// through a browser-like fetch (cookies, Origin, CORS); then fake fetches for answers a healthy
// server never gives.
import { URI, type TOTP } from 'otpauth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBetterAuthDevice, type DeviceCode, type DeviceOutcome } from '../../dev/better-auth/device-client.mjs';
import { startBetterAuthServer, type BetterAuthServer } from '../../dev/better-auth/server.mjs';
import { createBetterAuthAdapter } from '../../src/adapters/better-auth';
import type { FetchLike } from '../../src/adapters/http';
import type { ActivationError } from '../../src/core/errors';
import { ActivationFailure } from '../../src/core/errors';
import { createCookieFetch } from '../helpers/cookie-fetch';

const APP = 'http://localhost:5173';
const PASSWORD = 'correct-horse-battery';
const NO_CHALLENGE = { preauthToken: '', deviceCodeId: '' };

async function failure(promise: Promise<unknown>): Promise<ActivationError> {
  const thrown = await promise.then(
    () => new Error('expected an ActivationFailure, got success'),
    (error: unknown) => error,
  );
  if (!(thrown instanceof ActivationFailure)) throw thrown;
  return thrown.error;
}

/** A fresh browser tab on the /activate page. */
function openPage(server: BetterAuthServer) {
  const fetch = createCookieFetch(APP);
  return { fetch, adapter: createBetterAuthAdapter({ baseUrl: server.baseURL, fetch }) };
}

/** A device that asks for a code and polls in the background until someone decides. */
async function startDevice(server: BetterAuthServer, scope = 'openid profile') {
  const controller = new AbortController();
  let onCode!: (code: DeviceCode) => void;
  const code = new Promise<DeviceCode>((resolve) => (onCode = resolve));
  const outcome: Promise<DeviceOutcome> = runBetterAuthDevice({ baseURL: server.baseURL, clientId: 'acme-cli', scope, onCode, signal: controller.signal });
  outcome.catch(() => undefined);
  return { code: await code, outcome, stop: () => controller.abort() };
}

/**
 * A code whose device never polls. better-auth deletes a code on the first poll after approval,
 * denial or expiry (after which the page hears "Invalid user code"), so states that live between
 * a decision and that poll are tested on these.
 */
async function requestCode(server: BetterAuthServer): Promise<string> {
  const response = await fetch(`${server.baseURL}/device/code`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ client_id: 'quiet-tv' }),
  });
  return ((await response.json()) as { user_code: string }).user_code;
}

async function signedInPage(server: BetterAuthServer, email: string) {
  const page = openPage(server);
  await expect(page.adapter.signIn!.withPassword(email, PASSWORD)).resolves.toEqual({ kind: 'signed-in' });
  return page;
}

describe('better-auth adapter against a real better-auth server', () => {
  let server: BetterAuthServer;
  let totpUser: { totp: TOTP; backupCodes: string[] };

  beforeAll(async () => {
    server = await startBetterAuthServer({ trustedOrigins: [APP], interval: 1 });
    await server.seedUser('ada@example.com', PASSWORD, { name: 'Ada' });
    await server.seedUser('bob@example.com', PASSWORD);
    const seeded = await server.seedUser('mfa@example.com', PASSWORD, { totp: true });
    totpUser = { totp: URI.parse(`otpauth://totp/x?secret=${seeded.totpSecret}`) as TOTP, backupCodes: seeded.backupCodes ?? [] };
  });
  afterAll(() => server?.close());

  it('signs in with a password: a wrong one is invalid_credentials, the right one a cookie session', async () => {
    const { adapter, fetch } = openPage(server);
    await expect(adapter.signIn!.getSession()).resolves.toBeNull();
    expect(await failure(adapter.signIn!.withPassword('ada@example.com', 'wrong-password'))).toMatchObject({ code: 'invalid_credentials', status: 401 });
    expect(await failure(adapter.signIn!.withPassword('nobody@example.com', PASSWORD))).toMatchObject({ code: 'invalid_credentials' });
    await expect(adapter.signIn!.withPassword('ada@example.com', PASSWORD)).resolves.toEqual({ kind: 'signed-in' });
    await expect(adapter.signIn!.getSession()).resolves.toEqual({ email: 'ada@example.com', name: 'Ada' });
    expect(fetch.cookieNames()).toContain('better-auth.session_token');
    await adapter.signIn!.signOut();
    await expect(adapter.signIn!.getSession()).resolves.toBeNull();
  });

  it('verify claims the code and shows the client and scopes; approve hands the device a token', async () => {
    const device = await startDevice(server, 'openid  profile email');
    const { adapter } = await signedInPage(server, 'ada@example.com');
    const typed = `${device.code.userCode.slice(0, 4).toLowerCase()} - ${device.code.userCode.slice(4)}`;
    const context = await adapter.verify(typed);
    expect(context).toEqual({ userCode: device.code.userCode, clientId: 'acme-cli', scopes: ['openid', 'profile', 'email'], providers: [] });
    await adapter.approve!(context);
    await expect(device.outcome).resolves.toMatchObject({ status: 'approved', tokenType: 'Bearer', scope: 'openid  profile email' });
    // The device redeemed the code, so better-auth no longer knows it.
    expect(await failure(adapter.verify(device.code.userCode))).toMatchObject({ code: 'invalid_code' });
  });

  it('deny tells the device access_denied', async () => {
    const device = await startDevice(server);
    const { adapter } = await signedInPage(server, 'ada@example.com');
    const context = await adapter.verify(device.code.userCode);
    await adapter.deny!(context);
    await expect(device.outcome).resolves.toEqual({ status: 'denied' });
  });

  it('a decided code is already_answered (not "used": it may have been denied) until its device polls', async () => {
    const { adapter } = await signedInPage(server, 'ada@example.com');
    const approved = await adapter.verify(await requestCode(server));
    expect(approved.clientId).toBe('quiet-tv');
    await adapter.approve!(approved);
    expect(await failure(adapter.approve!(approved))).toMatchObject({ code: 'already_answered', status: 400 });
    expect(await failure(adapter.deny!(approved))).toMatchObject({ code: 'already_answered' });
    expect(await failure(adapter.verify(approved.userCode))).toMatchObject({ code: 'already_answered', detail: 'code is approved' });
    const denied = await adapter.verify(await requestCode(server));
    await adapter.deny!(denied);
    expect(await failure(adapter.verify(denied.userCode))).toMatchObject({ code: 'already_answered', detail: 'code is denied' });
  });

  it('an unknown code is invalid_code; a malformed one is refused before any request', async () => {
    const { adapter, fetch } = await signedInPage(server, 'ada@example.com');
    expect(await failure(adapter.verify('ZZZZ-ZZZZ'))).toMatchObject({ code: 'invalid_code', status: 400 });
    const before = fetch.calls.length;
    expect(await failure(adapter.verify('WDJB-MJH0'))).toMatchObject({ code: 'invalid_code', detail: 'invalid_character' });
    expect(fetch.calls.length).toBe(before);
  });

  it('without a session: verify and approve are unauthenticated, and the code stays unclaimed', async () => {
    const device = await startDevice(server);
    const page = openPage(server);
    expect(await failure(page.adapter.verify(device.code.userCode))).toMatchObject({ code: 'unauthenticated' });
    const context = { userCode: device.code.userCode, providers: [] };
    expect(await failure(page.adapter.approve!(context))).toMatchObject({ code: 'unauthenticated', status: 401 });
    // Signing in afterwards is not enough: approving a code nobody claimed is refused too.
    await page.adapter.signIn!.withPassword('ada@example.com', PASSWORD);
    expect(await failure(page.adapter.approve!(context))).toMatchObject({ code: 'unauthenticated', status: 400 });
    await expect(page.adapter.verify(device.code.userCode)).resolves.toMatchObject({ clientId: 'acme-cli' });
    device.stop();
  });

  it("another account's claimed code is forbidden, on verify and on approve", async () => {
    const device = await startDevice(server);
    const ada = await signedInPage(server, 'ada@example.com');
    const context = await ada.adapter.verify(device.code.userCode);
    const bob = await signedInPage(server, 'bob@example.com');
    expect(await failure(bob.adapter.verify(device.code.userCode))).toMatchObject({ code: 'forbidden' });
    expect(await failure(bob.adapter.approve!(context))).toMatchObject({ code: 'forbidden', status: 403 });
    device.stop();
  });

  it('a TOTP user: sign-in asks for MFA, a wrong code is mfa_wrong_code, the right one signs in', async () => {
    const { adapter } = openPage(server);
    await expect(adapter.signIn!.withPassword('mfa@example.com', PASSWORD)).resolves.toEqual({ kind: 'mfa' });
    await expect(adapter.signIn!.getSession()).resolves.toBeNull();
    const now = Date.now();
    const valid = new Set([-30_000, 0, 30_000].map((offset) => totpUser.totp.generate({ timestamp: now + offset })));
    const wrong = ['000000', '111111', '222222'].find((c) => !valid.has(c))!;
    expect(await failure(adapter.verifyMfa!(NO_CHALLENGE, wrong))).toMatchObject({ code: 'mfa_wrong_code', status: 401 });
    const code = totpUser.totp.generate();
    await expect(adapter.verifyMfa!(NO_CHALLENGE, `${code.slice(0, 3)} ${code.slice(3)}`)).resolves.toBeUndefined();
    await expect(adapter.signIn!.getSession()).resolves.toMatchObject({ email: 'mfa@example.com' });
    const device = await startDevice(server);
    await adapter.approve!(await adapter.verify(device.code.userCode));
    await expect(device.outcome).resolves.toMatchObject({ status: 'approved' });
  });

  it('a backup code answers the challenge once; no challenge at all is mfa_challenge_expired', async () => {
    const [backup] = totpUser.backupCodes;
    const first = openPage(server);
    await expect(first.adapter.signIn!.withPassword('mfa@example.com', PASSWORD)).resolves.toEqual({ kind: 'mfa' });
    await expect(first.adapter.verifyMfa!(NO_CHALLENGE, ` ${backup!} `)).resolves.toBeUndefined();
    await expect(first.adapter.signIn!.getSession()).resolves.toMatchObject({ email: 'mfa@example.com' });
    const second = openPage(server);
    await second.adapter.signIn!.withPassword('mfa@example.com', PASSWORD);
    expect(await failure(second.adapter.verifyMfa!(NO_CHALLENGE, backup!))).toMatchObject({ code: 'mfa_wrong_code' });
    expect(await failure(openPage(server).adapter.verifyMfa!(NO_CHALLENGE, '123456'))).toMatchObject({ code: 'mfa_challenge_expired' });
  });
});

describe('better-auth adapter: expiry and rate limits (own servers)', () => {
  it('an expired code is expired on verify and approve, and the device hears expired', async () => {
    const server = await startBetterAuthServer({ trustedOrigins: [APP], expiresIn: 1, interval: 1 });
    try {
      await server.seedUser('ada@example.com', PASSWORD);
      const device = await startDevice(server);
      const quiet = await requestCode(server);
      const { adapter } = await signedInPage(server, 'ada@example.com');
      await new Promise((resolve) => setTimeout(resolve, 1100));
      expect(await failure(adapter.verify(quiet))).toMatchObject({ code: 'expired', status: 400 });
      expect(await failure(adapter.approve!({ userCode: quiet, providers: [] }))).toMatchObject({ code: 'expired' });
      await expect(device.outcome).resolves.toEqual({ status: 'expired' });
    } finally {
      await server.close();
    }
  });

  it('too many lookups are rate_limited with the seconds from X-Retry-After (readable through CORS)', async () => {
    const server = await startBetterAuthServer({ trustedOrigins: [APP], rateLimit: { enabled: true, device: { window: 60, max: 2 } } });
    try {
      const { adapter } = openPage(server);
      expect(await failure(adapter.verify('ZZZZZZZZ'))).toMatchObject({ code: 'invalid_code' });
      expect(await failure(adapter.verify('ZZZZZZZY'))).toMatchObject({ code: 'invalid_code' });
      const limited = await failure(adapter.verify('ZZZZZZZX'));
      expect(limited).toMatchObject({ code: 'rate_limited', status: 429 });
      expect(limited.code === 'rate_limited' && limited.retryAfterSeconds).toBeGreaterThan(50);
    } finally {
      await server.close();
    }
  });
});

describe('better-auth adapter: answers a healthy server never gives (fake fetch)', () => {
  const BASE = 'https://auth.example.com';
  const reply = (status: number, body: string, type = 'application/json'): FetchLike => async () => new Response(body, { status, headers: { 'content-type': type } });
  const adapterWith = (fetch: FetchLike, timeoutMs?: number) => createBetterAuthAdapter({ baseUrl: BASE, fetch, ...(timeoutMs ? { timeoutMs } : {}) });

  it('sends cookies, JSON and the code without its dash, under the default /api/auth', async () => {
    const seen: Array<{ url: string; init: RequestInit }> = [];
    const fetch: FetchLike = async (url, init) => {
      seen.push({ url, init });
      return new Response(url.includes('/device?') ? '{"status":"pending","client_id":"cli","scope":null}' : '{"success":true}', { status: 200 });
    };
    const adapter = adapterWith(fetch);
    const context = await adapter.verify('abcd-efgh');
    await adapter.approve!(context);
    expect(seen[0]!.url).toBe(`${BASE}/api/auth/device?user_code=ABCDEFGH`);
    expect(seen[1]!.url).toBe(`${BASE}/api/auth/device/approve`);
    expect(seen.map((s) => s.init.credentials)).toEqual(['include', 'include']);
    expect(new Headers(seen[1]!.init.headers).get('content-type')).toBe('application/json');
    expect(JSON.parse(String(seen[1]!.init.body))).toEqual({ userCode: 'ABCDEFGH' });
    expect(context.scopes).toEqual([]);
  });

  it('an HTML 502 is service_unavailable; a 503 with X-Retry-After counts down', async () => {
    expect(await failure(adapterWith(reply(502, '<html>Bad gateway</html>', 'text/html')).verify('ABCDEFGH'))).toEqual({
      code: 'service_unavailable',
      status: 502,
      retryAfterSeconds: null,
    });
    const maintenance: FetchLike = async () => new Response('{"message":"maintenance"}', { status: 503, headers: { 'x-retry-after': '45' } });
    expect(await failure(adapterWith(maintenance).approve!({ userCode: 'ABCDEFGH', providers: [] }))).toMatchObject({ code: 'service_unavailable', retryAfterSeconds: 45 });
  });

  it('approve or deny answering 200 with something other than success is unconfirmed: it may have been decided', async () => {
    for (const body of ['', '<html></html>', '{"success":false}', '{"ok":true}']) {
      expect(await failure(adapterWith(reply(200, body)).approve!({ userCode: 'ABCDEFGH', providers: [] }))).toMatchObject({ code: 'unconfirmed', status: 200 });
      expect(await failure(adapterWith(reply(200, body)).deny!({ userCode: 'ABCDEFGH', providers: [] }))).toMatchObject({ code: 'unconfirmed' });
    }
  });

  it('an HTML 401 and malformed JSON are unexpected_response', async () => {
    expect(await failure(adapterWith(reply(401, '<html>Login</html>', 'text/html')).approve!({ userCode: 'ABCDEFGH', providers: [] }))).toMatchObject({ code: 'unexpected_response' });
    expect(await failure(adapterWith(reply(200, '{"status":"pend')).verify('ABCDEFGH'))).toMatchObject({ code: 'unexpected_response' });
    expect(await failure(adapterWith(reply(200, '{"status":"pending","client_id":"evil\u202Ecli"}')).verify('ABCDEFGH'))).toMatchObject({ code: 'unexpected_response' });
  });

  it('a refused page origin is a configuration problem, not "forbidden"', async () => {
    const error = await failure(adapterWith(reply(403, '{"message":"Invalid origin","code":"INVALID_ORIGIN"}')).signIn!.withPassword('a@b.c', 'x'));
    expect(error).toMatchObject({ code: 'unexpected_response' });
    expect(error.detail).toContain('trustedOrigins');
  });

  it('a network failure is network; no answer in time is timeout', async () => {
    const offline: FetchLike = async () => {
      throw new TypeError('fetch failed');
    };
    expect(await failure(adapterWith(offline).verify('ABCDEFGH'))).toMatchObject({ code: 'network' });
    const hanging: FetchLike = () => new Promise<Response>(() => undefined);
    expect(await failure(adapterWith(hanging, 30).verifyMfa!(NO_CHALLENGE, '123456'))).toMatchObject({ code: 'timeout' });
  });
});

describe('better-auth adapter: redirects are never followed, on every call', () => {
  const EVIL = 'https://evil.example/api/auth';
  const context = { userCode: 'ABCDEFGH', providers: [] };
  /** Each way a redirect shows: opaque (browser), the 3xx (Node), a followed one, another origin's answer. */
  const answers: Array<[string, (body: unknown) => Response]> = [
    ['opaque redirect', () => Object.defineProperties(new Response(null), { type: { value: 'opaqueredirect' }, status: { value: 0 } })],
    ['302', () => new Response(null, { status: 302, headers: { location: EVIL } })],
    ['followed', (body) => Object.defineProperties(new Response(JSON.stringify(body)), { redirected: { value: true }, url: { value: EVIL } })],
    ['other origin', (body) => Object.defineProperty(new Response(JSON.stringify(body)), 'url', { value: `${EVIL}/device` })],
  ];
  // What the other origin would answer, were it read: every one of these would be a success.
  const calls: Array<[string, unknown, (adapter: ReturnType<typeof createBetterAuthAdapter>) => Promise<unknown>]> = [
    ['verify', { status: 'pending', client_id: 'evil', scope: 'openid' }, (a) => a.verify('ABCDEFGH')],
    ['approve', { success: true }, (a) => a.approve!(context)],
    ['deny', { success: true }, (a) => a.deny!(context)],
    ['get-session', { user: { email: 'evil@example.com' } }, (a) => a.signIn!.getSession()],
    ['sign-in', { user: {} }, (a) => a.signIn!.withPassword('a@b.c', 'pw')],
    ['sign-out', { success: true }, (a) => a.signIn!.signOut()],
    ['verifyMfa', { user: {} }, (a) => a.verifyMfa!(NO_CHALLENGE, '123456')],
  ];

  it.each(calls.flatMap(([name, body, run]) => answers.map(([how, answer]) => [name, how, body, run, answer] as const)))(
    '%s: a redirect (%s) is an unexpected response',
    async (_name, _how, body, run, answer) => {
      const seen: RequestInit[] = [];
      const fetch: FetchLike = async (_url, init) => (seen.push(init), answer(body));
      const adapter = createBetterAuthAdapter({ baseUrl: 'https://auth.example.com', fetch });
      expect(await failure(run(adapter))).toMatchObject({ code: 'unexpected_response', detail: expect.stringContaining('redirect') });
      expect(seen.every((init) => init.redirect === 'manual')).toBe(true);
    },
  );
});
