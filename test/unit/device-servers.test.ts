// @vitest-environment node
// authorizeDevice against the REAL servers that run here: the AuthOS development simulator on
// loopback, and a real better-auth 1.7 (approve and deny through the better-auth adapter, as the
// /activate page does). Real clock, real fetch, short intervals.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startBetterAuthServer, type BetterAuthServer } from '../../dev/better-auth/server.mjs';
import { startSimulatorServer } from '../../dev/simulator/node-server.mjs';
import { createBetterAuthAdapter } from '../../src/adapters/better-auth';
import {
  authorizeDevice,
  authosDialect,
  betterAuthDialect,
  type DeviceClock,
  type DeviceCode,
  type DeviceDialect,
  type DeviceState,
} from '../../src/device/index';
import { createCookieFetch } from '../helpers/cookie-fetch';

const APP = 'http://127.0.0.1:5173';

/** Starts a session; `code` resolves with what the device shows. */
function start(dialect: DeviceDialect, extra: { clock?: DeviceClock; slowDownStep?: number } = {}) {
  const controller = new AbortController();
  const states: DeviceState[] = [];
  let shown!: (code: DeviceCode) => void;
  const code = new Promise<DeviceCode>((resolve) => (shown = resolve));
  const outcome = authorizeDevice({
    dialect,
    signal: controller.signal,
    ...extra,
    onState: (state) => {
      states.push(state);
      if (state.status === 'waiting') shown(state.code);
    },
  });
  outcome.catch(() => undefined);
  return { code, outcome, states, stop: () => controller.abort() };
}

/** Lengthens what the device believes about a code's life, so the server is the one to end it. */
const trustServerExpiry = (dialect: DeviceDialect): DeviceDialect => ({
  ...dialect,
  readCode: (answer, now) => {
    const read = dialect.readCode(answer, now);
    return 'deviceCode' in read ? { ...read, code: { ...read.code, expiresIn: 60, expiresAt: now + 60_000 } } : read;
  },
});

describe('against the AuthOS simulator', () => {
  const cleanups: (() => unknown)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0)) await cleanup();
  });
  const simulator = async (options: Parameters<typeof startSimulatorServer>[0] = {}) => {
    const server = await startSimulatorServer({ port: 0, interval: 0.05, appOrigin: APP, ...options });
    cleanups.push(() => server.close());
    return { server, dialect: authosDialect({ server: server.url, clientId: 'acme-cli', org: 'acme', service: 'cli' }) };
  };

  it('approve → the token', async () => {
    const { server, dialect } = await simulator();
    const session = start(dialect);
    const code = await session.code;
    expect(code).toMatchObject({ userCode: expect.stringMatching(/^[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}$/), verificationUri: `${APP}/activate`, interval: 0.05, expiresIn: 900 });
    expect(code.verificationUriComplete).toBe(`${APP}/activate?user_code=${code.userCode}`);
    setTimeout(() => server.simulator.authorize(code.userCode), 150);
    const outcome = await session.outcome;
    expect(outcome).toEqual({ status: 'approved', token: expect.objectContaining({ access_token: expect.stringMatching(/^sim_at_/), token_type: 'Bearer', expires_in: 3600 }) });
    expect(session.states.map((s) => s.status)).toEqual(['requesting', 'waiting', 'approved']);
    expect(JSON.stringify(session.states)).not.toContain('sim_at_');
  });

  it('platform admin CLI codes come from the platform org', async () => {
    const { server } = await simulator({ platformBaseUrl: 'http://127.0.0.1:5174' });
    const session = start(authosDialect({ server: server.url, clientId: 'platform-admin-cli', org: 'platform', service: 'admin-cli' }));
    const code = await session.code;
    expect(code.verificationUri).toBe('http://127.0.0.1:5174/activate');
    server.simulator.authorize(code.userCode);
    expect((await session.outcome).status).toBe('approved');
  });

  it('short TTL → expired: by its own deadline, and when the server says DEVICE_CODE_EXPIRED', async () => {
    // Rate limiting off: at 50 ms a poll, two sessions would empty the bucket (burst 10 per 5 s).
    const { dialect } = await simulator({ ttlSeconds: 0.4, rateLimit: { enabled: false } });
    const own = start(dialect);
    expect(await own.outcome).toEqual({ status: 'expired' });
    expect(own.states.at(-1)?.status).toBe('expired');
    const told = start(trustServerExpiry(dialect));
    expect(await told.outcome).toEqual({ status: 'expired' });
  });

  it('the rate limiter’s plain-text 429: slows down, waits, keeps polling, then gets the token', async () => {
    const { server, dialect } = await simulator({ rateLimit: { deviceBurst: 2, deviceRefillMs: 1_000 } });
    // Burst 2: the code request and the first poll pass; the second poll hears "Wait for 1s".
    const limited = start(dialect, { slowDownStep: 0.05 });
    const second = await limited.code;
    setTimeout(() => server.simulator.authorize(second.userCode), 400);
    const began = Date.now();
    expect((await limited.outcome).status).toBe('approved');
    expect(Date.now() - began).toBeGreaterThanOrEqual(900);
    expect(limited.states.filter((s) => s.status === 'slow_down').map((s) => (s.status === 'slow_down' ? s.interval : 0))).toEqual([0.1]);
  });

  it('an unknown service is client_refused; an unreachable server is network', async () => {
    const { server } = await simulator();
    const gone = await startSimulatorServer({ port: 0 });
    await gone.close();
    const refused = await authorizeDevice({ dialect: authosDialect({ server: server.url, clientId: 'x', org: 'acme', service: 'nope' }) });
    expect(refused).toEqual({ status: 'error', error: { code: 'client_refused', detail: 'Invalid client credentials', status: 400 } });
    const unreachable = await authorizeDevice({ dialect: authosDialect({ server: gone.url, clientId: 'acme-cli', org: 'acme', service: 'cli' }) });
    expect(unreachable).toMatchObject({ status: 'error', error: { code: 'network' } });
  });
});

describe('against a real better-auth server', () => {
  const PASSWORD = 'correct-horse-battery';
  let server: BetterAuthServer;
  beforeAll(async () => {
    server = await startBetterAuthServer({ port: 0, trustedOrigins: [APP], appOrigin: APP, interval: 1, expiresIn: 120 });
    await server.seedUser('ada@example.com', PASSWORD, { name: 'Ada' });
  });
  afterAll(() => server?.close());

  const dialect = () => betterAuthDialect({ baseURL: server.baseURL, clientId: 'acme-tv', scope: 'openid profile' });

  /** The /activate page: signs in, looks the code up (claiming it), then approves or denies. */
  async function decide(userCode: string, decision: 'approve' | 'deny') {
    const adapter = createBetterAuthAdapter({ baseUrl: server.baseURL, fetch: createCookieFetch(APP) });
    await adapter.signIn!.withPassword('ada@example.com', PASSWORD);
    const context = await adapter.verify(userCode);
    await (decision === 'approve' ? adapter.approve!(context) : adapter.deny!(context));
  }

  it('approve → the token', async () => {
    const session = start(dialect());
    const code = await session.code;
    expect(code).toMatchObject({ userCode: expect.stringMatching(/^[A-Z2-9]{8}$/), verificationUri: `${APP}/activate`, interval: 1, expiresIn: 120 });
    expect(code.verificationUriComplete).toBe(`${APP}/activate?user_code=${code.userCode}`);
    await decide(code.userCode, 'approve');
    const outcome = await session.outcome;
    expect(outcome).toEqual({ status: 'approved', token: expect.objectContaining({ access_token: expect.any(String), token_type: 'Bearer', scope: 'openid profile' }) });
    expect(session.states.map((s) => s.status)).toEqual(['requesting', 'waiting', 'approved']);
  });

  it('deny → denied', async () => {
    const session = start(dialect());
    await decide((await session.code).userCode, 'deny');
    expect(await session.outcome).toEqual({ status: 'denied' });
    expect(session.states.at(-1)?.status).toBe('denied');
  });

  it('polling too fast (a clock that cheats) → the server’s slow_down, and the client backs off', async () => {
    const hurried: DeviceClock = { now: () => Date.now(), sleep: (ms, signal) => new Promise((resolve, reject) => {
      const timer = setTimeout(resolve, ms / 4);
      signal?.addEventListener('abort', () => (clearTimeout(timer), reject(signal.reason)), { once: true });
    }) };
    const session = start(dialect(), { clock: hurried });
    await session.code;
    await expect.poll(() => session.states.some((s) => s.status === 'slow_down'), { timeout: 5_000 }).toBe(true);
    expect(session.states.find((s) => s.status === 'slow_down')).toMatchObject({ interval: 6 });
    session.stop();
  });
});

describe('against a real better-auth server with a short TTL', () => {
  let server: BetterAuthServer;
  beforeAll(async () => {
    server = await startBetterAuthServer({ port: 0, trustedOrigins: [APP], appOrigin: APP, interval: 1, expiresIn: 2 });
  });
  afterAll(() => server?.close());

  it('short TTL → expired: by its own deadline, and when the server says expired_token', async () => {
    const dialect = betterAuthDialect({ baseURL: server.baseURL, clientId: 'acme-tv' });
    const own = start(dialect);
    expect((await own.code).expiresIn).toBe(2);
    expect(await own.outcome).toEqual({ status: 'expired' });
    const told = start(trustServerExpiry(dialect));
    expect(await told.outcome).toEqual({ status: 'expired' });
    // The server ended it, not the device's deadline (which trustServerExpiry set a minute out).
    expect(told.states.at(-1)).toMatchObject({ status: 'expired' });
  }, 15_000);
});
