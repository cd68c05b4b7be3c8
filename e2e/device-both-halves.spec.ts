/**
 * Both halves of the device grant in Chromium: the device page (dev/device-page, built with
 * `<DeviceCodeDisplay>`, on its own origin and in its own browser context, like another machine)
 * and the activation app in the test's page, against the AuthOS simulator and a REAL better-auth
 * server. The device page shows the outcome and never the token; its QR code opens the app with
 * the code filled in.
 */
import type { Browser, BrowserContext, Page, TestInfo } from '@playwright/test';
import jsQR from 'jsqr';
import { startDevicePageServer } from '../dev/device-page/serve.mjs';
import { deviceEn } from '../src/i18n/device-en';
import { en } from '../src/i18n/en';
import { say } from '../test/helpers/say';
import { expect, test, type BetterAuthWorld } from './fixtures';
import { checkScreen } from './helpers';

// Two browsers, a backend, axe on each device screen: more room than one-page specs on a busy machine.
test.describe.configure({ timeout: 90_000 });

const heading = (page: Page, name: string | RegExp) => page.getByRole('heading', { name, level: 2 });

interface DeviceTab {
  readonly page: Page;
  /** The code the device shows now. */
  code(): Promise<string>;
  /** `verification_uri_complete` of the first code the device received, as the server sent it. */
  readonly linkSent: Promise<string>;
  /** Access tokens the device page received (captured from the network, never printed). */
  readonly tokens: string[];
  /** Every console message of the device page. */
  readonly console: string[];
  /** Uncaught errors in the device page. */
  readonly errors: string[];
  screen(name: string): Promise<void>;
  close(): Promise<void>;
}

/**
 * Serves the device page with `config` (plus `query` in its address) in a browser context of its
 * own, after `allow` has let its origin through the backend's CORS.
 */
async function openDeviceTab(
  browser: Browser,
  testInfo: TestInfo,
  { config, backend, allow, query = '', viewport = { width: 1000, height: 760 } }: {
    config: Record<string, unknown>;
    backend: string;
    allow: (origin: string) => unknown;
    query?: string;
    viewport?: { width: number; height: number };
  },
): Promise<DeviceTab> {
  const server = await startDevicePageServer({ config: () => config, connectSrc: () => backend });
  await allow(server.url);
  const context: BrowserContext = await browser.newContext({ viewport, locale: 'en-US' });
  const page = await context.newPage();
  const tokens: string[] = [];
  const messages: string[] = [];
  const errors: string[] = [];
  page.on('console', (message) => messages.push(message.text()));
  page.on('pageerror', (error) => errors.push(error.message));
  // The device's two POSTs pass through the test on their way (unchanged), so it can read what
  // the server sent: Chromium may drop a cross-origin response's body before a listener reads it.
  let announceLink!: (link: string) => void;
  const linkSent = new Promise<string>((resolve) => (announceLink = resolve));
  await page.route(/\/(auth\/device\/code|device\/code|auth\/token|device\/token)$/, async (route) => {
    if (route.request().method() !== 'POST') return route.continue();
    const response = await route.fetch();
    const body = await response.json().catch(() => null);
    if (typeof body?.verification_uri_complete === 'string') announceLink(body.verification_uri_complete);
    if (typeof body?.access_token === 'string') tokens.push(body.access_token);
    await route.fulfill({ response });
  });
  await page.goto(`${server.url}/${query}`);
  let count = 0;
  return {
    page,
    linkSent,
    tokens,
    console: messages,
    errors,
    async code() {
      const text = page.locator('.ak-device-code-text');
      await expect(text).toBeVisible();
      return (await text.textContent()) ?? '';
    },
    screen: (name) => checkScreen(page, testInfo, `device-${String(++count).padStart(2, '0')}-${name}`),
    async close() {
      expect(errors, 'uncaught errors in the device page').toEqual([]);
      await context.close();
      await server.close();
    },
  };
}

/** The QR code on the device page, drawn to a canvas and read back with jsQR. */
async function readQrCode(device: DeviceTab): Promise<string | undefined> {
  const svg = await device.page.locator('svg.ak-device-qr-code').evaluate((element) => {
    const copy = element.cloneNode(true) as SVGSVGElement;
    copy.setAttribute('width', '400');
    copy.setAttribute('height', '400');
    return new XMLSerializer().serializeToString(copy);
  });
  // Drawn in a blank tab of the same browser: the device page's CSP (rightly) refuses data: images.
  const canvasTab = await device.page.context().newPage();
  const pixels = await canvasTab.evaluate(async (markup) => {
    const image = new Image();
    image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(markup)}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = canvas.height = 400;
    const context = canvas.getContext('2d')!;
    context.drawImage(image, 0, 0, 400, 400);
    return Array.from(context.getImageData(0, 0, 400, 400).data);
  }, svg);
  await canvasTab.close();
  return jsQR(Uint8ClampedArray.from(pixels), 400, 400)?.data;
}

/** Approved on the device tab: its title and sentence, and not one copy of the token anywhere in it. */
async function expectApprovedWithoutToken(device: DeviceTab) {
  await expect(device.page.locator('.ak-device')).toHaveAttribute('data-state', 'approved');
  await expect(device.page.getByRole('heading', { name: deviceEn.approvedTitle })).toBeVisible();
  await expect(device.page.getByText(deviceEn.approvedBody)).toBeVisible();
  await expect.poll(() => device.tokens.length, 'the device page received a token').toBeGreaterThan(0);
  const html = await device.page.content();
  // Reported by its length only: a failing test must not print the token.
  expect(device.tokens.filter((token) => html.includes(token)).map((token) => `${token.length} characters`), 'the token in the DOM').toEqual([]);
  expect(device.tokens.filter((token) => device.console.some((line) => line.includes(token))).length, 'the token in the console').toBe(0);
  const stored = await device.page.evaluate(() => JSON.stringify([Object.entries(localStorage), Object.entries(sessionStorage), document.cookie]));
  expect(device.tokens.filter((token) => stored.includes(token)).length, 'the token in storage').toBe(0);
}

async function expectOutcome(device: DeviceTab, status: 'denied' | 'expired') {
  await expect(device.page.locator('.ak-device')).toHaveAttribute('data-state', status, { timeout: 12_000 });
  await expect(device.page.getByRole('heading', { name: status === 'denied' ? deviceEn.deniedTitle : deviceEn.expiredTitle })).toBeVisible();
  expect(device.tokens).toEqual([]);
}

/** "Get a new code" after an outcome shows another code. */
async function expectNewCode(device: DeviceTab, before: string) {
  await device.page.getByRole('button', { name: deviceEn.newCode }).click();
  await expect(device.page.locator('.ak-device')).toHaveAttribute('data-state', 'waiting');
  const after = await device.code();
  expect(after).not.toBe(before);
  expect(after).toMatch(/^[A-Z0-9-]{8,9}$/);
}

test.describe('AuthOS simulator', () => {
  // Both tabs call the simulator from 127.0.0.1 and the device polls every second.
  test.use({ simOptions: { rateLimit: { enabled: false } } });

  const authosConfig = (server: string) => ({ backend: 'authos', server, clientId: 'acme-cli', org: 'acme', service: 'cli', title: 'Acme TV' });

  test('approve in the app: the device page says approved and never shows the token; its QR code opens the app with the code filled in', async ({ page, world, browser }, testInfo) => {
    const device = await openDeviceTab(browser, testInfo, {
      config: { ...authosConfig(world.sim.url), layout: 'tv' },
      backend: world.sim.url,
      allow: (origin) => world.sim.simulator.allowOrigin(origin),
      query: '?layout=standard',
    });
    const code = await device.code();
    await expect(device.page).toHaveTitle('Acme TV');
    await expect(device.page.locator('.ak-device')).toHaveAttribute('data-layout', 'standard');
    // http:// stays in the address shown (only https:// goes without saying).
    await expect(device.page.locator('.ak-device-url')).toHaveText(`${world.app.url}/activate`);
    await device.screen('waiting-standard');

    const link = await readQrCode(device);
    expect(link).toBe(await device.linkSent);
    expect(link).toBe(`${world.app.url}/activate?user_code=${code}`);
    await page.goto(link!);
    await expect(heading(page, en.confirmTitle)).toBeVisible();
    await expect(page.locator('.ak-code')).toHaveText(code);
    await page.getByRole('button', { name: en.confirmYes }).click();
    await page.getByRole('button', { name: say(en.continueWith, { provider: 'GitHub' }) }).click();
    await page.getByRole('link', { name: 'Continue as demo user' }).click();
    await expect(heading(page, en.approvedTitle)).toBeVisible();

    await expectApprovedWithoutToken(device);
    await expect(device.page.getByRole('button')).toHaveCount(0);
    await device.screen('approved');
    await device.close();
  });

  test('"This wasn\'t me" in the app: AuthOS has no deny route, so the device page keeps waiting and gets nothing', async ({ page, world, browser }, testInfo) => {
    const device = await openDeviceTab(browser, testInfo, {
      config: { ...authosConfig(world.sim.url), layout: 'tv', theme: 'dark' },
      backend: world.sim.url,
      allow: (origin) => world.sim.simulator.allowOrigin(origin),
      viewport: { width: 1280, height: 720 },
    });
    await expect(device.page.locator('.ak-device')).toHaveAttribute('data-layout', 'tv');
    await expect(device.page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await device.screen('waiting-tv-dark');
    await page.goto(await device.linkSent);
    await page.getByRole('button', { name: en.notMe }).click();
    await expect(heading(page, en.deniedTitle)).toBeVisible();
    // Three more polls, still pending (contract §6: "This wasn't me" only ends the page).
    await device.page.waitForTimeout(3_000);
    await expect(device.page.locator('.ak-device')).toHaveAttribute('data-state', 'waiting');
    expect(device.tokens).toEqual([]);
    await device.close();
  });

  test.describe('with codes that live 3 seconds', () => {
    test.use({ simOptions: { rateLimit: { enabled: false }, ttlSeconds: 3 } });

    test('nobody enters the code: expired, and "Get a new code" shows a new one', async ({ world, browser }, testInfo) => {
      const device = await openDeviceTab(browser, testInfo, {
        config: { ...authosConfig(world.sim.url), theme: 'dark' },
        backend: world.sim.url,
        allow: (origin) => world.sim.simulator.allowOrigin(origin),
      });
      const first = await device.code();
      await expectOutcome(device, 'expired');
      await device.screen('expired-dark');
      await expectNewCode(device, first);
      await device.close();
    });
  });
});

test.describe('better-auth', () => {
  const betterAuthConfig = (world: BetterAuthWorld) => ({ backend: 'better-auth', baseURL: world.server.baseURL, clientId: 'acme-tv', scope: 'openid profile', title: 'Acme TV' });
  const openFor = (browser: Browser, testInfo: TestInfo, world: BetterAuthWorld, extra: Record<string, unknown> = {}, query = '') =>
    openDeviceTab(browser, testInfo, {
      config: { ...betterAuthConfig(world), ...extra },
      backend: world.server.url,
      allow: (origin) => world.server.allowOrigin(origin),
      query,
      viewport: { width: 1280, height: 720 },
    });

  async function signInAndAnswer(page: Page, world: BetterAuthWorld, link: string, code: string, answer: 'approve' | 'deny') {
    await page.goto(link);
    await page.getByLabel(en.emailLabel).fill(world.users.plain);
    await page.getByLabel(en.passwordLabel).fill(world.users.password);
    await page.getByRole('button', { name: en.signInSubmit, exact: true }).click();
    await expect(heading(page, en.consentTitle)).toBeVisible();
    // The app shows the code as the device page does: in two groups of four.
    await expect(page.locator('.ak-code')).toHaveText(code);
    await page.getByRole('button', { name: answer === 'approve' ? en.approve : en.deny, exact: true }).click();
  }

  test('Allow in the app: the TV page says approved and never shows the token; its QR code opens the app with the code filled in', async ({ page, betterAuth: world, browser }, testInfo) => {
    const device = await openFor(browser, testInfo, world, { layout: 'tv' });
    const code = await device.code();
    // better-auth sends XZGS2YRJ; the screen shows it grouped, and the link carries it as sent.
    expect(code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    await device.screen('waiting-tv');
    const link = await readQrCode(device);
    expect(link).toBe(await device.linkSent);
    expect(link).toBe(`${world.app.url}/activate?user_code=${code.replace('-', '')}`);
    await signInAndAnswer(page, world, link!, code, 'approve');
    await expect(heading(page, en.confirmedTitle)).toBeVisible();

    await expectApprovedWithoutToken(device);
    await device.screen('approved-tv');
    await device.close();
  });

  test('Deny in the app: the device page says denied, and "Get a new code" shows a new one', async ({ page, betterAuth: world, browser }, testInfo) => {
    const device = await openFor(browser, testInfo, world, {}, '?theme=dark');
    const code = await device.code();
    await signInAndAnswer(page, world, await device.linkSent, code, 'deny');
    await expect(heading(page, en.deniedTitle)).toBeVisible();
    await expectOutcome(device, 'denied');
    await device.screen('denied-dark');
    await expectNewCode(device, code);
    await device.close();
  });

  test.describe('with codes that live 3 seconds', () => {
    test.use({ betterAuthOptions: { expiresIn: 3 } });

    test('nobody enters the code: expired, and "Get a new code" shows a new one', async ({ betterAuth: world, browser }, testInfo) => {
      const device = await openFor(browser, testInfo, world, { layout: 'tv' });
      const first = await device.code();
      await expectOutcome(device, 'expired');
      await expect(device.page.getByRole('button', { name: deviceEn.newCode })).toBeFocused();
      await device.screen('expired-tv');
      await expectNewCode(device, first);
      await device.close();
    });
  });
});

test('the language follows ?locale= and sets <html lang dir>', async ({ world, browser }, testInfo) => {
  world.sim.simulator.setRateLimit({ enabled: false });
  const device = await openDeviceTab(browser, testInfo, {
    config: { backend: 'authos', server: world.sim.url, clientId: 'acme-cli', org: 'acme', service: 'cli', locale: 'en' },
    backend: world.sim.url,
    allow: (origin) => world.sim.simulator.allowOrigin(origin),
    query: '?locale=ar',
  });
  await expect(device.page.locator('html')).toHaveAttribute('lang', 'ar');
  await expect(device.page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(device.page.locator('.ak-device')).toHaveAttribute('data-state', 'waiting');
  await expect(device.page.locator('.ak-device-code-text')).toHaveAttribute('dir', 'ltr');
  await device.screen('waiting-ar');
  await device.close();
});
