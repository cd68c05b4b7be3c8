// Opens the static Storybook (npm run build-storybook) in Debian's Chromium, offline except for
// 127.0.0.1, and photographs a few stories to test-results/storybook/*.png for a human to look at.
// Usage: node .storybook/screenshots.mjs [storybook-static]
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../scripts/chromium.mjs';
import { createServer } from 'node:http';
import { mkdir, readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { chromium } from 'playwright';

const ROOT = resolve(process.argv[2] ?? 'storybook-static');
const OUT = resolve('test-results/storybook');
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

/** [file name, story id, globals, viewport width, text to wait for (the story's final state)] */
const SHOTS = [
  ['confirm-light', 'activatedevice--confirm-linked-code', '', 1000, 'Is this the code on your device?'],
  ['choose-dark', 'activatedevice--choose-dark', '', 1000, 'Choose how to sign in'],
  ['rate-limited-dark', 'activatedevice--error-rate-limited', 'theme:dark', 1000, 'Too many attempts.'],
  ['redirecting-rtl', 'activatedevice--redirecting-rtl', '', 1000, 'Taking you to GitHub'],
  ['mfa-wrong-code-320', 'mfachallenge--wrong-code-narrow', '', 320, "That code didn't work"],
  ['mfa-then-approved', 'activatedevice--mfa-wrong-then-right', '', 1000, 'Return to your device'],
  ['long-names-320', 'providerpicker--long-names-narrow', '', 320, 'Continue with Microsoft'],
  ['network-down', 'activatedevice--error-network-down', '', 1000, "couldn't reach"],
  ['custom-theme', 'activatedevice--custom-theme', '', 1000, 'Yes, it matches'],
  // Languages at 320 px (wait for the screen's state: the text is not English).
  ['lang-entry-de-320', 'activatedevice--entry-de', '', 320, 'css=.ak-root[data-state="entering"]'],
  ['lang-choose-de-320', 'activatedevice--choose-de', '', 320, 'css=.ak-root[data-state="choosing"]'],
  ['lang-rate-limited-de-320', 'activatedevice--rate-limited-de', '', 320, 'css=[role="timer"]'],
  ['lang-confirm-ar-320', 'activatedevice--confirm-ar', '', 320, 'css=.ak-root[data-state="confirming"]'],
  ['lang-code-error-ar-320', 'activatedevice--code-error-ar', '', 320, 'css=[role="alert"]'],
  ['lang-consent-ar-320', 'better-auth-activatedevice--consent-ar', '', 320, 'css=.ak-root[data-state="signingIn"], .ak-root[data-state="consenting"], .ak-root[data-state="entering"]'],
  ['lang-mfa-ja-320', 'activatedevice--mfa-ja', '', 320, 'css=.ak-root[data-state="mfa"]'],
  ['lang-choose-ja-320', 'activatedevice--choose-ja', '', 320, 'css=.ak-root[data-state="choosing"]'],
  ['lang-refused-ja-320', 'activatedevice--refused-ja', '', 320, 'css=.ak-root[data-state="denied"]'],
  ['lang-confirm-pseudo-320', 'activatedevice--confirm-pseudo', '', 320, 'css=.ak-root[data-state="confirming"]'],
  ['lang-choose-pseudo-320', 'activatedevice--choose-pseudo', '', 320, 'css=.ak-root[data-state="choosing"]'],
  ['lang-mfa-recovery-pseudo-320', 'activatedevice--mfa-recovery-pseudo', '', 320, 'css=.ak-root[data-state="mfa"]'],
  ['lang-sign-in-pseudo-320', 'better-auth-activatedevice--sign-in-pseudo', '', 320, 'css=.ak-root[data-state="signingIn"]'],
  // The device display in real packs.
  ['device-waiting-ar', 'device-devicecodedisplay--waiting-arabic', '', 1000, 'css=.ak-device[data-state="waiting"]'],
  ['device-tv-ja', 'device-devicecodedisplay--tv-japanese', '', 1280, 'css=.ak-device[data-layout="tv"]'],
  ['device-unreachable', 'device-devicecodedisplay--unreachable', '', 1000, 'css=.ak-device[data-state="waiting"]'],
  ['device-denied-de-320', 'device-devicecodedisplay--denied-german-narrow', '', 320, 'css=.ak-device[data-state="denied"]'],
  ['docs-activate-device', 'activatedevice--docs', '', 1200, 'Every story below runs the real AuthOS adapter', 'docs'],
  ['docs-introduction', 'introduction--docs', '', 1200, 'Theming with', 'docs'],
  ['docs-mfa-challenge', 'mfachallenge--docs', '', 1200, 'In these stories the challenge is real', 'docs'],
];

const server = createServer(async (request, response) => {
  const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
  let file = join(ROOT, path);
  try {
    if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
    const body = await readFile(file);
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    response.end(body);
  } catch {
    response.writeHead(404).end('not found');
  }
});
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const origin = `http://127.0.0.1:${server.address().port}`;

const browser = await chromium.launch({
  executablePath: CHROMIUM_PATH,
  args: CHROMIUM_ARGS,
});
await mkdir(OUT, { recursive: true });
const problems = [];
try {
  const context = await browser.newContext({ viewport: { width: 1000, height: 900 } });
  // Offline except for the static server: the site must need nothing else.
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(origin)) return route.continue();
    problems.push(`left the machine: ${url}`);
    return route.abort();
  });
  for (const [name, id, globals, width, text, viewMode = 'story'] of SHOTS) {
    const page = await context.newPage();
    page.on('pageerror', (error) => problems.push(`${name}: ${error.message}`));
    page.on('console', (message) => {
      // The stories' own error answers (400, 429, 502, a dead network) are logged by Chromium too.
      if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) problems.push(`${name}: console: ${message.text()}`);
    });
    page.on('response', (response) => {
      if (response.url().startsWith(origin) && response.status() >= 400) problems.push(`${name}: ${response.status()} ${response.url()}`);
    });
    await page.setViewportSize({ width, height: 900 });
    const query = new URLSearchParams({ id, viewMode, ...(globals ? { globals } : {}) });
    await page.goto(`${origin}/iframe.html?${query}`);
    await (text.startsWith('css=') ? page.locator(text.slice(4)) : page.getByText(text)).first().waitFor({ timeout: 15_000 });
    // Let the play function and the a11y run finish (a language story reaches its screen by playing).
    await page.waitForTimeout(viewMode === 'docs' ? 1500 : name.startsWith('lang-') ? 2500 : 600);
    const controlled = await page.evaluate(() => Boolean(navigator.serviceWorker.controller));
    if (!controlled) problems.push(`${name}: the MSW service worker does not control the page`);
    await page.screenshot({ path: join(OUT, `${name}.png`), fullPage: viewMode === 'docs' });
    console.log(`${name}.png  ${id}${globals ? ` (${globals})` : ''}`);
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
}
if (problems.length > 0) {
  console.error(problems.join('\n'));
  process.exitCode = 1;
}
