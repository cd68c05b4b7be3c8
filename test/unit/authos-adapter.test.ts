import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AuthOSAdapterOptions } from '../../src/adapters/authos';
import { createAuthOSAdapter } from '../../src/adapters/authos';
import type { DeviceContext } from '../../src/core/adapter';
import { readEntry } from '../../src/core/entry';
import type { ActivationError } from '../../src/core/errors';
import { ActivationFailure } from '../../src/core/errors';
import type { RecordedResponse } from '../fixtures/authos';
import {
  AUTHOS_BASE_URL,
  MFA_CHALLENGE,
  MFA_SESSION_SECRETS,
  USER_CODE,
  authosError,
  contextResponses,
  mfaResponses,
  returnUrls,
  toResponse,
  verifyResponses,
} from '../fixtures/authos';

type Call = { url: string; init: RequestInit };

/** A fake fetch answering with `answers` in turn (a recorded response, an Error to reject with, or a function). */
function setup(answers: Array<RecordedResponse | Error | ((init: RequestInit) => Promise<Response>)>, options: Partial<AuthOSAdapterOptions> = {}) {
  const calls: Call[] = [];
  const fetch = vi.fn(async (url: string, init: RequestInit): Promise<Response> => {
    calls.push({ url, init });
    const answer = answers.shift();
    if (answer === undefined) throw new Error('unexpected extra request');
    if (answer instanceof Error) throw answer;
    if (typeof answer === 'function') return answer(init);
    return toResponse(answer);
  });
  const adapter = createAuthOSAdapter({ baseUrl: AUTHOS_BASE_URL, fetch, ...options });
  return { adapter, fetch, calls };
}

/** A fetch that never answers but rejects, like the real one, when its signal aborts. */
function hanging(onSignal?: (signal: AbortSignal) => void) {
  return (init: RequestInit) =>
    new Promise<Response>((_, reject) => {
      const signal = init.signal!;
      onSignal?.(signal);
      signal.addEventListener('abort', () => reject(signal.reason), { once: true });
    });
}

async function failureOf(promise: Promise<unknown>): Promise<ActivationError> {
  const thrown = await promise.then(
    () => {
      throw new Error('expected a failure, got a value');
    },
    (error: unknown) => error,
  );
  expect(thrown).toBeInstanceOf(ActivationFailure);
  return (thrown as ActivationFailure).error;
}

function thrownBy(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('expected a throw');
}

const serviceContext: DeviceContext = {
  userCode: USER_CODE,
  orgSlug: 'acme',
  serviceSlug: 'acme-cli',
  providers: ['github', 'google'],
  admin: false,
};
const adminContext: DeviceContext = {
  userCode: USER_CODE,
  orgSlug: 'platform',
  serviceSlug: 'admin-cli',
  providers: ['github', 'google', 'microsoft'],
  admin: true,
};

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('verify', () => {
  it('POSTs the normalised code as JSON and returns the context', async () => {
    const { adapter, calls } = setup([verifyResponses.ok]);
    const context = await adapter.verify(' wdjb mjht ');
    expect(context).toEqual({ ...serviceContext, providers: ['github', 'google'] });
    expect(calls).toHaveLength(1);
    const [{ url, init }] = calls as [Call];
    expect(url).toBe('https://sso.example.com/auth/device/verify');
    expect(init.method).toBe('POST');
    expect(new Headers(init.headers).get('content-type')).toBe('application/json');
    expect(new Headers(init.headers).get('accept')).toBe('application/json');
    expect(JSON.parse(init.body as string)).toEqual({ user_code: 'WDJB-MJHT' });
    expect(init.credentials).toBe('omit');
    expect(init.signal).toBeInstanceOf(AbortSignal);
  });

  it('keeps a base path prefix and honours path overrides', async () => {
    const prefixed = setup([verifyResponses.ok], { baseUrl: 'https://example.com/authos/' });
    await prefixed.adapter.verify(USER_CODE);
    expect(prefixed.calls[0]?.url).toBe('https://example.com/authos/auth/device/verify');

    const overridden = setup([verifyResponses.ok], { paths: { verify: '/v2/device/verify' } });
    await overridden.adapter.verify(USER_CODE);
    expect(overridden.calls[0]?.url).toBe('https://sso.example.com/v2/device/verify');
  });

  it('refuses a malformed code without spending a request', async () => {
    const { adapter, fetch } = setup([verifyResponses.ok]);
    expect(await failureOf(adapter.verify('WDJB-MJH'))).toMatchObject({ code: 'invalid_code' });
    expect(await failureOf(adapter.verify('WDJB-MJH0'))).toMatchObject({ code: 'invalid_code' });
    expect(fetch).not.toHaveBeenCalled();
  });

  it('drops unsafe and duplicate provider ids', async () => {
    const { adapter } = setup([verifyResponses.hostileProviders]);
    expect((await adapter.verify(USER_CODE)).providers).toEqual(['github', 'gitlab']);
  });

  it('accepts an organisation with no providers', async () => {
    const { adapter } = setup([verifyResponses.noProviders]);
    expect((await adapter.verify(USER_CODE)).providers).toEqual([]);
  });

  it('marks the platform admin flow', async () => {
    const { adapter } = setup([verifyResponses.platform]);
    expect(await adapter.verify(USER_CODE)).toEqual(adminContext);
  });

  it.each([
    ['newer uniform 400', verifyResponses.unavailable, 'code_unavailable'],
    ['older bad format', verifyResponses.invalidFormat, 'invalid_code'],
    ['older unknown code', verifyResponses.invalid, 'invalid_code'],
    ['older expired (error_code)', verifyResponses.expired, 'expired'],
    ['older already authorized', verifyResponses.alreadyAuthorized, 'already_used'],
    ['organisation gone', verifyResponses.orgNotFound, 'not_found'],
    ['service gone', verifyResponses.serviceNotFound, 'not_found'],
    ['organisation inactive (nobody signed in yet: the lookup, not an account, is refused)', verifyResponses.forbidden, 'lookup_refused'],
    ['message in other case', authosError(400, 'INVALID OR UNAVAILABLE USER CODE', 'BAD_REQUEST'), 'code_unavailable'],
    ['error_code over message', authosError(400, 'Invalid user code', 'device_code_expired'), 'expired'],
  ] as const)('maps %s to %s', async (_name, response, code) => {
    const { adapter } = setup([response]);
    const error = await failureOf(adapter.verify(USER_CODE));
    expect(error).toMatchObject({ code, status: response.status });
    expect(error.detail).toBe(JSON.parse(response.body).error);
  });

  it.each([
    ['plain text with headers', verifyResponses.rateLimited, { 'retry-after': '7' }, 7],
    ['plain text, no headers', verifyResponses.rateLimitedBare, {}, 4],
    ['x-ratelimit-after only', { status: 429, headers: { 'x-ratelimit-after': '9' }, body: 'Too Many Requests' }, {}, 9],
    ['nothing to go by', { status: 429, headers: {}, body: 'Too Many Requests' }, {}, null],
    ['junk header, text wait', { status: 429, headers: { 'retry-after': 'soon-ish' }, body: 'Too Many Requests! Wait for 3s' }, {}, 3],
  ] as const)('maps a 429 (%s) to rate_limited', async (_name, response, extraHeaders, seconds) => {
    const recorded = { ...response, headers: { ...response.headers, ...extraHeaders } };
    const { adapter } = setup([recorded]);
    expect(await failureOf(adapter.verify(USER_CODE))).toMatchObject({ code: 'rate_limited', status: 429, retryAfterSeconds: seconds });
  });

  it('leaves the wait unknown for a retry-after HTTP date, which neither backend sends', async () => {
    const at = new Date(Date.now() + 30_000).toUTCString();
    const { adapter } = setup([{ status: 429, headers: { 'retry-after': at }, body: 'Too Many Requests' }]);
    expect(await failureOf(adapter.verify(USER_CODE))).toMatchObject({ code: 'rate_limited', retryAfterSeconds: null });
  });

  it.each([
    ['a WAF 403 page', verifyResponses.wafBlocked, 403],
    ['a proxy 404 page', verifyResponses.proxyNotFound, 404],
    ['a JSON 500', verifyResponses.internal, 500],
    ['an unknown 400', verifyResponses.badRequestBody, 400],
    ['malformed JSON', verifyResponses.malformedJson, 200],
    ['wrong-shaped JSON', verifyResponses.wrongShape, 200],
    ['a slug with a bidi override', verifyResponses.spoofedSlug, 200],
    ['providers that are objects and nested lists', verifyResponses.providerObjects, 200],
    ['providers with numbers and null', verifyResponses.providerNumbers, 200],
    ['ten thousand providers', verifyResponses.providerFlood, 200],
    ['an empty 204', { status: 204, headers: {}, body: '' }, 204],
    ['a 418', { status: 418, headers: {}, body: "I'm a teapot" }, 418],
  ] as const)('maps %s to unexpected_response', async (_name, response, status) => {
    const { adapter } = setup([response]);
    const error = await failureOf(adapter.verify(USER_CODE));
    expect(error).toMatchObject({ code: 'unexpected_response', status });
    expect(error.detail).toBeTruthy();
    expect(error.detail!.length).toBeLessThanOrEqual(220);
    expect(error.detail).not.toContain('<html');
  });

  it('never quotes a long body in full', async () => {
    const body = `Upstream says: ${'x'.repeat(5000)}`;
    const { adapter } = setup([{ status: 500, headers: { 'content-type': 'text/plain' }, body }]);
    const error = await failureOf(adapter.verify(USER_CODE));
    expect(error.code).toBe('unexpected_response');
    expect(error.detail!.length).toBeLessThanOrEqual(220);
  });

  it.each([
    ['a 503 maintenance page with Retry-After', verifyResponses.maintenance, 503, 120],
    ['an HTML 502 from nginx, no wait given', verifyResponses.badGateway, 502, null],
    ['a 504 with a wait', { status: 504, headers: { 'retry-after': '30' }, body: 'Gateway Timeout' }, 504, 30],
  ] as const)('maps %s to service_unavailable, a wait rather than an unexpected answer', async (_name, response, status, seconds) => {
    const { adapter } = setup([response]);
    expect(await failureOf(adapter.verify(USER_CODE))).toEqual({ code: 'service_unavailable', status, retryAfterSeconds: seconds });
  });

  it.each(['99999999999', '86400', '3601'])('says an absurd wait (Retry-After: %s) as "later", not as a countdown', async (wait) => {
    const { adapter } = setup([{ ...verifyResponses.absurdWait, headers: { 'retry-after': wait } }]);
    expect(await failureOf(adapter.verify(USER_CODE))).toMatchObject({ code: 'rate_limited', retryAfterSeconds: null });
    expect(await failureOf(setup([verifyResponses.absurdWait]).adapter.verify(USER_CODE))).toMatchObject({ retryAfterSeconds: null });
  });

  it('counts down a wait of up to an hour', async () => {
    const { adapter } = setup([{ status: 429, headers: { 'retry-after': '3600' }, body: '' }]);
    expect(await failureOf(adapter.verify(USER_CODE))).toMatchObject({ code: 'rate_limited', retryAfterSeconds: 3600 });
  });

  it('maps a fetch rejection to network while the browser is online: the person\'s connection is not blamed', async () => {
    const { adapter } = setup([new TypeError('Failed to fetch')]);
    expect(await failureOf(adapter.verify(USER_CODE))).toEqual({ code: 'network', detail: 'Failed to fetch' });
  });

  it('maps a fetch rejection to offline when the browser says it is offline', async () => {
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    const { adapter } = setup([new TypeError('Failed to fetch')]);
    expect(await failureOf(adapter.verify(USER_CODE))).toEqual({ code: 'offline', detail: 'Failed to fetch' });
  });

  it('maps a connection cut mid-answer to network', async () => {
    const cut = () =>
      Promise.resolve(
        new Response(new ReadableStream({ start: (controller) => (controller.enqueue(new TextEncoder().encode('{"org_')), controller.error(new TypeError('network error'))) }), {
          status: 200,
        }),
      );
    const { adapter } = setup([cut]);
    expect(await failureOf(adapter.verify(USER_CODE))).toMatchObject({ code: 'network' });
  });

  it('times out, aborting the request', async () => {
    let seen: AbortSignal | undefined;
    const { adapter } = setup([hanging((signal) => (seen = signal))], { timeoutMs: 20 });
    expect(await failureOf(adapter.verify(USER_CODE))).toMatchObject({ code: 'timeout' });
    expect(seen?.aborted).toBe(true);
  });

  it('times out even when fetch ignores its signal', async () => {
    const { adapter } = setup([() => new Promise<Response>(() => {})], { timeoutMs: 20 });
    expect(await failureOf(adapter.verify(USER_CODE))).toMatchObject({ code: 'timeout' });
  });

  it('times out while the body is still arriving', async () => {
    const stalled = () => Promise.resolve(new Response(new ReadableStream({ start() {} }), { status: 200 }));
    const { adapter } = setup([stalled], { timeoutMs: 20 });
    expect(await failureOf(adapter.verify(USER_CODE))).toMatchObject({ code: 'timeout' });
  });

  it('lets a caller abort through as an AbortError', async () => {
    let seen: AbortSignal | undefined;
    const { adapter } = setup([hanging((signal) => (seen = signal))]);
    const controller = new AbortController();
    const pending = adapter.verify(USER_CODE, { signal: controller.signal });
    controller.abort();
    const thrown = await pending.catch((error: unknown) => error);
    expect(thrown).not.toBeInstanceOf(ActivationFailure);
    expect((thrown as Error).name).toBe('AbortError');
    expect(seen?.aborted).toBe(true);
  });

  it('does not send when the signal is already aborted', async () => {
    const { adapter, fetch } = setup([verifyResponses.ok]);
    const thrown = await adapter.verify(USER_CODE, { signal: AbortSignal.abort() }).catch((error: unknown) => error);
    expect((thrown as Error).name).toBe('AbortError');
    expect(fetch).not.toHaveBeenCalled();
  });

  it('uses globalThis.fetch at call time by default', async () => {
    const adapter = createAuthOSAdapter({ baseUrl: AUTHOS_BASE_URL });
    const installedLater = vi.fn(async () => toResponse(verifyResponses.ok));
    vi.stubGlobal('fetch', installedLater);
    await adapter.verify(USER_CODE);
    expect(installedLater).toHaveBeenCalledOnce();
  });

  it('rejects a baseUrl that is not http(s)', () => {
    expect(() => createAuthOSAdapter({ baseUrl: 'javascript:alert(1)' })).toThrow(TypeError);
  });
});

describe('describe', () => {
  it('GETs the names for the org and service', async () => {
    const { adapter, calls } = setup([contextResponses.ok]);
    expect(await adapter.describe!(serviceContext)).toEqual({ orgName: 'Acme Corp', serviceName: 'Acme CLI' });
    const [{ url, init }] = calls as [Call];
    expect(url).toBe('https://sso.example.com/api/auth/context?org=acme&service=acme-cli');
    expect(init.method).toBe('GET');
    expect(init.body).toBeUndefined();
  });

  it('keeps whichever name it gets', async () => {
    const { adapter } = setup([contextResponses.orgOnly]);
    expect(await adapter.describe!(serviceContext)).toEqual({ orgName: 'Acme Corp' });
  });

  it('falls back to the slugs when a name is blank once invisible characters are gone', async () => {
    const { adapter } = setup([contextResponses.blankNames]);
    expect(await adapter.describe!(serviceContext)).toEqual({});
  });

  it('trims names, strips bidi controls and caps length', async () => {
    const { adapter } = setup([contextResponses.untidyNames]);
    const names = await adapter.describe!(serviceContext);
    expect(names.orgName).toBe('Acme Corp');
    expect(names.serviceName).toBe('S'.repeat(120));
  });

  it.each([
    ['404', contextResponses.notFound],
    ['HTML 502', contextResponses.badGateway],
    ['wrong shape', contextResponses.wrongShape],
    ['network error', new TypeError('Failed to fetch')],
  ] as const)('falls back to slugs on %s', async (_name, answer) => {
    const { adapter } = setup([answer]);
    expect(await adapter.describe!(serviceContext)).toEqual({});
  });

  it('falls back to slugs on timeout', async () => {
    const { adapter } = setup([hanging()], { timeoutMs: 20 });
    expect(await adapter.describe!(serviceContext)).toEqual({});
  });

  it('lets a caller abort through', async () => {
    const { adapter } = setup([hanging()]);
    const controller = new AbortController();
    const pending = adapter.describe!(serviceContext, { signal: controller.signal });
    controller.abort();
    expect(((await pending.catch((error: unknown) => error)) as Error).name).toBe('AbortError');
  });

  it('skips the admin flow', async () => {
    const { adapter, fetch } = setup([contextResponses.ok]);
    expect(await adapter.describe!(adminContext)).toEqual({});
    expect(fetch).not.toHaveBeenCalled();
  });

  it('is absent when turned off', () => {
    expect(setup([], { describe: false }).adapter.describe).toBeUndefined();
    expect(setup([]).adapter.describe).toBeTypeOf('function');
  });
});

describe('loginUrl', () => {
  const { adapter } = setup([]);

  it('builds the service flow URL without redirect_uri', () => {
    const url = adapter.loginUrl!('github', serviceContext);
    expect(url).toBe('https://sso.example.com/auth/github?org=acme&service=acme-cli&user_code=WDJB-MJHT');
    expect(new URL(url).searchParams.has('redirect_uri')).toBe(false);
  });

  it('builds the platform admin URL with org_slug', () => {
    expect(adapter.loginUrl!('google', adminContext)).toBe(
      'https://sso.example.com/auth/admin/google?org_slug=platform&user_code=WDJB-MJHT',
    );
  });

  it('encodes query values and keeps a base path', () => {
    const prefixed = setup([], { baseUrl: 'https://example.com/authos' }).adapter;
    const url = new URL(prefixed.loginUrl!('microsoft', { ...serviceContext, orgSlug: 'café', userCode: 'wdjbmjht' }));
    expect(url.pathname).toBe('/authos/auth/microsoft');
    expect(url.searchParams.get('org')).toBe('café');
    expect(url.searchParams.get('user_code')).toBe('WDJB-MJHT');
    expect(url.search).toContain('org=caf%C3%A9');
  });

  it('uses path overrides', () => {
    const custom = setup([], { paths: { login: '/sso/{provider}/start', adminLogin: '/admin-sso/{provider}' } }).adapter;
    expect(custom.loginUrl!('github', serviceContext)).toMatch(/^https:\/\/sso\.example\.com\/sso\/github\/start\?/);
    expect(custom.loginUrl!('github', adminContext)).toMatch(/^https:\/\/sso\.example\.com\/admin-sso\/github\?/);
  });

  it.each(['GitHub', '../admin', 'a/b', '', 'javascript:alert(1)', '%2e%2e', 'x'.repeat(65), 'github?x=1'])(
    'refuses the unsafe provider id %j',
    (provider) => {
      const thrown = thrownBy(() => adapter.loginUrl!(provider, serviceContext));
      expect(thrown).toBeInstanceOf(ActivationFailure);
      expect((thrown as ActivationFailure).error.code).toBe('unexpected_response');
    },
  );

  it.each(['//evil.example/x/{provider}', 'https://evil.example/{provider}', '@evil.example/{provider}', '\\\\evil.example/{provider}'])(
    'stays on the backend origin with the hostile path %j',
    (login) => {
      const hostile = setup([], { paths: { login } }).adapter;
      const url = new URL(hostile.loginUrl!('github', serviceContext));
      expect(url.origin).toBe('https://sso.example.com');
      expect(url.hostname).not.toContain('evil');
    },
  );

  it('refuses a service context without slugs', () => {
    const thrown = thrownBy(() => adapter.loginUrl!('github', { userCode: USER_CODE, providers: ['github'] }));
    expect((thrown as ActivationFailure).error.code).toBe('unexpected_response');
  });
});

describe('readReturn', () => {
  const { adapter } = setup([]);
  const read = (href: string) => adapter.readReturn!(new URL(href));
  const challenge = { preauthToken: MFA_CHALLENGE.preauthToken, deviceCodeId: MFA_CHALLENGE.deviceCodeId, userCode: USER_CODE };
  const incomplete = { kind: 'error', error: { code: 'bad_link', detail: 'incomplete or oversized MFA challenge in the return URL' } };

  it.each([
    ['service success', returnUrls.serviceSuccess, { kind: 'approved' }],
    ['service success, trailing slash', 'https://app.example.com/activate/success/?status=success', { kind: 'approved' }],
    ['service MFA', returnUrls.serviceMfa, { kind: 'mfa', challenge }],
    ['platform success', returnUrls.platformSuccess, { kind: 'approved' }],
    ['platform success under a base path', 'https://app.example.com/admin/callback?device_flow_status=success', { kind: 'approved' }],
    ['platform MFA (fragment)', returnUrls.platformMfa, { kind: 'mfa', challenge }],
    ['older platform MFA', returnUrls.platformMfaOlder, { kind: 'mfa', challenge }],
    ['denied', returnUrls.platformDenied, { kind: 'error', error: { code: 'access_denied', detail: 'The user denied the request' } }],
    ['provider error', returnUrls.platformProviderError, { kind: 'error', error: { code: 'provider_error', detail: 'Failed to exchange authorization code' } }],
    ['provider error without description', 'https://app.example.com/callback?error=server_error', { kind: 'error', error: { code: 'provider_error', detail: 'server_error' } }],
    ['MFA without device_code_id', 'https://app.example.com/activate/mfa-challenge?preauth_token=t', incomplete],
    ['MFA with empty preauth_token', 'https://app.example.com/activate/mfa-challenge?preauth_token=&device_code_id=d', incomplete],
    ['fragment MFA without token', 'https://app.example.com/callback#mfa_required=true&device_code_id=d', incomplete],
    ['MFA token too long', `https://app.example.com/callback#mfa_required=true&device_code_id=d&preauth_token=${'t'.repeat(9000)}`, incomplete],
    ['MFA page with only a user code', `https://app.example.com/activate/mfa-challenge?user_code=${USER_CODE}`, incomplete],
    ['MFA page with an oversized device code id', `https://app.example.com/activate/mfa-challenge?preauth_token=t&device_code_id=${'d'.repeat(300)}`, incomplete],
    ['success with an error beside it: the error wins', returnUrls.successWithError, { kind: 'error', error: { code: 'access_denied', detail: 'access_denied' } }],
    ['MFA page with an error', 'https://app.example.com/activate/mfa-challenge?error=server_error&preauth_token=t&device_code_id=d', { kind: 'error', error: { code: 'provider_error', detail: 'server_error' } }],
    ['MFA without user code', 'https://app.example.com/activate/mfa-challenge?preauth_token=t&device_code_id=d', { kind: 'mfa', challenge: { preauthToken: 't', deviceCodeId: 'd' } }],
    ['MFA with a junk user code', 'https://app.example.com/activate/mfa-challenge?preauth_token=t&device_code_id=d&user_code=<b>', { kind: 'mfa', challenge: { preauthToken: 't', deviceCodeId: 'd' } }],
    ['MFA with a lower-case code', 'https://app.example.com/activate/mfa-challenge?preauth_token=t&device_code_id=d&user_code=wdjbmjht', { kind: 'mfa', challenge: { preauthToken: 't', deviceCodeId: 'd', userCode: USER_CODE } }],
    ['success without status', 'https://app.example.com/activate/success', null],
    ['success with another status', 'https://app.example.com/activate/success?status=failed', null],
    ['bare MFA page (reloaded after scrubbing)', 'https://app.example.com/activate/mfa-challenge', null],
    ['a fresh visit', 'https://app.example.com/activate', null],
    ['a link with a code', `https://app.example.com/activate?user_code=${USER_CODE}`, null],
    ['another app callback', 'https://app.example.com/callback?code=abc&state=xyz', null],
    ['mfa flag not true', 'https://app.example.com/callback#mfa_required=false&preauth_token=t&device_code_id=d', null],
    ['garbage fragment', 'https://app.example.com/callback#%%%', null],
    ['success params on another path', 'https://app.example.com/settings?status=success&device_flow_status=success', null],
  ] as const)('%s', (_name, href, expected) => {
    expect(read(href)).toEqual(expected);
  });

  it('caps a long error description', () => {
    const result = read(`https://app.example.com/callback?error=oauth_error&error_description=${'x'.repeat(1000)}`);
    expect(result?.kind).toBe('error');
    expect(result?.kind === 'error' && result.error.detail!.length).toBeLessThanOrEqual(200);
  });

  it('names every parameter it reads so the kit scrubs them', () => {
    expect([...adapter.returnParams!].sort()).toEqual(
      ['device_code_id', 'device_flow', 'device_flow_status', 'error', 'error_description', 'mfa_challenge', 'mfa_required', 'preauth_token', 'status', 'user_code'].sort(),
    );
    const fragment = readEntry(adapter, returnUrls.platformMfa);
    expect(fragment.scrubbedHref).toBe('https://app.example.com/callback');
    const query = readEntry(adapter, `${returnUrls.serviceMfa}&keep=1`);
    expect(query.scrubbedHref).toBe('https://app.example.com/activate/mfa-challenge?keep=1');
  });
});

describe('verifyMfa', () => {
  it('POSTs the answer and discards the session', async () => {
    const log = (['log', 'info', 'debug', 'warn', 'error'] as const).map((method) => vi.spyOn(console, method));
    localStorage.clear();
    sessionStorage.clear();
    const cookiesBefore = document.cookie;
    const { adapter, calls } = setup([mfaResponses.ok]);

    const resolved = await adapter.verifyMfa!(MFA_CHALLENGE, '123 456');

    expect(resolved).toBeUndefined();
    const [{ url, init }] = calls as [Call];
    expect(url).toBe('https://sso.example.com/api/auth/mfa/verify');
    expect(init.method).toBe('POST');
    expect(new Headers(init.headers).get('content-type')).toBe('application/json');
    expect(JSON.parse(init.body as string)).toEqual({
      preauth_token: MFA_CHALLENGE.preauthToken,
      code: '123456',
      device_code_id: MFA_CHALLENGE.deviceCodeId,
    });
    expect(init.credentials).toBe('omit');
    expect(localStorage.length).toBe(0);
    expect(sessionStorage.length).toBe(0);
    expect(document.cookie).toBe(cookiesBefore);
    for (const spy of log) expect(spy).not.toHaveBeenCalled();
  });

  it.each([
    ['123456', '123456'],
    ['123-456', '123456'],
    [' 12 34 56 ', '123456'],
    ['１２３４５６', '123456'],
    ['  abcd-efgh-2345  ', 'abcd-efgh-2345'],
    ['ABCD EFGH', 'ABCD EFGH'],
    ['r'.repeat(32), 'r'.repeat(32)],
  ])('sends %j as %j', async (typed, sent) => {
    const { adapter, calls } = setup([mfaResponses.ok]);
    await adapter.verifyMfa!(MFA_CHALLENGE, typed);
    expect(JSON.parse(calls[0]!.init.body as string).code).toBe(sent);
  });

  it.each(['', '   ', 'r'.repeat(33)])('refuses %j without a request', async (typed) => {
    const { adapter, fetch } = setup([mfaResponses.ok]);
    expect(await failureOf(adapter.verifyMfa!(MFA_CHALLENGE, typed))).toMatchObject({ code: 'mfa_wrong_code' });
    expect(fetch).not.toHaveBeenCalled();
  });

  it.each([
    ['wrong code', mfaResponses.wrongCode, 'mfa_wrong_code'],
    ['bad pre-auth token', mfaResponses.badToken, 'mfa_challenge_expired'],
    ['expired pre-auth token', mfaResponses.tokenExpired, 'mfa_challenge_expired'],
    ['used pre-auth token', mfaResponses.preauthUsed, 'mfa_challenge_expired'],
    ['device context expired', mfaResponses.deviceContextExpired, 'expired'],
    ['platform non-owner', mfaResponses.forbidden, 'forbidden'],
    ['inactive organisation', mfaResponses.orgInactive, 'forbidden'],
    ['wrong code, other case', authosError(401, 'INVALID MFA CODE', 'UNAUTHORIZED'), 'mfa_wrong_code'],
  ] as const)('maps %s to %s', async (_name, response, code) => {
    const { adapter } = setup([response]);
    expect(await failureOf(adapter.verifyMfa!(MFA_CHALLENGE, '123456'))).toMatchObject({ code, status: response.status });
  });

  it('maps a 429 to rate_limited', async () => {
    const { adapter } = setup([mfaResponses.rateLimited]);
    expect(await failureOf(adapter.verifyMfa!(MFA_CHALLENGE, '123456'))).toMatchObject({ code: 'rate_limited', retryAfterSeconds: 1 });
  });

  it('maps an HTML 502 to service_unavailable without quoting it', async () => {
    const error = await failureOf(setup([mfaResponses.badGateway]).adapter.verifyMfa!(MFA_CHALLENGE, '123456'));
    expect(error).toEqual({ code: 'service_unavailable', status: 502, retryAfterSeconds: null });
  });

  it.each([
    ['an HTML 200 (not an approval)', mfaResponses.spaFallback],
    ['a wrong-shaped 200', mfaResponses.wrongShape],
    ['an empty 200', { status: 200, headers: {}, body: '' }],
    ['malformed JSON', { status: 200, headers: { 'content-type': 'application/json' }, body: `{"access_token":"${MFA_SESSION_SECRETS.accessToken}"` }],
  ] as const)('maps %s to unconfirmed (the server may have approved), without quoting it', async (_name, response) => {
    const { adapter } = setup([response]);
    const error = await failureOf(adapter.verifyMfa!(MFA_CHALLENGE, '123456'));
    expect(error).toMatchObject({ code: 'unconfirmed', status: 200 });
    expect(JSON.stringify(error)).not.toMatch(/fixture-(access-)?token/);
  });

  it('maps network failure and timeout', async () => {
    expect(await failureOf(setup([new TypeError('Load failed')]).adapter.verifyMfa!(MFA_CHALLENGE, '123456'))).toMatchObject({ code: 'network' });
    expect(await failureOf(setup([hanging()], { timeoutMs: 20 }).adapter.verifyMfa!(MFA_CHALLENGE, '123456'))).toMatchObject({ code: 'timeout' });
  });

  it('lets a caller abort through', async () => {
    const { adapter } = setup([hanging()]);
    const controller = new AbortController();
    const pending = adapter.verifyMfa!(MFA_CHALLENGE, '123456', { signal: controller.signal });
    controller.abort();
    expect(((await pending.catch((error: unknown) => error)) as Error).name).toBe('AbortError');
  });
});

describe('capabilities', () => {
  it('has no approve or deny: AuthOS cannot be told "this was not me"', () => {
    const { adapter } = setup([]);
    expect(adapter.id).toBe('authos');
    expect(adapter.approve).toBeUndefined();
    expect(adapter.deny).toBeUndefined();
  });
});

describe('redirects are never followed, on every call that goes over the network', () => {
  const EVIL = 'https://evil.example/phish';
  /** What a browser's fetch gives for `redirect: 'manual'`: an opaque answer, status 0. */
  const opaqueRedirect = () => Promise.resolve(Object.defineProperties(new Response(null, { status: 200 }), { type: { value: 'opaqueredirect' }, status: { value: 0 } }));
  /** What Node's fetch gives for `redirect: 'manual'`: the 3xx itself. */
  const nodeRedirect = (status: number) => () => Promise.resolve(new Response(null, { status, headers: { location: EVIL } }));
  /** A fetch that followed anyway (a wrapper, a polyfill): the answer of another origin, approving. */
  const followed = (body: unknown) => () =>
    Promise.resolve(
      Object.defineProperties(new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } }), {
        redirected: { value: true },
        url: { value: EVIL },
      }),
    );
  /** The same, with `redirected` unset but the final URL on another origin. */
  const elsewhere = (body: unknown) => () =>
    Promise.resolve(Object.defineProperty(new Response(JSON.stringify(body), { status: 200 }), 'url', { value: EVIL }));

  const evilContext = { org_slug: 'phish', service_slug: 'evil', available_providers: ['github'] };
  const evilSession = { access_token: 'x', refresh_token: 'y', expires_in: 1 };
  const cases = [
    ['an opaque redirect (browser)', () => opaqueRedirect],
    ['a 302 (Node)', () => nodeRedirect(302)],
    ['a 307 (Node)', () => nodeRedirect(307)],
    ['a followed redirect', followed],
    ['an answer from another origin', elsewhere],
  ] as const;

  it.each(cases)('verify: %s is an unexpected response, never the device context', async (_name, make) => {
    const { adapter, calls } = setup([make(evilContext)]);
    expect(await failureOf(adapter.verify(USER_CODE))).toMatchObject({ code: 'unexpected_response', detail: expect.stringContaining('redirect') });
    expect(calls[0]!.init.redirect).toBe('manual');
  });

  it.each(cases)('verifyMfa: %s is an unexpected response, never an approval', async (_name, make) => {
    const { adapter, calls } = setup([make(evilSession)]);
    expect(await failureOf(adapter.verifyMfa!(MFA_CHALLENGE, '123456'))).toMatchObject({ code: 'unexpected_response' });
    expect(calls[0]!.init.redirect).toBe('manual');
  });

  it.each(cases)('describe: %s is ignored, the slugs stay', async (_name, make) => {
    const { adapter, calls } = setup([make({ organization: { name: 'Evil' }, service: { name: 'Phish' } })]);
    expect(await adapter.describe!(serviceContext)).toEqual({});
    expect(calls[0]!.init.redirect).toBe('manual');
  });
});
