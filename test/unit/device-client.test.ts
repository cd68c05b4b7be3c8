// @vitest-environment node
// authorizeDevice and its dialects against scripted answers and a fake clock: every polling rule
// of RFC 8628 §3.4–3.5, the AuthOS and better-auth quirks, and answers a healthy server never gives.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  authorizeDevice,
  authosDialect,
  betterAuthDialect,
  rfc8628Dialect,
  type DeviceClock,
  type DeviceDialect,
  type DeviceState,
} from '../../src/device/index';

const CODE_URL = 'https://id.example.com/oauth/device';
const TOKEN_URL = 'https://id.example.com/oauth/token';
const START = Date.UTC(2026, 0, 1, 12);

const dialect = (options: Partial<Parameters<typeof rfc8628Dialect>[0]> = {}) =>
  rfc8628Dialect({ deviceAuthorizationEndpoint: CODE_URL, tokenEndpoint: TOKEN_URL, clientId: 'tv-app', ...options });

/** A clock that jumps instead of waiting; `sleeps` records every wait asked for. */
function fakeClock(): DeviceClock & { sleeps: number[]; advance(ms: number): void } {
  let now = START;
  const sleeps: number[] = [];
  return {
    sleeps,
    now: () => now,
    advance: (ms) => void (now += ms),
    sleep: async (ms, signal) => {
      signal?.throwIfAborted();
      sleeps.push(ms);
      now += ms;
      signal?.throwIfAborted();
    },
  };
}

type Answer = Response | Error | (() => Response | Promise<Response>);

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });
const oauthError = (error: string, status = 400) => json(status, { error, error_description: `${error} happened` });
const codeAnswer = (fields: Record<string, unknown> = {}) =>
  json(200, {
    device_code: 'dev-secret-1',
    user_code: 'WDJB-MJHT',
    verification_uri: 'https://example.com/activate',
    verification_uri_complete: 'https://example.com/activate?user_code=WDJB-MJHT',
    expires_in: 900,
    interval: 5,
    ...fields,
  });
const tokenAnswer = (fields: Record<string, unknown> = {}) =>
  json(200, { access_token: 'at-SECRET', token_type: 'Bearer', expires_in: 3600, refresh_token: 'rt-SECRET', ...fields });

interface Call {
  readonly url: string;
  readonly at: number;
  readonly init: RequestInit;
  readonly body: string;
}

/** A fetch that answers the code request, then each token request, from a script (the last repeats). */
function scripted(clock: DeviceClock, code: Answer, polls: Answer[]) {
  const calls: Call[] = [];
  const queue = [...polls];
  const fetch = async (url: string, init: RequestInit): Promise<Response> => {
    calls.push({ url, at: clock.now(), init, body: String(init.body) });
    const answer = url === TOKEN_URL || calls.length > 1 ? (queue.length > 1 ? queue.shift() : queue[0]) : code;
    if (answer === undefined) throw new Error('nothing scripted');
    if (answer instanceof Error) throw answer;
    return typeof answer === 'function' ? answer() : answer.clone();
  };
  return { fetch, calls, polls: () => calls.slice(1) };
}

async function run(code: Answer, polls: Answer[], options: { dialect?: DeviceDialect; signal?: AbortSignal } = {}) {
  const clock = fakeClock();
  const script = scripted(clock, code, polls);
  const states: DeviceState[] = [];
  const outcome = await authorizeDevice({
    dialect: options.dialect ?? dialect(),
    fetch: script.fetch,
    clock,
    signal: options.signal,
    onState: (state) => states.push(state),
  });
  const gaps = script.calls.slice(1).map((call, i) => call.at - script.calls[i]!.at);
  return { outcome, states, statuses: states.map((s) => s.status), calls: script.calls, gaps, clock };
}

describe('authorizeDevice: the happy path', () => {
  it('asks for a code (form-encoded, redirects refused), shows it, waits one interval, polls until approved', async () => {
    const { outcome, states, calls, gaps } = await run(codeAnswer(), [oauthError('authorization_pending'), oauthError('authorization_pending'), tokenAnswer()]);
    expect(outcome).toEqual({
      status: 'approved',
      token: { access_token: 'at-SECRET', token_type: 'Bearer', expires_in: 3600, refresh_token: 'rt-SECRET' },
    });
    expect(states.map((s) => s.status)).toEqual(['requesting', 'waiting', 'approved']);
    expect(states[1]).toEqual({
      status: 'waiting',
      code: {
        userCode: 'WDJB-MJHT',
        verificationUri: 'https://example.com/activate',
        verificationUriComplete: 'https://example.com/activate?user_code=WDJB-MJHT',
        expiresIn: 900,
        expiresAt: START + 900_000,
        interval: 5,
      },
    });
    // No state holds the token or the device code: states may be rendered, logged or stored.
    expect(JSON.stringify(states)).not.toMatch(/SECRET|dev-secret/);
    expect(gaps).toEqual([5000, 5000, 5000]);
    expect(calls.map((c) => c.url)).toEqual([CODE_URL, TOKEN_URL, TOKEN_URL, TOKEN_URL]);
    expect(calls[0]!.body).toBe('client_id=tv-app');
    expect(calls[0]!.init).toMatchObject({ method: 'POST', redirect: 'manual', credentials: 'omit', headers: { 'content-type': 'application/x-www-form-urlencoded' } });
    expect(new URLSearchParams(calls[1]!.body).get('grant_type')).toBe('urn:ietf:params:oauth:grant-type:device_code');
    expect(Object.fromEntries(new URLSearchParams(calls[1]!.body))).toEqual({
      grant_type: 'urn:ietf:params:oauth:grant-type:device_code',
      device_code: 'dev-secret-1',
      client_id: 'tv-app',
    });
  });

  it('sends JSON when asked, with the scope', async () => {
    const { calls } = await run(codeAnswer(), [tokenAnswer()], { dialect: dialect({ encoding: 'json', scope: 'openid profile' }) });
    expect(JSON.parse(calls[0]!.body)).toEqual({ client_id: 'tv-app', scope: 'openid profile' });
    expect(calls[0]!.init.headers).toMatchObject({ 'content-type': 'application/json' });
    expect(JSON.parse(calls[1]!.body)).toMatchObject({ device_code: 'dev-secret-1' });
  });

  it('ends denied on access_denied and expired on expired_token or invalid_grant (the code is gone)', async () => {
    const denied = await run(codeAnswer(), [oauthError('authorization_pending'), oauthError('access_denied')]);
    expect(denied.outcome).toEqual({ status: 'denied' });
    expect(denied.statuses).toEqual(['requesting', 'waiting', 'denied']);
    for (const error of ['expired_token', 'invalid_grant']) {
      const expired = await run(codeAnswer(), [oauthError(error)]);
      expect(expired.outcome).toEqual({ status: 'expired' });
      expect(expired.statuses.at(-1)).toBe('expired');
      expect(expired.calls).toHaveLength(2);
    }
  });

  it('ends with client_refused when the server refuses the client, without retrying', async () => {
    const token = await run(codeAnswer(), [oauthError('invalid_client', 401)]);
    expect(token.outcome).toEqual({ status: 'error', error: { code: 'client_refused', detail: 'invalid_client', status: 401 } });
    expect(token.calls).toHaveLength(2);
    const code = await run(oauthError('unauthorized_client'), []);
    expect(code.outcome).toMatchObject({ status: 'error', error: { code: 'client_refused', status: 400 } });
    expect(code.states).toEqual(['requesting', 'error'].map((status) => expect.objectContaining({ status })));
    expect(code.calls).toHaveLength(1);
  });
});

describe('authorizeDevice: polling politely', () => {
  it('slow_down adds 5 s for the rest of the session, each time, and says so', async () => {
    const pending = oauthError('authorization_pending');
    const { gaps, states, outcome } = await run(codeAnswer({ interval: 3 }), [pending, oauthError('slow_down'), pending, oauthError('slow_down'), pending, tokenAnswer()]);
    expect(outcome.status).toBe('approved');
    expect(gaps).toEqual([3000, 3000, 8000, 8000, 13000, 13000]);
    expect(states.filter((s) => s.status === 'slow_down')).toEqual([
      expect.objectContaining({ status: 'slow_down', interval: 8 }),
      expect.objectContaining({ status: 'slow_down', interval: 13 }),
    ]);
    // slow_down stays the state: the interval stays raised.
    expect(states.map((s) => s.status)).toEqual(['requesting', 'waiting', 'slow_down', 'slow_down', 'approved']);
  });

  it('429: the same +5 s, and at least the wait the server named (Retry-After, X-RateLimit-After, X-Retry-After, "Wait for Ns")', async () => {
    const cases: [Response, number][] = [
      [new Response('slow', { status: 429, headers: { 'retry-after': '30' } }), 30_000],
      [new Response('Too Many Requests! Wait for 4s', { status: 429, headers: { 'x-ratelimit-after': '4' } }), 10_000],
      [new Response('Too Many Requests! Wait for 17s', { status: 429 }), 17_000],
      [json(429, { message: 'Too many requests' }, { 'x-retry-after': '12' }), 12_000],
      [new Response('', { status: 429 }), 10_000],
    ];
    for (const [limited, wait] of cases) {
      const { gaps, outcome, states } = await run(codeAnswer(), [limited, oauthError('authorization_pending'), tokenAnswer()]);
      expect(outcome.status).toBe('approved');
      // code → poll (5 s), 429 → wait, then the raised interval (10 s) for good.
      expect(gaps).toEqual([5000, wait, 10_000]);
      expect(states.find((s) => s.status === 'slow_down')).toMatchObject({ interval: 10 });
    }
  });

  it('stops at the deadline: no request once the code has expired, state expired', async () => {
    const { outcome, calls, clock, statuses } = await run(codeAnswer({ expires_in: 12, interval: 5 }), [oauthError('authorization_pending')]);
    expect(outcome).toEqual({ status: 'expired' });
    expect(calls.map((c) => c.at - START)).toEqual([0, 5000, 10_000]);
    expect(clock.now() - START).toBe(12_000);
    expect(statuses).toEqual(['requesting', 'waiting', 'expired']);
  });

  it('keeps going through network failures and 5xx with capped exponential backoff, never below the interval', async () => {
    const down = new TypeError('fetch failed');
    const { outcome, gaps } = await run(codeAnswer({ interval: 5 }), [
      down, down, down, new Response('<h1>Bad gateway</h1>', { status: 502 }), down, down, down,
      oauthError('authorization_pending'), oauthError('authorization_pending'), tokenAnswer(),
    ]);
    expect(outcome.status).toBe('approved');
    expect(gaps).toEqual([5000, 5000, 10_000, 20_000, 40_000, 60_000, 60_000, 60_000, 5000, 5000]);
  });

  it('says once that it cannot reach the service (and when the kind of trouble changes), and again when it can', async () => {
    const down = new TypeError('fetch failed');
    const { states } = await run(codeAnswer({ interval: 5 }), [
      down, down, new Response('<h1>Bad gateway</h1>', { status: 502 }), down,
      oauthError('authorization_pending'), oauthError('authorization_pending'), tokenAnswer(),
    ]);
    expect(states.map((state) => (state.status === 'waiting' ? `waiting:${state.trouble ?? 'ok'}` : state.status))).toEqual([
      'requesting', 'waiting:ok', 'waiting:network', 'waiting:server', 'waiting:network', 'waiting:ok', 'approved',
    ]);
  });

  it('a 503 with Retry-After waits that long', async () => {
    const { gaps } = await run(codeAnswer(), [new Response('busy', { status: 503, headers: { 'retry-after': '45' } }), tokenAnswer()]);
    expect(gaps).toEqual([5000, 45_000]);
  });

  it('a code that expires during an outage ends in error (network), not expired: the device never heard', async () => {
    const { outcome, states, calls } = await run(codeAnswer({ expires_in: 30 }), [new TypeError('fetch failed')]);
    expect(outcome).toEqual({ status: 'error', error: { code: 'network', detail: 'fetch failed' } });
    expect(states.at(-1)).toMatchObject({ status: 'error', error: { code: 'network' }, code: { userCode: 'WDJB-MJHT' } });
    expect(calls.every((c) => c.at < START + 30_000)).toBe(true);
    const server = await run(codeAnswer({ expires_in: 30 }), [new Response('oops', { status: 500 })]);
    expect(server.outcome).toMatchObject({ status: 'error', error: { code: 'server', status: 500 } });
    const limited = await run(codeAnswer({ expires_in: 30 }), [new Response('no', { status: 429, headers: { 'retry-after': '60' } })]);
    expect(limited.outcome).toMatchObject({ status: 'error', error: { code: 'rate_limited', status: 429, retryAfter: 60 } });
  });

  it('a failed code request ends at once: network, server, rate_limited', async () => {
    expect((await run(new TypeError('fetch failed'), [])).outcome).toMatchObject({ status: 'error', error: { code: 'network' } });
    expect((await run(new Response('x', { status: 503 }), [])).outcome).toMatchObject({ status: 'error', error: { code: 'server', status: 503 } });
    const limited = await run(new Response('Too Many Requests! Wait for 4s', { status: 429 }), []);
    expect(limited.outcome).toMatchObject({ status: 'error', error: { code: 'rate_limited', retryAfter: 4 } });
    expect(limited.calls).toHaveLength(1);
  });
});

describe('authorizeDevice: abort', () => {
  it('rejects with the signal reason while waiting and sends nothing more', async () => {
    const controller = new AbortController();
    const clock = fakeClock();
    const script = scripted(clock, codeAnswer(), [oauthError('authorization_pending')]);
    const states: DeviceState[] = [];
    const reason = new Error('screen closed');
    const sleep = clock.sleep;
    clock.sleep = async (ms, signal) => {
      if (script.calls.length === 3) controller.abort(reason);
      return sleep(ms, signal);
    };
    await expect(authorizeDevice({ dialect: dialect(), fetch: script.fetch, clock, signal: controller.signal, onState: (s) => states.push(s) })).rejects.toBe(reason);
    expect(script.calls).toHaveLength(3);
    expect(states.map((s) => s.status)).toEqual(['requesting', 'waiting']);
  });

  it('rejects when aborted during a request, and before starting sends nothing', async () => {
    const controller = new AbortController();
    const clock = fakeClock();
    const reason = new DOMException('gone', 'AbortError');
    const script = scripted(clock, codeAnswer(), [
      () => {
        controller.abort(reason);
        return oauthError('authorization_pending');
      },
    ]);
    await expect(authorizeDevice({ dialect: dialect(), fetch: script.fetch, clock, signal: controller.signal })).rejects.toBe(reason);
    expect(script.calls).toHaveLength(2);

    const early = scripted(clock, codeAnswer(), []);
    await expect(authorizeDevice({ dialect: dialect(), fetch: early.fetch, clock, signal: AbortSignal.abort(reason) })).rejects.toBe(reason);
    expect(early.calls).toHaveLength(0);
  });

  it('with the real clock: an abort mid-sleep rejects at once', async () => {
    const controller = new AbortController();
    let polls = 0;
    const fetch = async (url: string) => (url === CODE_URL ? codeAnswer({ interval: 60 }) : (polls++, tokenAnswer()));
    const outcome = authorizeDevice({ dialect: dialect(), fetch, signal: controller.signal, onState: (s) => s.status === 'waiting' && setTimeout(() => controller.abort(new Error('bye')), 10) });
    await expect(outcome).rejects.toThrow('bye');
    expect(polls).toBe(0);
  });
});

describe('authorizeDevice: hostile and malformed answers', () => {
  const badCode = async (answer: Answer) => {
    const result = await run(answer, [tokenAnswer()]);
    expect(result.calls).toHaveLength(1);
    return result.outcome;
  };

  it.each([
    ['an HTML page', new Response('<!doctype html><title>Login</title>', { status: 200, headers: { 'content-type': 'text/html' } })],
    ['a JSON array', json(200, [1, 2])],
    ['no device_code', codeAnswer({ device_code: undefined })],
    ['a numeric user_code', codeAnswer({ user_code: 12345678 })],
    ['a user_code of control characters only', codeAnswer({ user_code: '\u0007\u001b' })],
    ['a javascript: verification_uri', codeAnswer({ verification_uri: 'javascript:alert(1)' })],
    ['a javascript: URI hidden by a newline', codeAnswer({ verification_uri: 'java\nscript:alert(1)' })],
    ['a data: verification_uri_complete', codeAnswer({ verification_uri_complete: 'data:text/html,<script>alert(1)</script>' })],
    ['a relative verification_uri', codeAnswer({ verification_uri: '/activate' })],
    ['credentials in the URI', codeAnswer({ verification_uri: 'https://bank.example@evil.example/activate' })],
    ['an object interval', codeAnswer({ interval: { seconds: 5 } })],
    ['a boolean expires_in', codeAnswer({ expires_in: true })],
  ])('code answer with %s → bad_response, nothing shown, nothing polled', async (_, answer) => {
    expect(await badCode(answer)).toMatchObject({ status: 'error', error: { code: 'bad_response', status: 200 } });
  });

  it('strips control and bidi characters from the user code and the URI', async () => {
    const { states } = await run(codeAnswer({ user_code: 'WDJB\u001b[2J-\u202eMJHT\u0000', verification_uri: 'https://example.com/act\u0007ivate' }), [tokenAnswer()]);
    expect(states[1]).toMatchObject({ status: 'waiting', code: { userCode: 'WDJB[2J-MJHT', verificationUri: 'https://example.com/activate' } });
  });

  it('absent or non-positive interval → 5 s; absent expires_in → 900 s; numeric strings are read', async () => {
    for (const interval of [undefined, 0, -3]) {
      const { gaps, states } = await run(codeAnswer({ interval, expires_in: undefined }), [tokenAnswer()]);
      expect(gaps).toEqual([5000]);
      expect(states[1]).toMatchObject({ code: { interval: 5, expiresIn: 900, expiresAt: START + 900_000 } });
    }
    const { states } = await run(codeAnswer({ interval: '7', expires_in: '600' }), [tokenAnswer()]);
    expect(states[1]).toMatchObject({ code: { interval: 7, expiresIn: 600 } });
  });

  it('refuses redirects: a 3xx, an opaque redirect, or an answer that was redirected', async () => {
    const redirected = tokenAnswer();
    Object.defineProperty(redirected, 'redirected', { value: true });
    const opaque = new Response(null, { status: 200 });
    Object.defineProperty(opaque, 'type', { value: 'opaqueredirect' });
    const elsewhere = tokenAnswer();
    Object.defineProperty(elsewhere, 'url', { value: 'https://evil.example/token' });
    const found = new Response(null, { status: 302, headers: { location: 'https://evil.example/' } });
    for (const answer of [redirected, opaque, elsewhere, found]) {
      const { outcome, calls } = await run(codeAnswer(), [() => answer]);
      expect(outcome).toMatchObject({ status: 'error', error: { code: 'bad_response' } });
      expect(calls).toHaveLength(2);
    }
    expect((await run(() => new Response(null, { status: 307, headers: { location: '/x' } }), [])).outcome).toMatchObject({ error: { code: 'bad_response', status: 307 } });
  });

  it('reads at most 64 KB of a body: a huge answer is bad_response, whether announced or streamed', async () => {
    const huge = 'x'.repeat(200_000);
    const announced = await run(codeAnswer(), [() => new Response(JSON.stringify({ access_token: huge }), { status: 200, headers: { 'content-length': String(huge.length + 20) } })]);
    expect(announced.outcome).toMatchObject({ status: 'error', error: { code: 'bad_response', detail: expect.stringContaining('larger') } });
    let pulled = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += 1;
        controller.enqueue(new TextEncoder().encode(`{"pad":"${'y'.repeat(16_000)}`));
      },
    });
    const streamed = await run(codeAnswer(), [() => new Response(endless, { status: 200 })]);
    expect(streamed.outcome).toMatchObject({ status: 'error', error: { code: 'bad_response' } });
    expect(pulled).toBeLessThan(10);
  });

  it('a token answer without an access_token string is bad_response', async () => {
    for (const body of [{ token_type: 'Bearer' }, { access_token: 42, token_type: 'Bearer' }, { access_token: '' }, { access_token: 'x', token_type: 7 }]) {
      const { outcome, states } = await run(codeAnswer(), [json(200, body)]);
      expect(outcome).toMatchObject({ status: 'error', error: { code: 'bad_response' } });
      expect(states.at(-1)).toMatchObject({ status: 'error', code: { userCode: 'WDJB-MJHT' } });
    }
    const html = await run(codeAnswer(), [new Response('<html>ok</html>', { status: 200 })]);
    expect(html.outcome).toMatchObject({ error: { code: 'bad_response' } });
    const absentType = await run(codeAnswer(), [json(200, { access_token: 'x' })]);
    expect(absentType.outcome).toEqual({ status: 'approved', token: { access_token: 'x', token_type: 'Bearer' } });
  });

  it('an unknown token error or an HTML 400 is bad_response, and no detail quotes control characters', async () => {
    const unknown = await run(codeAnswer(), [json(400, { error: 'weird\u001b[31m' })]);
    expect(unknown.outcome).toEqual({ status: 'error', error: { code: 'bad_response', detail: 'unknown error "weird[31m"', status: 400 } });
    const html = await run(codeAnswer(), [new Response('<h1>400</h1>', { status: 400 })]);
    expect(html.outcome).toMatchObject({ error: { code: 'bad_response', status: 400 } });
  });

  it('checks a custom dialect too: a javascript: URI never reaches a state', async () => {
    const rogue: DeviceDialect = {
      ...dialect(),
      readCode: (_, now) => ({
        deviceCode: 'd',
        code: { userCode: 'ABCD', verificationUri: 'javascript:alert(1)', expiresIn: 60, expiresAt: now + 60_000, interval: 5 },
      }),
    };
    const { outcome, states } = await run(codeAnswer(), [tokenAnswer()], { dialect: rogue });
    expect(outcome).toMatchObject({ status: 'error', error: { code: 'bad_response' } });
    expect(JSON.stringify(states)).not.toContain('javascript');
  });
});

describe('dialects', () => {
  it('AuthOS: JSON with org and service; DEVICE_CODE_PENDING polls on, DEVICE_CODE_EXPIRED ends', async () => {
    const authos = authosDialect({ server: 'https://sso.example.com/', clientId: 'acme-cli', org: 'acme', service: 'cli' });
    expect(authos.codeRequest()).toEqual({
      url: 'https://sso.example.com/auth/device/code',
      body: JSON.stringify({ client_id: 'acme-cli', org: 'acme', service: 'cli' }),
      headers: { 'content-type': 'application/json', accept: 'application/json' },
    });
    expect(JSON.parse(authos.tokenRequest('dc').body)).toEqual({ grant_type: 'urn:ietf:params:oauth:grant-type:device_code', device_code: 'dc', client_id: 'acme-cli' });
    expect(authos.tokenRequest('dc').url).toBe('https://sso.example.com/auth/token');
    const authosError = (status: number, error: string, code: string) => json(status, { error, error_code: code, timestamp: '2025-11-21T09:14:03Z' });
    const pending = authosError(400, 'Authorization pending', 'DEVICE_CODE_PENDING');
    const approved = await run(codeAnswer(), [pending, new Response('Too Many Requests! Wait for 4s', { status: 429, headers: { 'content-type': 'text/plain' } }), tokenAnswer()], { dialect: authos });
    expect(approved.outcome.status).toBe('approved');
    expect(approved.gaps).toEqual([5000, 5000, 10_000]);
    const expired = await run(codeAnswer(), [pending, authosError(400, 'Device code expired', 'DEVICE_CODE_EXPIRED')], { dialect: authos });
    expect(expired.outcome).toEqual({ status: 'expired' });
    const gone = await run(codeAnswer(), [authosError(400, 'Invalid device code', 'BAD_REQUEST')], { dialect: authos });
    expect(gone.outcome).toEqual({ status: 'expired' });
    const refused = await run(authosError(400, 'Invalid client credentials', 'BAD_REQUEST'), [], { dialect: authos });
    expect(refused.outcome).toEqual({ status: 'error', error: { code: 'client_refused', detail: 'Invalid client credentials', status: 400 } });
    const serviceGone = await run(codeAnswer(), [authosError(404, 'Service not found', 'NOT_FOUND')], { dialect: authos });
    expect(serviceGone.outcome).toMatchObject({ error: { code: 'client_refused', status: 404 } });
  });

  it('AuthOS: path overrides stay on the server', () => {
    const prefixed = authosDialect({ server: 'https://sso.example.com/idp', clientId: 'c', org: 'o', service: 's', paths: { code: 'device/start', token: '/token' } });
    expect(prefixed.codeRequest().url).toBe('https://sso.example.com/idp/device/start');
    expect(prefixed.tokenRequest('x').url).toBe('https://sso.example.com/idp/token');
    const sneaky = authosDialect({ server: 'https://sso.example.com', clientId: 'c', org: 'o', service: 's', paths: { code: '//evil.example/x' } });
    expect(sneaky.codeRequest().url).toBe('https://sso.example.com/evil.example/x');
    expect(() => authosDialect({ server: 'javascript:alert(1)', clientId: 'c', org: 'o', service: 's' })).toThrow(TypeError);
  });

  it('better-auth: JSON to {baseURL}/device/code and /device/token; a 429 waits for X-Retry-After', async () => {
    const better = betterAuthDialect({ baseURL: 'https://app.example.com/api/auth/', clientId: 'demo-cli', scope: 'openid' });
    expect(better.id).toBe('better-auth');
    expect(better.codeRequest()).toMatchObject({ url: 'https://app.example.com/api/auth/device/code', body: '{"client_id":"demo-cli","scope":"openid"}' });
    expect(better.tokenRequest('d')).toMatchObject({ url: 'https://app.example.com/api/auth/device/token' });
    const { gaps, outcome } = await run(codeAnswer(), [json(429, { message: 'Too many requests. Please try again later.' }, { 'x-retry-after': '20' }), tokenAnswer()], { dialect: better });
    expect(outcome.status).toBe('approved');
    expect(gaps).toEqual([5000, 20_000]);
  });
});

describe('property: never faster than the interval in force', () => {
  type Step = { kind: 'pending' | 'slow_down' | 'net' | '500' } | { kind: '429'; wait: number | null } ;
  const step: fc.Arbitrary<Step> = fc.oneof(
    fc.constantFrom<Step>({ kind: 'pending' }, { kind: 'slow_down' }, { kind: 'net' }, { kind: '500' }),
    fc.record({ kind: fc.constant('429' as const), wait: fc.option(fc.integer({ min: 0, max: 40 })) }),
  );
  const toAnswer = (s: Step): Answer => {
    switch (s.kind) {
      case 'pending':
        return oauthError('authorization_pending');
      case 'slow_down':
        return oauthError('slow_down');
      case 'net':
        return new TypeError('fetch failed');
      case '500':
        return new Response('x', { status: 500 });
      case '429':
        return new Response('', { status: 429, headers: s.wait === null ? {} : { 'retry-after': String(s.wait) } });
    }
  };

  it('over random answer sequences, latencies and lifetimes', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(step, { maxLength: 40 }),
        fc.option(fc.integer({ min: 1, max: 20 })),
        fc.integer({ min: 10, max: 1200 }),
        fc.array(fc.integer({ min: 0, max: 3000 }), { minLength: 1, maxLength: 8 }),
        fc.boolean(),
        async (steps, interval, expiresIn, latencies, approveAtEnd) => {
          const clock = fakeClock();
          const answers = [...steps.map(toAnswer), approveAtEnd ? tokenAnswer() : oauthError('authorization_pending')];
          const sent: { at: number; intervalMs: number }[] = [];
          let intervalMs = (interval ?? 5) * 1000;
          let n = 0;
          const fetch = async (url: string): Promise<Response> => {
            if (url === CODE_URL) {
              sent.push({ at: clock.now(), intervalMs: 0 });
              clock.advance(latencies[0]!);
              return codeAnswer({ interval: interval ?? undefined, expires_in: expiresIn });
            }
            sent.push({ at: clock.now(), intervalMs });
            clock.advance(latencies[n % latencies.length]!);
            const answer = answers[Math.min(n++, answers.length - 1)]!;
            if (answer instanceof Error) throw answer;
            return typeof answer === 'function' ? answer() : answer;
          };
          const outcome = await authorizeDevice({
            dialect: dialect(),
            fetch,
            clock,
            onState: (state) => {
              if (state.status === 'slow_down') intervalMs = state.interval * 1000;
            },
          });
          const deadline = START + latencies[0]! + expiresIn * 1000;
          for (let i = 1; i < sent.length; i++) {
            expect(sent[i]!.at - sent[i - 1]!.at).toBeGreaterThanOrEqual(sent[i]!.intervalMs);
            expect(sent[i]!.at).toBeLessThan(deadline);
          }
          expect(['approved', 'expired', 'error']).toContain(outcome.status);
        },
      ),
      { numRuns: 300 },
    );
  });
});
