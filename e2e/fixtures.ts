/**
 * Per-test world: a fresh AuthOS development simulator and a static server for the built app,
 * both on free ports, plus simulated devices (runDevice, in this process) that request codes
 * and poll for their token from another loopback address, like a second machine.
 *
 * `betterAuth` is the same for a REAL better-auth server (dev/better-auth/server.mjs, in memory,
 * with a password user and a TOTP user) and its device client (dev/better-auth/device-client.mjs).
 */
import { test as base, expect, type Page, type Request, type TestInfo } from '@playwright/test';
import { URI, type TOTP } from 'otpauth';
import { runBetterAuthDevice, type DeviceOutcome } from '../dev/better-auth/device-client.mjs';
import { startBetterAuthServer } from '../dev/better-auth/server.mjs';
import { runDevice } from '../dev/device-cli.mjs';
import { startSimulatorServer } from '../dev/simulator/node-server.mjs';
import { deviceFetch } from '../scripts/start.mjs';
import { startStaticServer } from '../scripts/static-server.mjs';
import { freePort, startAppHost, type AppHostKind, type AppServer } from './hosts';
import { en } from '../src/i18n/en';
import { checkScreen, expectNoSecretsLeft } from './helpers';

type SimulatorOptions = NonNullable<Parameters<typeof startSimulatorServer>[0]>;
type SimServer = Awaited<ReturnType<typeof startSimulatorServer>>;
type DeviceResult = Awaited<ReturnType<typeof runDevice>>;

export interface DeviceCode {
  userCode: string;
  verificationUri: string;
  verificationUriComplete?: string;
  expiresIn: number;
  interval: number;
}

export interface Device {
  readonly code: DeviceCode;
  /** Settles when the device stops polling: signed in, expired, denied, or cancelled. */
  readonly result: Promise<DeviceResult>;
  /** Resolves once the device holds a token (fails the test otherwise). */
  expectToken(timeoutMs?: number): Promise<void>;
  /** Checks, for `ms`, that no token arrives; then stops the device. */
  expectNoToken(ms?: number): Promise<void>;
}

export interface World {
  readonly sim: SimServer;
  readonly app: AppServer;
  /** An address on the app's server; `path` is relative to the app's folder unless it starts with `/`. */
  url(path?: string): string;
  /** A device asks for a code (service flow, or the platform admin CLI with `admin`). */
  startDevice(options?: { admin?: boolean }): Promise<Device>;
  /** POST /auth/device/verify requests the page made. */
  readonly verifyRequests: Request[];
  /** Codes, pre-auth tokens and device code ids that reached the browser: none may linger. */
  readonly secrets: Set<string>;
  /** Axe (WCAG 2.2 AA), no inline style/script, and a screenshot of the current screen. */
  screen(name: string): Promise<void>;
  /** After a flow: nothing secret in the address bar, history, storage or cookies. */
  expectNoSecretsLeft(): Promise<void>;
}

type BetterAuthOptions = NonNullable<Parameters<typeof startBetterAuthServer>[0]>;
type BetterAuthServer = Awaited<ReturnType<typeof startBetterAuthServer>>;

export interface BetterAuthDevice {
  /** The user code as better-auth sends it (8 characters, no dash) and the links. */
  readonly code: { userCode: string; verificationUri: string; verificationUriComplete: string; expiresIn: number; issuedAt: number };
  /** Settles when the device stops polling (rejects when the test cancelled it). */
  readonly result: Promise<DeviceOutcome>;
  /** Resolves once the device holds a Bearer access token (never printed). */
  expectToken(timeoutMs?: number): Promise<void>;
  /** Resolves once the device has heard `denied` or `expired`. */
  expectOutcome(status: 'denied' | 'expired', timeoutMs?: number): Promise<void>;
}

export interface BetterAuthWorld {
  readonly server: BetterAuthServer;
  readonly app: AppServer;
  /** The seeded accounts: one with a password only, one with a TOTP authenticator too. */
  readonly users: { readonly password: string; readonly plain: string; readonly mfa: string; readonly totp: TOTP };
  /** An address on the app's server (origin-relative with a leading `/`). */
  url(path?: string): string;
  /** A device asks for a code; with `holdPolls`, its polls wait until that promise settles. */
  startDevice(options?: { holdPolls?: Promise<unknown> }): Promise<BetterAuthDevice>;
  /** `GET /device?user_code=…` requests the page made: each one may claim the code. */
  readonly deviceLookups: Request[];
  /** Codes, session tokens and the device's access token: none may be left in the browser. */
  readonly secrets: Set<string>;
  /** Content-Security-Policy violations the page reported. */
  readonly cspViolations: string[];
  /** Axe (WCAG 2.2 AA), no inline style/script, and a screenshot of the current screen. */
  screen(name: string): Promise<void>;
  /** After a flow: nothing secret in the address bar, history, storage or script-visible cookies. */
  expectNoSecretsLeft(): Promise<void>;
}

export interface WorldOptions {
  /** Simulator settings for this test (generation, ttlSeconds, rateLimit, …). */
  simOptions: Partial<SimulatorOptions>;
  /** The app's folder on its server, e.g. `/` or `/tools/activate/`. */
  appBase: string;
  /** Which server hosts the built app (AuthOS worlds): the reference server, nginx, or `serve -s`. */
  appHost: AppHostKind;
  /** config.json: `'default'` points at the simulator; anything else is served as given (null: 404). */
  appConfig: 'default' | Record<string, unknown> | string | null;
  /** Extra config.json settings merged into the default one. */
  configExtras: Record<string, unknown>;
  /** better-auth server settings for this test (expiresIn, rateLimit, …). */
  betterAuthOptions: Partial<BetterAuthOptions>;
}

/** Numbered screens of one test: `01-enter`, `02-confirm`, … */
function screens(page: Page, testInfo: TestInfo) {
  let count = 0;
  return (name: string) => checkScreen(page, testInfo, `${String(++count).padStart(2, '0')}-${name}`);
}

export const test = base.extend<WorldOptions & { world: World; betterAuth: BetterAuthWorld; pageErrors: Error[] }>({
  betterAuthOptions: [{}, { option: true }],
  simOptions: [{}, { option: true }],
  appBase: ['/', { option: true }],
  appHost: ['reference', { option: true }],
  appConfig: ['default', { option: true }],
  configExtras: [{}, { option: true }],

  // Every uncaught error in the page fails the test.
  pageErrors: [
    async ({ page }, provide) => {
      const errors: Error[] = [];
      page.on('pageerror', (error) => errors.push(error));
      await provide(errors);
      expect(errors.map((error) => error.message), 'uncaught page errors').toEqual([]);
    },
    { auto: true },
  ],

  // (`provide` is Playwright's `use`, renamed so the React hooks lint rule leaves it alone.)
  world: async ({ page, simOptions, appBase, appHost, appConfig, configExtras }, provide, testInfo) => {
    // The simulator needs the app's address and the app's server the simulator's (config.json,
    // CSP): the app's port is chosen first. Both the activation URI and the platform base are the
    // app's folder; AuthOS sends the service flow back to that origin's /activate/… (path replaced).
    const port = await freePort();
    const appFolder = `http://127.0.0.1:${port}${appBase}`.replace(/\/$/, '');
    const sim = await startSimulatorServer({
      port: 0,
      appOrigin: appFolder,
      platformBaseUrl: appFolder,
      interval: 1,
      ...simOptions,
    });
    const simUrl = sim.url;
    const config = appConfig === 'default' ? { adapter: 'authos', baseUrl: simUrl, title: 'Acme Corp', supportUrl: 'https://example.com/help', ...configExtras } : appConfig;
    const app = await startAppHost(appHost, { port, base: appBase, backend: simUrl, config });

    const verifyRequests: Request[] = [];
    const secrets = new Set<string>();
    page.on('request', (request) => {
      if (request.method() === 'POST' && request.url() === `${simUrl}/auth/device/verify`) verifyRequests.push(request);
    });
    // Whatever the backend hands the browser on return (the fragment included) is secret.
    page.on('response', (response) => {
      const location = response.headers().location;
      if (!location) return;
      const target = new URL(location, response.url());
      const params = new URLSearchParams(target.search);
      new URLSearchParams(target.hash.slice(1)).forEach((value, key) => params.set(key, value));
      for (const key of ['preauth_token', 'device_code_id', 'user_code']) {
        const value = params.get(key);
        if (value) secrets.add(value);
      }
    });

    const controllers: AbortController[] = [];
    const fetchFromDevice = deviceFetch();

    const world: World = {
      sim,
      app,
      verifyRequests,
      secrets,
      url: (path = '') => (path.startsWith('/') ? `${app.url}${path}` : `${app.appUrl}${path}`),
      async startDevice({ admin = false } = {}) {
        const controller = new AbortController();
        controllers.push(controller);
        let announce!: (code: DeviceCode) => void;
        const announced = new Promise<DeviceCode>((resolve) => (announce = resolve));
        const result = runDevice({ server: simUrl, admin, signal: controller.signal, fetch: fetchFromDevice, log: () => {}, onCode: announce });
        const code = await Promise.race([
          announced,
          result.then((early) => Promise.reject(new Error(`device stopped before showing a code: ${JSON.stringify(early)}`))),
        ]);
        secrets.add(code.userCode);
        secrets.add(code.userCode.replace('-', ''));
        return {
          code,
          result,
          async expectToken(timeoutMs = 15_000) {
            const outcome = await Promise.race([result, sleep(timeoutMs).then(() => ({ status: 'timed out' }))]);
            expect(outcome.status, 'the device receives its token').toBe('success');
          },
          async expectNoToken(ms = 2_500) {
            const outcome = await Promise.race([result, sleep(ms).then(() => null)]);
            expect(outcome?.status ?? 'still waiting', 'the device must not get a token').not.toBe('success');
            controller.abort();
            expect((await result).status).not.toBe('success');
          },
        };
      },
      screen: screens(page, testInfo),
      async expectNoSecretsLeft() {
        await expectNoSecretsLeft(page, [...secrets], app.url);
      },
    };

    await provide(world);

    for (const controller of controllers) controller.abort();
    await Promise.allSettled([sim.close(), app.close()]);
  },

  betterAuth: async ({ page, betterAuthOptions }, provide, testInfo) => {
    // The app's server needs better-auth's address (config.json, CSP) and better-auth the app's
    // (trustedOrigins, verification_uri): the server is filled in below. Both on 127.0.0.1,
    // different ports: the same site, so better-auth's SameSite=Lax session cookie travels.
    const backend = { url: '', baseURL: '' };
    const app = await startStaticServer({
      connectSrc: () => backend.url,
      config: () => ({ adapter: 'better-auth', baseUrl: backend.baseURL, title: 'Acme TV' }),
    });
    const server = await startBetterAuthServer({ port: 0, trustedOrigins: [app.url], appOrigin: app.url, interval: 1, ...betterAuthOptions });
    backend.url = server.url;
    backend.baseURL = server.baseURL;
    const password = 'correct-horse-battery';
    await server.seedUser('ada@example.com', password, { name: 'Ada' });
    const { totpSecret } = await server.seedUser('mfa@example.com', password, { totp: true, name: 'Grace' });
    const totp = URI.parse(`otpauth://totp/e2e?secret=${totpSecret}`) as TOTP;

    const secrets = new Set<string>();
    const deviceLookups: Request[] = [];
    const cspViolations: string[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (request.method() === 'GET' && url.origin === server.url && url.pathname === '/api/auth/device') deviceLookups.push(request);
    });
    // Session tokens in better-auth's answers (the adapter drops them; they must stay dropped).
    page.on('response', async (response) => {
      if (!response.url().startsWith(server.baseURL) || response.request().method() !== 'POST') return;
      const body = await response.json().catch(() => null);
      if (typeof body?.token === 'string' && body.token) secrets.add(body.token);
    });
    await page.exposeFunction('__e2eCspViolation', (text: string) => cspViolations.push(text));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        const report = (window as unknown as { __e2eCspViolation: (text: string) => void }).__e2eCspViolation;
        void report(`${event.violatedDirective} blocked ${event.blockedURI || 'inline'}`);
      });
    });

    // The device's own fetch, from another loopback address: it notes the access token as a
    // secret (never printing it) and, when asked, holds its polls back.
    const fromDevice = deviceFetch();
    const controllers: AbortController[] = [];

    const world: BetterAuthWorld = {
      server,
      app,
      users: { password, plain: 'ada@example.com', mfa: 'mfa@example.com', totp },
      deviceLookups,
      secrets,
      cspViolations,
      url: (path = '') => `${app.url}${path}`,
      async startDevice({ holdPolls } = {}) {
        const controller = new AbortController();
        controllers.push(controller);
        const fetchFromDevice = (async (input: RequestInfo | URL, init?: RequestInit) => {
          const polling = String(input).endsWith('/device/token');
          if (polling && holdPolls) await holdPolls;
          const response = await fromDevice(input, init);
          if (polling && response.ok) {
            const body = await response.clone().json().catch(() => null);
            if (typeof body?.access_token === 'string') secrets.add(body.access_token);
          }
          return response;
        }) as typeof fetch;
        let announce!: (code: BetterAuthDevice['code']) => void;
        const announced = new Promise<BetterAuthDevice['code']>((resolve) => (announce = resolve));
        const result = runBetterAuthDevice({
          baseURL: server.baseURL,
          clientId: 'acme-tv',
          scope: 'openid profile',
          signal: controller.signal,
          fetch: fetchFromDevice,
          onCode: (code: Omit<BetterAuthDevice['code'], 'issuedAt'>) => announce({ ...code, issuedAt: Date.now() }),
        });
        result.catch(() => undefined); // cancelled at the end of the test
        const code = await Promise.race([announced, result.then((early) => Promise.reject(new Error(`device stopped early: ${early.status}`)))]);
        secrets.add(code.userCode);
        secrets.add(`${code.userCode.slice(0, 4)}-${code.userCode.slice(4)}`);
        const settle = (timeoutMs: number) => Promise.race([result, sleep(timeoutMs).then(() => ({ status: 'still polling' }) as const)]);
        return {
          code,
          result,
          async expectToken(timeoutMs = 10_000) {
            const outcome = await settle(timeoutMs);
            // Only the status and token type: the token itself is never printed.
            expect({ status: outcome.status, tokenType: 'tokenType' in outcome ? outcome.tokenType : undefined }, 'the device receives an access token').toEqual({
              status: 'approved',
              tokenType: 'Bearer',
            });
          },
          async expectOutcome(status, timeoutMs = 10_000) {
            expect((await settle(timeoutMs)).status, `the device hears ${status}`).toBe(status);
          },
        };
      },
      screen: screens(page, testInfo),
      async expectNoSecretsLeft() {
        // The session token better-auth keeps in its cookie must not be readable anywhere else.
        for (const cookie of await page.context().cookies(server.url)) {
          const token = decodeURIComponent(cookie.value).split('.')[0];
          if (cookie.name.endsWith('session_token') && token) secrets.add(token);
        }
        await expectNoSecretsLeft(page, [...secrets], app.url, { backendCookies: /^better-auth\./ });
        expect(cspViolations, 'Content-Security-Policy violations').toEqual([]);
      },
    };

    await provide(world);

    for (const controller of controllers) controller.abort();
    await Promise.allSettled([server.close(), app.close()]);
  },
});

export { expect };

function sleep(ms: number) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Types a user code the way a person would, key by key. */
export async function typeCode(page: Page, code: string) {
  const input = page.getByLabel(en.codeLabel);
  await input.click();
  await input.press('ControlOrMeta+a');
  await input.press('Backspace');
  await page.keyboard.type(code, { delay: 5 });
}
