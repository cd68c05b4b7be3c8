/** How the built app is hosted: a sub-path, config.json problems, and the strict CSP. */
import type { Page } from '@playwright/test';
import { currentDemoTotp } from '../dev/simulator/core.mjs';
import { en } from '../src/i18n/en';
import { expect, test } from './fixtures';
import { watchPage } from './flows';
import { SCREENS_DIR } from './helpers';
import { say } from '../test/helpers/say';

const heading = (page: Page, name: string | RegExp) => page.getByRole('heading', { name, level: 2 });

test.describe('under a sub-path', () => {
  test.use({ appBase: '/tools/activate/', configExtras: { theme: 'dark', logoUrl: 'favicon.svg', title: 'Acme Tools' } });

  test('service flow with MFA and platform flow, a build for the sub-path, assets and config from it', async ({ page, world }) => {
    const fetched: string[] = [];
    page.on('request', (request) => {
      if (request.url().startsWith(world.app.url)) fetched.push(new URL(request.url()).pathname);
    });

    const device = await world.startDevice();
    expect(device.code.verificationUriComplete).toContain('/tools/activate/activate?user_code=');
    await page.goto(device.code.verificationUriComplete!);
    await expect(heading(page, en.confirmTitle)).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(page.locator('.app-title')).toHaveText('Acme Tools');
    const logo = page.locator('img.app-logo');
    await expect(logo).toHaveAttribute('src', world.url('favicon.svg'));
    expect(await logo.evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth > 0)).toBe(true);
    await world.screen('confirm-dark');

    await page.getByRole('button', { name: en.confirmYes }).click();
    await page.getByRole('button', { name: say(en.continueWith, { provider: 'GitHub' }) }).click();
    await page.getByRole('link', { name: 'Continue as MFA user' }).click();
    // AuthOS keeps only the origin of the activation URI: the service flow returns to /activate/….
    await expect(heading(page, en.mfaTitle)).toBeVisible();
    await expect(page).toHaveURL(`${world.app.url}/activate/mfa-challenge`);
    await page.getByLabel(en.mfaCodeLabel).fill(currentDemoTotp());
    await page.getByRole('button', { name: en.mfaSubmit, exact: true }).click();
    await expect(heading(page, en.approvedTitle)).toBeVisible();
    await world.screen('approved-dark');
    await device.expectToken();

    // The platform base is the sub-path: /tools/activate/callback.
    const admin = await world.startDevice({ admin: true });
    await page.goto(admin.code.verificationUriComplete!);
    await page.getByRole('button', { name: en.confirmYes }).click();
    await page.getByRole('button', { name: say(en.continueWith, { provider: 'Google' }) }).click();
    await page.getByRole('link', { name: 'Continue as demo user' }).click();
    await expect(heading(page, en.approvedTitle)).toBeVisible();
    await expect(page).toHaveURL(world.url('callback'));
    await world.screen('admin-approved-dark');
    await admin.expectToken();

    const outside = fetched.filter((path) => !path.startsWith('/tools/activate/') && !/^\/activate(\/|$)/.test(path));
    expect(outside, 'every request stays in the sub-path (documents aside)').toEqual([]);
    expect(fetched.filter((path) => path.endsWith('config.json'))).toEqual(Array(4).fill('/tools/activate/config.json'));
    expect(fetched.some((path) => path.startsWith('/tools/activate/assets/'))).toBe(true);
    await world.expectNoSecretsLeft();
  });
});

test.describe('config.json problems show an operator-facing page', () => {
  const cases: { name: string; config: string | Record<string, unknown> | null; summary: RegExp; detail: RegExp | string[] }[] = [
    { name: 'missing', config: null, summary: /config\.json, is missing/, detail: /HTTP 404/ },
    { name: 'malformed JSON', config: '{ "adapter": "authos", ', summary: /is not valid JSON/, detail: /does not parse as JSON/ },
    {
      name: 'an HTML page instead of JSON',
      config: '<!doctype html><html><body>index</body></html>',
      summary: /is not valid JSON/,
      detail: /a web page, not JSON/,
    },
    {
      name: 'wrong settings',
      config: { adapter: 'nope', baseUrl: 5, tittle: 'x', theme: 'blue' },
      summary: /has missing or wrong settings/,
      detail: ['"tittle" is not a known setting.', '"adapter" must be one of: authos, better-auth.', '"baseUrl" must be text.', '"theme" must be light, dark or system.'],
    },
    {
      name: 'an unusable backend address',
      config: { adapter: 'authos', baseUrl: 'javascript:alert(1)', supportUrl: 'ftp://example.com' },
      summary: /has missing or wrong settings/,
      detail: ['"baseUrl" must be an http:// or https:// address, or a path on this site.', '"supportUrl" must be an https://, http:// or mailto: address.'],
    },
  ];
  for (const { name, config, summary, detail } of cases) {
    test.describe(name, () => {
      test.use({ appConfig: config });
      test(`config.json ${name}`, async ({ page, world }) => {
        // A deep route: the config is still looked for beside index.html.
        await page.goto(world.url('/activate/success?status=success&device_flow=true'));
        await expect(page.getByRole('heading', { level: 1, name: 'This page is not set up yet' })).toBeVisible();
        await expect(page.locator('.app-config-error')).toContainText(summary);
        await expect(page.locator('.app-facts code')).toHaveText(world.url('config.json'));
        if (Array.isArray(detail)) await expect(page.locator('.app-facts li')).toHaveText(detail);
        else await expect(page.locator('.app-facts dd').nth(1)).toContainText(detail);
        await expect(page.locator('.app-config-error pre')).toContainText('"adapter": "authos"');
        await expect(page).toHaveTitle(/Configuration problem/);
        await world.screen('config-error');
      });
    });
  }

  test("the adapter's chunk does not load (a partial deployment): said so, not a blank page", async ({ page, world }) => {
    await page.route(/\/assets\/authos-[\w-]+\.js$/, (route) => route.fulfill({ status: 404, body: 'Not found' }));
    await page.goto(world.url('activate'));
    await expect(page.getByRole('heading', { level: 1, name: 'This page is not set up yet' })).toBeVisible();
    await expect(page.locator('.app-config-error')).toContainText('names an adapter whose script could not be loaded');
    await expect(page.locator('.app-facts dd').nth(1)).toContainText("The authos adapter's script did not load");
    await world.screen('adapter-not-loaded');
  });

  test('config.json unreachable (on the way back from MFA: the challenge is scrubbed all the same)', async ({ page, world }) => {
    await page.route(world.url('config.json'), (route) => route.abort('connectionrefused'));
    await page.goto(world.url('/activate/mfa-challenge?preauth_token=secret-token&device_code_id=secret-id&user_code=WDJB-MJHT'));
    await expect(page).toHaveURL(world.url('/activate/mfa-challenge?user_code=WDJB-MJHT'));
    await expect(page.locator('.app-config-error')).toContainText('could not be fetched');
    await expect(page.locator('.app-facts dd').nth(1)).toContainText('got no answer');
    await world.screen('config-error');
  });
});

test('strict CSP: served with the header, and no violation anywhere in a full flow', async ({ page, world }) => {
  const { violations, consoleErrors } = await watchPage(page);

  const device = await world.startDevice();
  const response = await page.goto(device.code.verificationUriComplete!);
  const headers = response!.headers();
  expect(headers['content-security-policy']).toBe(
    `default-src 'self'; connect-src 'self' ${world.sim.url}; frame-ancestors 'none'; base-uri 'self'; object-src 'none'`,
  );
  expect(headers['x-frame-options']).toBe('DENY');
  expect(headers['referrer-policy']).toBe('no-referrer');

  await page.getByRole('button', { name: en.confirmYes }).click();
  await page.getByRole('button', { name: say(en.continueWith, { provider: 'GitHub' }) }).click();
  await page.getByRole('link', { name: 'Continue as MFA user' }).click();
  await page.getByLabel(en.mfaCodeLabel).fill(currentDemoTotp());
  await page.getByRole('button', { name: en.mfaSubmit, exact: true }).click();
  await expect(heading(page, en.approvedTitle)).toBeVisible();
  await world.screen('approved');
  await device.expectToken();
  expect(violations, 'CSP violations').toEqual([]);
  expect(consoleErrors, 'console errors').toEqual([]);

  // And the policy is really enforced: inline code is refused and reported.
  const ran = await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.__inlineRan = true';
    document.head.append(script);
    return (window as unknown as { __inlineRan?: boolean }).__inlineRan ?? false;
  });
  expect(ran).toBe(false);
  await expect.poll(() => violations.length).toBe(1);
  expect(violations[0]).toMatch(/^script-src-elem blocked inline/);
});

test.describe('when the app cannot start, the page says so, and which file', () => {
  test('its script does not load: after a while, what happened, what to do, and the file that failed', async ({ page, world }) => {
    let script = '';
    await page.route('**/assets/index-*.js', (route) => {
      script = new URL(route.request().url()).pathname;
      return route.abort();
    });
    await page.goto(world.url('activate'));
    await expect(page.getByText('Loading…')).toBeVisible();
    const alert = page.getByRole('alert');
    await expect(alert).toContainText("This page didn't start", { timeout: 15_000 });
    await expect(alert).toContainText('reload the page');
    expect(script).toMatch(/^\/assets\/index-[\w-]+\.js$/);
    await expect(alert.locator('code').first()).toHaveText(script);
    await world.screen('script-missing');
  });

  test('its stylesheet does not load: the page works, plain, and names the file', async ({ page, world }) => {
    await page.route('**/assets/index-*.css', (route) => route.abort());
    await page.goto(world.url('activate'));
    await expect(heading(page, en.enterTitle)).toBeVisible();
    await expect(page.getByRole('note').filter({ hasText: "styles didn't load" })).toContainText(/\/assets\/index-[\w-]+\.css/);
  });
});

test.describe('JavaScript turned off', () => {
  test.use({ javaScriptEnabled: false });

  test('says the page needs JavaScript, and not "Loading…"', async ({ page, world }) => {
    await page.goto(world.url('activate'));
    // (Playwright's text and role engines need page scripts; innerText is what a person sees.)
    const seen = await page.locator('body').innerText();
    expect(seen).toContain('This page needs JavaScript to connect your device.');
    expect(seen).not.toContain('Loading…');
    expect(seen).not.toContain("This page didn't start");
    await page.screenshot({ path: `${SCREENS_DIR}/javascript-off.png` });
  });
});
