/**
 * Per-test world: a fresh AuthOS development simulator and a static server for the built app,
 * both on free ports, plus simulated devices (runDevice, in this process) that request codes
 * and poll for their token from another loopback address, like a second machine.
 */
import { test as base, expect, type Page, type Request } from '@playwright/test';
import { runDevice } from '../dev/device-cli.mjs';
import { startSimulatorServer } from '../dev/simulator/node-server.mjs';
import { deviceFetch } from '../scripts/start.mjs';
import { startStaticServer } from '../scripts/static-server.mjs';
import { en } from '../src/i18n/en';
import { checkScreen, expectNoSecretsLeft } from './helpers';

type SimulatorOptions = NonNullable<Parameters<typeof startSimulatorServer>[0]>;
type SimServer = Awaited<ReturnType<typeof startSimulatorServer>>;
type AppServer = Awaited<ReturnType<typeof startStaticServer>>;
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

export interface WorldOptions {
  /** Simulator settings for this test (generation, ttlSeconds, rateLimit, …). */
  simOptions: Partial<SimulatorOptions>;
  /** The app's folder on its server, e.g. `/` or `/tools/activate/`. */
  appBase: string;
  /** config.json: `'default'` points at the simulator; anything else is served as given (null: 404). */
  appConfig: 'default' | Record<string, unknown> | string | null;
  /** Extra config.json settings merged into the default one. */
  configExtras: Record<string, unknown>;
}

export const test = base.extend<WorldOptions & { world: World; pageErrors: Error[] }>({
  simOptions: [{}, { option: true }],
  appBase: ['/', { option: true }],
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
  world: async ({ page, simOptions, appBase, appConfig, configExtras }, provide, testInfo) => {
    // The app's server needs the simulator's address and the simulator the app's: filled in below.
    const backend = { url: '' };
    const app = await startStaticServer({
      base: appBase,
      connectSrc: () => backend.url,
      config: () =>
        appConfig === 'default' ? { adapter: 'authos', baseUrl: backend.url, title: 'Acme Corp', supportUrl: 'https://example.com/help', ...configExtras } : appConfig,
    });
    // Both the activation URI and the platform base are the app's folder. AuthOS sends the
    // service flow back to that origin's /activate/… (path replaced), which the server routes too.
    const appFolder = app.appUrl.replace(/\/$/, '');
    const sim = await startSimulatorServer({
      port: 0,
      appOrigin: appFolder,
      platformBaseUrl: appFolder,
      interval: 1,
      ...simOptions,
    });
    const simUrl = sim.url;
    backend.url = simUrl;

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
    let screens = 0;

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
      async screen(name) {
        screens += 1;
        await checkScreen(page, testInfo, `${String(screens).padStart(2, '0')}-${name}`);
      },
      async expectNoSecretsLeft() {
        await expectNoSecretsLeft(page, [...secrets], app.url);
      },
    };

    await provide(world);

    for (const controller of controllers) controller.abort();
    await Promise.allSettled([sim.close(), app.close()]);
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
