/**
 * The built app behind real servers, as operators host it: Debian's nginx with exactly the repo's
 * deploy/nginx/*.conf (at the origin root and in a folder), and `serve -s` (an SPA host that
 * only falls back to index.html and rewrites nothing). The whole flows run through them: the
 * service flow with MFA (back to /activate/mfa-challenge, one level deeper than /activate) and
 * the platform flow with its fragment (back to /callback).
 */
import { gzipSync } from 'node:zlib';
import type { APIResponse, Page } from '@playwright/test';
import { en } from '../src/i18n/en';
import { expect, test, type World } from './fixtures';
import { platformFlowWithFragment, serviceFlowWithMfa, watchPage } from './flows';

const heading = (page: Page, name: string | RegExp) => page.getByRole('heading', { name, level: 2 });

/** What every response of the app must carry: the strict policy and the other security headers. */
function expectSecurityHeaders(response: APIResponse, world: World) {
  const headers = response.headers();
  expect(headers['content-security-policy']).toBe(
    `default-src 'self'; connect-src 'self' ${world.sim.url}; frame-ancestors 'none'; base-uri 'self'; object-src 'none'`,
  );
  expect(headers['x-frame-options']).toBe('DENY');
  expect(headers['referrer-policy']).toBe('no-referrer');
  expect(headers['x-content-type-options']).toBe('nosniff');
}

/** The files of the app that were fetched while `run` ran, by path. */
async function assetsOf(page: Page, world: World, run: () => Promise<void>) {
  const fetched = new Set<string>();
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.origin === world.app.url && /\/assets\//.test(url.pathname)) fetched.add(url.pathname);
  });
  await run();
  return [...fetched];
}

for (const folder of ['/', '/activate/'] as const) {
  test.describe(`nginx with deploy/nginx/${folder === '/' ? 'activate.conf, at the origin root' : 'activate-subpath.conf, in /activate/'}`, () => {
    test.use({ appHost: 'nginx', appBase: folder });

    test('service flow with MFA and platform flow with its fragment; compressed, cached and under the strict CSP', async ({ page, world, request }) => {
      const watched = await watchPage(page);
      const assets = await assetsOf(page, world, async () => {
        await serviceFlowWithMfa(page, world);
        await world.screen('approved');
        await platformFlowWithFragment(page, world);
      });
      expect(watched.violations, 'CSP violations').toEqual([]);
      expect(watched.consoleErrors, 'console errors').toEqual([]);
      await world.expectNoSecretsLeft();

      // Every text asset the page used comes precompressed, with Vary; hashed ones cached for good.
      expect(assets.some((path) => path.endsWith('.js'))).toBe(true);
      expect(assets.some((path) => path.endsWith('.css'))).toBe(true);
      for (const path of assets) {
        const brotli = await request.get(`${world.app.url}${path}`, { headers: { 'accept-encoding': 'br' } });
        expect(brotli.status(), path).toBe(200);
        expect(brotli.headers()['content-encoding'], path).toBe('br');
        expect(brotli.headers().vary, path).toMatch(/accept-encoding/i);
        expect(brotli.headers()['cache-control'], path).toMatch(/max-age=\d{8,}/);
        expectSecurityHeaders(brotli, world);
        const gzip = await request.get(`${world.app.url}${path}`, { headers: { 'accept-encoding': 'gzip' } });
        // The build writes a .gz only where it is smaller (a chunk of a hundred bytes is not), and
        // then nginx serves the file as it is: the same rule, checked from the file's own bytes.
        const raw = await (await request.get(`${world.app.url}${path}`, { headers: { 'accept-encoding': 'identity' } })).body();
        const gzipPays = gzipSync(raw, { level: 9 }).length < raw.length;
        expect(gzip.headers()['content-encoding'], path).toBe(gzipPays ? 'gzip' : undefined);
      }

      // The document, at every address a backend sends people to: the app, compressed, never cached stale.
      for (const route of ['activate', 'activate/success', 'activate/mfa-challenge', folder === '/' ? 'callback' : 'activate/callback']) {
        const document = await request.get(`${world.app.url}/${route}?x=1`, { headers: { 'accept-encoding': 'br' } });
        expect(document.status(), route).toBe(200);
        expect(document.headers()['content-type'], route).toMatch(/^text\/html/);
        expect(document.headers()['content-encoding'], route).toBe('br');
        expect(document.headers()['cache-control'], route).toBe('no-cache');
        expectSecurityHeaders(document, world);
      }
      const config = await request.get(world.url('config.json'));
      expect(config.headers()['cache-control']).toBe('no-cache');
      expect(await config.json()).toMatchObject({ adapter: 'authos', baseUrl: world.sim.url });
      // A missing asset is a 404, never the page served as a script.
      const missing = await request.get(world.url('assets/index-missing.js'));
      expect(missing.status()).toBe(404);
    });
  });
}

test.describe('serve -s (an SPA host that only falls back to index.html), at the origin root', () => {
  test.use({ appHost: 'serve' });

  test('service flow with MFA, unchanged', async ({ page, world }) => {
    await serviceFlowWithMfa(page, world);
    await world.screen('approved');
    await world.expectNoSecretsLeft();
  });

  test("a linked code at any other address (better-auth's verificationUri, /device) still opens the app", async ({ page, world }) => {
    const device = await world.startDevice();
    await page.goto(world.url(`/device?user_code=${device.code.userCode}`));
    await expect(heading(page, en.confirmTitle)).toBeVisible();
    await expect(page).toHaveURL(world.url('/device'));
  });
});
