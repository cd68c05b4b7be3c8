import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, type TestInfo } from '@playwright/test';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';

/** WCAG 2.2 AA: every A and AA rule up to 2.2. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export const SCREENS_DIR = join('test-results', 'e2e-screens');

/** URL parameters that carry secrets or codes; none may stay in the address bar. */
const SECRET_PARAMS = ['user_code', 'preauth_token', 'device_code_id', 'access_token', 'refresh_token'];

function slug(text: string) {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 70);
}

/**
 * One screen of the flow: nothing inline (the strict CSP must hold), zero axe violations, and a
 * screenshot in test-results/e2e-screens/.
 */
export async function checkScreen(page: Page, testInfo: TestInfo, name: string) {
  const inline = await page.evaluate(() => ({
    styleAttributes: [...document.querySelectorAll('[style]')].map((element) => `<${element.tagName.toLowerCase()} style="${element.getAttribute('style')}">`),
    styleElements: document.querySelectorAll('style').length,
    inlineScripts: [...document.scripts].filter((script) => !script.src).length,
  }));
  expect(inline, 'no inline styles or scripts (CSP without unsafe-inline)').toEqual({ styleAttributes: [], styleElements: 0, inlineScripts: 0 });

  const axe = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  const violations = axe.violations.map((violation) => `${violation.id}: ${violation.help} — ${violation.nodes.map((node) => node.html).join(' | ')}`);
  expect(violations, `axe violations on "${name}"`).toEqual([]);

  // Playwright's screenshot (hiding the caret) leaves an empty style="" on the focused field;
  // undo exactly that afterwards, so the next screen's inline check sees only what the app did.
  await page.evaluate(() => {
    for (const element of document.querySelectorAll('*:not([style])')) element.setAttribute('data-e2e-unstyled', '');
  });
  await mkdir(SCREENS_DIR, { recursive: true });
  const file = `${slug(testInfo.titlePath.slice(1).join(' '))}--${name}.png`;
  await page.screenshot({ path: join(SCREENS_DIR, file), fullPage: true });
  await page.evaluate(() => {
    for (const element of document.querySelectorAll('[data-e2e-unstyled]')) {
      element.removeAttribute('data-e2e-unstyled');
      if (element.getAttribute('style') === '') element.removeAttribute('style');
    }
  });
}

/**
 * Nothing secret after a flow: not in the address bar, not in any history entry of the app
 * (walked back one by one), not in localStorage, sessionStorage or cookies. `backendCookies`
 * names the backend's own session cookies (better-auth's): allowed, but only httpOnly, so the
 * page's scripts never see them.
 */
export async function expectNoSecretsLeft(page: Page, secrets: string[], appOrigin: string, { backendCookies }: { backendCookies?: RegExp } = {}) {
  // A leak is reported by its first characters and length: a failing test must not print a token.
  const leaks = (text: string) => secrets.filter((secret) => secret && text.includes(secret)).map((secret) => `${secret.slice(0, 4)}… (${secret.length} characters)`);
  const checkUrl = (url: string, where: string) => {
    const parsed = new URL(url);
    const params = new URLSearchParams(parsed.search);
    new URLSearchParams(parsed.hash.slice(1)).forEach((value, key) => params.set(key, value));
    expect(SECRET_PARAMS.filter((name) => params.has(name)), `secret parameters in ${where}: ${url}`).toEqual([]);
    expect(leaks(decodeURIComponent(url)), `secrets in ${where}: ${url}`).toEqual([]);
  };

  checkUrl(page.url(), 'the address bar');
  const storage = await page.evaluate(() => ({
    local: Object.entries(localStorage),
    session: Object.entries(sessionStorage),
    cookie: document.cookie,
  }));
  expect(storage, 'nothing stored in the browser').toEqual({ local: [], session: [], cookie: '' });
  const all = await page.context().cookies();
  const backend = all.filter((cookie) => backendCookies?.test(cookie.name));
  expect(backend.filter((cookie) => !cookie.httpOnly).map((cookie) => cookie.name), "the backend's cookies are httpOnly").toEqual([]);
  const cookies = all.filter((cookie) => !backend.includes(cookie));
  expect(cookies.filter((cookie) => leaks(`${cookie.name}=${cookie.value}`).length > 0).map((cookie) => cookie.name), 'no secret in any cookie').toEqual([]);
  expect(cookies.filter((cookie) => appOrigin.includes(cookie.domain)).map((cookie) => cookie.name), 'the app sets no cookies').toEqual([]);

  // Back through history: every entry of the app must be clean. (The backend's own pages, such
  // as the simulated provider, carry the code in their URL by design; they are not the app's.)
  for (let step = 0; step < 6; step++) {
    const before = page.url();
    const response = await page.goBack({ waitUntil: 'domcontentloaded' }).catch(() => null);
    const now = page.url();
    if (!response && now === before) break;
    if (now.startsWith(appOrigin)) checkUrl(now, `history entry −${step + 1}`);
  }
}
