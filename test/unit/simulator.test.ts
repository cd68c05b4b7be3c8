// @vitest-environment node
// The AuthOS development simulator (dev/simulator) must behave like the contract in
// /work/shared/authos-contract.md, or every story and e2e test built on it lies.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { Secret, TOTP } from 'otpauth';
import { setupServer } from 'msw/node';
import {
  createSimulator,
  DEMO_RECOVERY_CODES,
  DEMO_TOTP_SECRET,
  type Simulator,
  type SimulatorOptions,
} from '../../dev/simulator/core.mjs';
import { startSimulatorServer } from '../../dev/simulator/node-server.mjs';
import { createSimulatorHandlers } from '../../dev/simulator/msw-handlers.mjs';
import { runDevice } from '../../dev/device-cli.mjs';

const APP = 'http://127.0.0.1:5173';
const START = Date.UTC(2026, 0, 1, 12, 0, 0);
const USER_CODE = /^[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}$/;

function setup(options: SimulatorOptions = {}) {
  const clock = { now: START };
  const sim = createSimulator({ appOrigin: APP, now: () => clock.now, ...options });
  return { sim, clock, advance: (ms: number) => (clock.now += ms) };
}

function call(sim: Simulator, method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
  const res = sim.handle({
    method,
    url: `http://authos.test${path}`,
    headers: { 'content-type': 'application/json', origin: APP, ...headers },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
  // Loosely typed on purpose: each test asserts the exact shape it expects.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  let json: any;
  try {
    json = JSON.parse(res.body);
  } catch {
    json = undefined;
  }
  return { ...res, json };
}

const verify = (sim: Simulator, userCode: string) => call(sim, 'POST', '/auth/device/verify', { user_code: userCode });
const poll = (sim: Simulator, deviceCode: string, clientId = 'acme-cli') =>
  call(sim, 'POST', '/auth/token', {
    grant_type: 'urn:ietf:params:oauth:grant-type:device_code',
    device_code: deviceCode,
    client_id: clientId,
  });

function expectError(res: ReturnType<typeof call>, status: number, error: string, errorCode: string) {
  expect(res.status).toBe(status);
  expect(res.json).toEqual({ error, error_code: errorCode, timestamp: expect.any(String) });
}

/** Walks the simulated provider page: GET /auth/{provider}, then follows one of its links. */
function signIn(sim: Simulator, loginPath: string, choice: 'demo' | 'mfa' | 'cancel') {
  const page = call(sim, 'GET', loginPath);
  expect(page.status).toBe(200);
  const href = new RegExp(`href="([^"]*as=${choice})"`).exec(page.body)?.[1];
  expect(href).toBeDefined();
  return call(sim, 'GET', href!.replaceAll('&#38;', '&'));
}

const serviceLogin = (code: string, provider = 'github') => `/auth/${provider}?org=acme&service=cli&user_code=${code}`;
const adminLogin = (code: string) => `/auth/admin/google?org_slug=platform&user_code=${code}`;
const totpAt = (timestamp: number) =>
  new TOTP({ secret: Secret.fromBase32(DEMO_TOTP_SECRET), digits: 6, period: 30 }).generate({ timestamp });

describe('device code issuance', () => {
  it('issues XXXX-XXXX codes from the AuthOS alphabet, from JSON or form bodies', () => {
    const { sim } = setup({ interval: 7 });
    const jsonRes = call(sim, 'POST', '/auth/device/code', { client_id: 'acme-cli', org: 'acme', service: 'cli' });
    const form = sim.handle({
      method: 'POST',
      url: '/auth/device/code',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'client_id=acme-cli&org=acme&service=cli',
    });
    for (const body of [jsonRes.json, JSON.parse(form.body)]) {
      expect(body.user_code).toMatch(USER_CODE);
      expect(body).toMatchObject({
        verification_uri: `${APP}/activate`,
        verification_uri_complete: `${APP}/activate?user_code=${body.user_code}`,
        expires_in: 900,
        interval: 7,
      });
      expect(body.device_code).toEqual(expect.any(String));
    }
  });

  it('makes platform-admin codes for client platform-admin-cli or org platform', () => {
    const { sim } = setup({ platformBaseUrl: 'http://127.0.0.1:5174/' });
    const a = call(sim, 'POST', '/auth/device/code', { client_id: 'platform-admin-cli', org: 'platform', service: 'admin-cli' });
    const b = call(sim, 'POST', '/auth/device/code', { client_id: 'anything', org: 'platform', service: 'x' });
    for (const res of [a, b]) {
      expect(res.json.verification_uri).toBe('http://127.0.0.1:5174/activate');
      expect(verify(sim, res.json.user_code).json).toEqual({
        org_slug: 'platform',
        service_slug: 'admin-cli',
        available_providers: ['github', 'google', 'microsoft'],
      });
    }
  });

  it('rejects malformed JSON and unknown services with the AuthOS error body', () => {
    const { sim } = setup();
    expectError(call(sim, 'POST', '/auth/device/code', '{nope'), 400, expect.stringContaining('JSON') as never, 'BAD_REQUEST');
    expectError(
      call(sim, 'POST', '/auth/device/code', { client_id: 'x', org: 'acme', service: 'nope' }),
      400, 'Invalid client credentials', 'BAD_REQUEST',
    );
  });
});

describe('verify', () => {
  it('answers the context and providers for a fresh code', () => {
    const { sim } = setup();
    const code = sim.issueCode();
    const res = verify(sim, code.user_code);
    expect(res.status).toBe(200);
    expect(res.json).toEqual({ org_slug: 'acme', service_slug: 'cli', available_providers: ['github', 'google', 'microsoft'] });
  });

  it('newer generation: one uniform 400 for every unusable code', () => {
    const { sim, advance } = setup();
    const expired = sim.issueCode();
    advance(900_000);
    const used = sim.issueCode();
    sim.authorize(used.user_code);
    const consumed = sim.issueCode();
    sim.authorize(consumed.user_code);
    poll(sim, consumed.device_code);
    const mfaBound = sim.issueCode();
    signIn(sim, serviceLogin(mfaBound.user_code), 'mfa');
    for (const userCode of ['ABC', 'abcd-efgh', 'AAAA-AAAA', expired.user_code, used.user_code, consumed.user_code, mfaBound.user_code]) {
      expectError(verify(sim, userCode), 400, 'Invalid or unavailable user code', 'BAD_REQUEST');
    }
  });

  it('older generation: distinct errors, expiry by the injected clock', () => {
    const { sim, advance } = setup({ generation: 'older' });
    const code = sim.issueCode();
    expectError(verify(sim, 'ABCDEFGH'), 400, 'Invalid user code format', 'BAD_REQUEST');
    expectError(verify(sim, 'AAAA-AAAA'), 400, 'Invalid user code', 'BAD_REQUEST');
    advance(899_000);
    expect(verify(sim, code.user_code).status).toBe(200);
    advance(1_000);
    expectError(verify(sim, code.user_code), 400, 'Device code expired', 'DEVICE_CODE_EXPIRED');
    const done = sim.issueCode();
    sim.authorize(done.user_code);
    expectError(verify(sim, done.user_code), 400, 'Device already authorized', 'BAD_REQUEST');
    sim.setGeneration('newer');
    expectError(verify(sim, done.user_code), 400, 'Invalid or unavailable user code', 'BAD_REQUEST');
  });

  it('passes an empty provider list through untouched', () => {
    const { sim } = setup();
    sim.setProviders('acme', []);
    expect(verify(sim, sim.issueCode().user_code).json.available_providers).toEqual([]);
  });

  it('404 NOT_FOUND once the organisation or service is removed', () => {
    const { sim } = setup({ generation: 'older' });
    const a = sim.issueCode();
    const b = sim.issueCode();
    sim.removeOrg('acme', 'cli');
    expectError(verify(sim, a.user_code), 404, 'Service not found', 'NOT_FOUND');
    sim.removeOrg('acme');
    expectError(verify(sim, b.user_code), 404, 'Organization not found', 'NOT_FOUND');
    sim.reset();
    expect(sim.options.generation).toBe('older');
    expect(verify(sim, a.user_code).status).toBe(400); // codes are gone after reset
    expect(verify(sim, sim.issueCode().user_code).status).toBe(200); // and the org is back
  });
});

describe('rate limiting', () => {
  it('shares one device bucket per IP across code, verify and token; 429 is plain text', () => {
    const { sim, advance } = setup();
    const code = sim.issueCode();
    for (let i = 0; i < 5; i++) expect(verify(sim, code.user_code).status).toBe(200);
    for (let i = 0; i < 5; i++) expect(poll(sim, code.device_code).status).toBe(400);
    advance(1_000);
    const limited = verify(sim, code.user_code);
    expect(limited.status).toBe(429);
    expect(limited.body).toBe('Too Many Requests! Wait for 4s');
    expect(limited.headers).toMatchObject({
      'content-type': expect.stringContaining('text/plain'),
      'retry-after': '4',
      'x-ratelimit-after': '4',
      'access-control-allow-origin': APP,
      'access-control-expose-headers': 'retry-after, x-ratelimit-after',
    });
    expect(sim.handle({ method: 'POST', url: '/auth/device/verify', body: { user_code: code.user_code }, ip: '10.0.0.2' }).status).toBe(200);
    advance(4_000);
    expect(verify(sim, code.user_code).status).toBe(200);
    expect(verify(sim, code.user_code).status).toBe(429);
    sim.setRateLimit({ enabled: false });
    for (let i = 0; i < 20; i++) expect(verify(sim, code.user_code).status).toBe(200);
  });

  it('limits MFA verification to a burst of 3, then one per second', () => {
    const { sim, advance } = setup();
    const body = { preauth_token: 'nope', code: '000000' };
    for (let i = 0; i < 3; i++) expect(call(sim, 'POST', '/api/auth/mfa/verify', body).status).toBe(401);
    const limited = call(sim, 'POST', '/api/auth/mfa/verify', body);
    expect([limited.status, limited.body, limited.headers['retry-after']]).toEqual([429, 'Too Many Requests! Wait for 1s', '1']);
    advance(1_000);
    expect(call(sim, 'POST', '/api/auth/mfa/verify', body).status).toBe(401);
  });
});

describe('display names', () => {
  it('answers /api/auth/context with organisation and service names', () => {
    const { sim } = setup();
    const res = call(sim, 'GET', '/api/auth/context?org=acme&service=cli');
    expect(res.json).toMatchObject({ organization: { name: 'Acme Corp' }, service: { name: 'Acme CLI' } });
    expectError(call(sim, 'GET', '/api/auth/context?org=acme&service=gone'), 404, 'Service not found', 'NOT_FOUND');
  });
});

describe('provider hop', () => {
  it('renders a labelled, script-free provider page and redirects exactly like AuthOS', () => {
    const { sim } = setup({ appOrigin: `${APP}/some/path/` });
    const code = sim.issueCode();
    const page = call(sim, 'GET', serviceLogin(code.user_code));
    expect(page.headers['content-type']).toContain('text/html');
    expect(page.headers['content-security-policy']).toContain("default-src 'none'");
    expect(page.body).toContain('Simulated GitHub sign-in — development simulator');
    expect(page.body).not.toMatch(/<script|<style|\son\w+=/i);
    for (const label of ['Continue as demo user', 'Continue as MFA user', 'Cancel']) expect(page.body).toContain(label);
    const done = signIn(sim, serviceLogin(code.user_code, 'microsoft'), 'demo');
    expect(done.status).toBe(302);
    expect(done.headers.location).toBe(`${APP}/activate/success?status=success&device_flow=true`);
    expect(poll(sim, code.device_code).json).toMatchObject({ token_type: 'Bearer', expires_in: 3600 });
  });

  it('validates the login query for both flows', () => {
    const { sim } = setup({ orgs: [{ slug: 'acme', name: 'Acme Corp', providers: ['github'], services: [{ slug: 'cli', name: 'Acme CLI' }] }] });
    const code = sim.issueCode().user_code;
    const admin = sim.issueCode({ admin: true }).user_code;
    expect(call(sim, 'GET', `${serviceLogin(code)}&redirect_uri=${encodeURIComponent(APP)}`).status).toBe(400);
    expect(call(sim, 'GET', `/auth/github?org=acme&user_code=${code}`).status).toBe(400);
    expect(call(sim, 'GET', serviceLogin(code, 'google')).status).toBe(400); // not configured for the org
    expect(call(sim, 'GET', serviceLogin(code, 'gitlab')).status).toBe(400);
    expect(call(sim, 'GET', `/auth/admin/github?user_code=${admin}`).status).toBe(403);
    expect(call(sim, 'GET', `/auth/admin/github?org_slug=acme&user_code=${admin}`).status).toBe(403);
    expect(call(sim, 'GET', '/auth/admin/github?org_slug=platform').status).toBe(403);
    expect(call(sim, 'GET', adminLogin(admin)).status).toBe(200);
    expect(call(sim, 'GET', adminLogin(code)).status).toBe(400); // a service code is not an admin code
  });

  it('Cancel: an AuthOS error page for the service flow, /callback?error= for the platform flow', () => {
    const { sim } = setup();
    const code = sim.issueCode();
    const cancelled = signIn(sim, serviceLogin(code.user_code), 'cancel');
    expect(cancelled.status).toBe(400);
    expect(cancelled.headers['content-type']).toContain('text/html');
    expect(cancelled.headers.location).toBeUndefined();
    expect(poll(sim, code.device_code).json.error_code).toBe('DEVICE_CODE_PENDING');
    const admin = sim.issueCode({ admin: true });
    const location = new URL(signIn(sim, adminLogin(admin.user_code), 'cancel').headers.location!);
    expect(`${location.origin}${location.pathname}`).toBe(`${APP}/callback`);
    expect(location.searchParams.get('error')).toBe('access_denied');
  });

  it('MFA user, service flow: query parameters on /activate/mfa-challenge; the device stays pending', () => {
    const { sim } = setup();
    const code = sim.issueCode();
    const location = new URL(signIn(sim, serviceLogin(code.user_code), 'mfa').headers.location!);
    expect(`${location.origin}${location.pathname}`).toBe(`${APP}/activate/mfa-challenge`);
    expect(Object.fromEntries(location.searchParams)).toEqual({
      preauth_token: expect.any(String),
      device_code_id: code.device_code_id,
      user_code: code.user_code,
    });
    expect(poll(sim, code.device_code).json.error_code).toBe('DEVICE_CODE_PENDING');
  });

  it('platform flow: /callback success, MFA in the fragment, legacy marker on request', () => {
    for (const legacyMfaFragment of [false, true]) {
      const { sim } = setup({ platformBaseUrl: 'http://127.0.0.1:4000', legacyMfaFragment });
      const ok = sim.issueCode({ admin: true });
      expect(signIn(sim, adminLogin(ok.user_code), 'demo').headers.location).toBe('http://127.0.0.1:4000/callback?device_flow_status=success');
      const mfa = sim.issueCode({ admin: true });
      const location = signIn(sim, adminLogin(mfa.user_code), 'mfa').headers.location!;
      const marker = legacyMfaFragment ? 'mfa_challenge=true' : 'mfa_required=true';
      expect(location).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:4000/callback#${marker}&preauth_token=[^&]+&device_code_id=${mfa.device_code_id}&user_code=${mfa.user_code}$`));
    }
  });

  it('quirk: a code that expired at the provider still lands on /activate/success', () => {
    const { sim } = setup();
    const code = sim.issueCode();
    const page = call(sim, 'GET', serviceLogin(code.user_code));
    sim.expireCode(code.user_code);
    const href = /href="([^"]*as=demo)"/.exec(page.body)![1]!.replaceAll('&#38;', '&');
    expect(call(sim, 'GET', href).headers.location).toBe(`${APP}/activate/success?status=success&device_flow=true`);
    expectError(poll(sim, code.device_code), 400, 'Device code expired', 'DEVICE_CODE_EXPIRED');
  });
});

describe('MFA verification', () => {
  function challenge(sim: Simulator) {
    const code = sim.issueCode();
    const location = new URL(signIn(sim, serviceLogin(code.user_code), 'mfa').headers.location!);
    return { code, token: location.searchParams.get('preauth_token')!, id: location.searchParams.get('device_code_id')! };
  }
  const mfa = (sim: Simulator, body: object) => call(sim, 'POST', '/api/auth/mfa/verify', body);

  it('accepts the demo TOTP, returns a session and authorises the device; the token is single use', () => {
    const { sim, clock } = setup({ rateLimit: { enabled: false } });
    const { code, token, id } = challenge(sim);
    expectError(mfa(sim, { preauth_token: token, code: '000000', device_code_id: id }), 401, 'Invalid MFA code', 'UNAUTHORIZED');
    const ok = mfa(sim, { preauth_token: token, code: totpAt(clock.now), device_code_id: id });
    expect(ok.status).toBe(200);
    expect(ok.json).toEqual({ access_token: expect.any(String), refresh_token: expect.any(String), expires_in: expect.any(Number) });
    expectError(mfa(sim, { preauth_token: token, code: totpAt(clock.now), device_code_id: id }), 400, 'Invalid pre-authentication token', 'BAD_REQUEST');
    expect(poll(sim, code.device_code).json.token_type).toBe('Bearer');
  });

  it('recovery codes work once each', () => {
    const { sim } = setup({ rateLimit: { enabled: false } });
    const first = challenge(sim);
    const recovery = DEMO_RECOVERY_CODES[0]!;
    expect(mfa(sim, { preauth_token: first.token, code: recovery, device_code_id: first.id }).status).toBe(200);
    const second = challenge(sim);
    expectError(mfa(sim, { preauth_token: second.token, code: recovery, device_code_id: second.id }), 401, 'Invalid MFA code', 'UNAUTHORIZED');
    expect(mfa(sim, { preauth_token: second.token, code: DEMO_RECOVERY_CODES[1]!, device_code_id: second.id }).status).toBe(200);
  });

  it('pre-auth tokens expire after five minutes; unknown tokens are 401', () => {
    const { sim, clock, advance } = setup({ rateLimit: { enabled: false } });
    const { token, id } = challenge(sim);
    advance(5 * 60_000);
    expectError(mfa(sim, { preauth_token: token, code: totpAt(clock.now), device_code_id: id }), 401, 'Token expired', 'TOKEN_EXPIRED');
    expect(mfa(sim, { preauth_token: 'forged', code: totpAt(clock.now), device_code_id: id }).status).toBe(401);
  });

  it('400 when the device context is wrong or expired', () => {
    const { sim, clock } = setup({ rateLimit: { enabled: false } });
    const a = challenge(sim);
    const b = challenge(sim);
    const message = 'Device authorization context is invalid or expired';
    expectError(mfa(sim, { preauth_token: a.token, code: totpAt(clock.now), device_code_id: b.id }), 400, message, 'BAD_REQUEST');
    sim.expireCode(b.code.user_code);
    expectError(mfa(sim, { preauth_token: b.token, code: totpAt(clock.now), device_code_id: b.id }), 400, message, 'BAD_REQUEST');
  });
});

describe('token polling', () => {
  it('pending, then a Bearer token once, then invalid; expired; bad grant or client', () => {
    const { sim, advance } = setup({ rateLimit: { enabled: false } });
    const code = sim.issueCode();
    expectError(poll(sim, code.device_code), 400, 'Authorization pending', 'DEVICE_CODE_PENDING');
    sim.authorize(code.user_code);
    expectError(poll(sim, code.device_code, 'someone-else'), 400, 'Invalid device code', 'BAD_REQUEST');
    const ok = poll(sim, code.device_code);
    expect(ok.json).toEqual({ access_token: expect.any(String), token_type: 'Bearer', expires_in: 3600, refresh_token: expect.any(String) });
    expectError(poll(sim, code.device_code), 400, 'Invalid device code', 'BAD_REQUEST');
    const late = sim.issueCode();
    advance(900_000);
    expectError(poll(sim, late.device_code), 400, 'Device code expired', 'DEVICE_CODE_EXPIRED');
    const bad = call(sim, 'POST', '/auth/token', { grant_type: 'authorization_code', device_code: late.device_code, client_id: 'acme-cli' });
    expectError(bad, 400, 'Invalid grant type', 'BAD_REQUEST');
  });
});

describe('CORS', () => {
  it('answers preflight and labels JSON responses for the configured origin only', () => {
    const { sim } = setup({ corsOrigins: [APP, 'http://localhost:6006'] });
    const pre = call(sim, 'OPTIONS', '/auth/device/verify', undefined, { origin: 'http://localhost:6006', 'access-control-request-headers': 'content-type' });
    expect(pre.status).toBe(204);
    expect(pre.headers).toMatchObject({
      'access-control-allow-origin': 'http://localhost:6006',
      'access-control-allow-methods': expect.stringContaining('POST'),
      'access-control-allow-headers': 'content-type',
    });
    const res = call(sim, 'GET', '/api/auth/context?org=acme&service=cli', undefined, { origin: 'https://evil.test' });
    expect(res.headers['access-control-allow-origin']).toBe(APP);
    expect(res.headers['access-control-expose-headers']).toBe('retry-after, x-ratelimit-after');
  });
});

describe('transports', () => {
  const cleanups: Array<() => unknown> = [];
  afterEach(async () => {
    while (cleanups.length) await cleanups.pop()!();
  });

  it('MSW handlers forward to the same simulator', async () => {
    const sim = createSimulator({ appOrigin: APP });
    const server = setupServer(...createSimulatorHandlers(sim, { baseUrl: 'https://authos.test/' }));
    server.listen({ onUnhandledRequest: 'error' });
    cleanups.push(() => server.close());
    const code = sim.issueCode();
    const res = await fetch('https://authos.test/auth/device/verify', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ user_code: code.user_code }),
    });
    expect(await res.json()).toMatchObject({ org_slug: 'acme' });
    const hop = await fetch(`https://authos.test${serviceLogin(code.user_code)}`);
    expect(await hop.text()).toContain('development simulator');
  });

  it('end to end: node server on port 0 + device CLI logic, approved through the helper', async () => {
    const server = await startSimulatorServer({ port: 0, interval: 0.02, appOrigin: APP });
    cleanups.push(() => server.close());
    const lines: string[] = [];
    const result = await runDevice({
      server: server.url,
      log: (line) => lines.push(line),
      onCode: (info) => {
        expect(info.userCode).toMatch(USER_CODE);
        expect(info.verificationUriComplete).toBe(`${APP}/activate?user_code=${info.userCode}`);
        setTimeout(() => server.simulator.authorize(info.userCode), 60);
      },
    });
    expect(result).toEqual({ status: 'success', tokenType: 'Bearer', expiresIn: 3600 });
    expect(lines.join('\n')).not.toContain('sim_at_');
  });

  it('end to end: slows down on 429 and reports expiry', async () => {
    const server = await startSimulatorServer({ interval: 0.02, appOrigin: APP, rateLimit: { deviceBurst: 2, deviceRefillMs: 1_000 } });
    cleanups.push(() => server.close());
    const lines: string[] = [];
    const result = await runDevice({
      server: server.url,
      slowDownStepMs: 20,
      log: (line) => lines.push(line),
      onCode: (info) => {
        setTimeout(() => {
          server.simulator.setRateLimit({ enabled: false });
          server.simulator.expireCode(info.userCode);
        }, 150);
      },
    });
    expect(result).toEqual({ status: 'expired' });
    expect(lines.join('\n')).toMatch(/slow down; polling every 0\.04 s/);
  });

  it('the real CLI process exits 0 once approved and never prints the token', async () => {
    const server = await startSimulatorServer({ interval: 0.02, appOrigin: APP });
    cleanups.push(() => server.close());
    const cli = fileURLToPath(new URL('../../dev/device-cli.mjs', import.meta.url));
    const child = spawn(process.execPath, ['--import', 'tsx', cli, '--server', server.url], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const userCode = /user_code=([A-Z0-9]{4}-[A-Z0-9]{4})/.exec(out)?.[1];
      if (userCode && server.simulator.inspect(userCode)?.status === 'pending') server.simulator.authorize(userCode);
    });
    const exitCode = await new Promise((resolve) => child.on('exit', resolve));
    expect(exitCode).toBe(0);
    expect(out).toContain('DEVELOPMENT');
    expect(out).toContain('Signed in');
    expect(out).not.toContain('sim_at_');
  });
});
