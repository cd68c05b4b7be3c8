/**
 * The built app with `{ "adapter": "better-auth" }` against a REAL better-auth server (in memory,
 * on 127.0.0.1) and a device polling its /device/token: sign in on the page, confirm the code,
 * then explicit Allow or Deny. The real-browser counterpart of test/component/better-auth-flow.test.tsx.
 */
import type { Page } from '@playwright/test';
import type { TOTP } from 'otpauth';
import { en } from '../src/i18n/en';
import { expect, test, typeCode, type BetterAuthWorld } from './fixtures';
import { say } from '../test/helpers/say';
import { waitText } from '../src/i18n/error-text';

const heading = (page: Page, name: string | RegExp) => page.getByRole('heading', { name, level: 2 });
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** better-auth's codes are shown `ABCD-EFGH`. */
const shown = (code: string) => `${code.slice(0, 4)}-${code.slice(4)}`;

async function signIn(page: Page, world: BetterAuthWorld, email: string, password = world.users.password) {
  await expect(heading(page, en.signInTitle)).toBeVisible();
  await page.getByLabel(en.emailLabel).fill(email);
  await page.getByLabel(en.passwordLabel).fill(password);
  await page.getByRole('button', { name: en.signInSubmit, exact: true }).click();
}

/** A 6-digit code that no window around now accepts. */
function wrongTotp(totp: TOTP) {
  for (let offset = 1; ; offset++) {
    const candidate = String((Number(totp.generate()) + offset * 137_911) % 1_000_000).padStart(6, '0');
    if (totp.validate({ token: candidate, window: 3 }) === null) return candidate;
  }
}

test.describe('better-auth', () => {
  test('link, sign in, compare the code and Allow on one screen: the device receives a Bearer token', async ({ page, betterAuth: world }) => {
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
    });
    const device = await world.startDevice();
    expect(device.code.verificationUriComplete).toBe(`${world.url('/activate')}?user_code=${device.code.userCode}`);
    const response = await page.goto(device.code.verificationUriComplete);
    // The strict CSP lets the page reach exactly its own origin and better-auth's.
    expect(response!.headers()['content-security-policy']).toContain(`connect-src 'self' ${world.server.url};`);
    await expect(heading(page, en.signInTitle)).toBeVisible();
    await expect(page).toHaveTitle('Acme TV');
    await world.screen('sign-in');

    await signIn(page, world, 'nobody@example.com');
    await expect(page.locator('[role="alert"][data-code="invalid_credentials"]')).toHaveText(en.invalidCredentials);
    await expect(page).toHaveURL(world.url('/activate'));
    await expect(page.locator('.app-title')).toHaveText('Acme TV');
    await world.screen('sign-in-wrong-password');
    // Nothing was looked up (so nothing claimed) while nobody is signed in; the first request,
    // "who is signed in?", left before React rendered.
    expect(world.deviceLookups).toHaveLength(0);
    const timing = await page.evaluate(() => ({
      session: performance.getEntriesByType('resource').find((entry) => entry.name.endsWith('/api/auth/get-session'))?.startTime,
      render: performance.getEntriesByName('activate-app:render')[0]?.startTime,
    }));
    expect(timing.session, 'session request started before render').toBeLessThanOrEqual(timing.render!);

    await signIn(page, world, world.users.plain);
    // One screen compares the linked code with the device (RFC 8628 §5.4) and asks Allow / Deny.
    await expect(heading(page, en.consentTitle)).toBeVisible();
    await expect(page.locator('.ak-code')).toHaveText(shown(device.code.userCode));
    await expect(page.getByRole('button', { name: en.confirmYes })).toHaveCount(0);
    await expect(page.getByRole('group', { name: en.contextLabel })).toContainText('acme-tv');
    await world.screen('consent');
    await page.getByRole('button', { name: en.approve, exact: true }).click();
    // better-auth confirmed it (`success: true`), so the page says the device was approved.
    await expect(heading(page, en.confirmedTitle)).toBeVisible();
    await world.screen('approved');
    await device.expectToken();

    // The code was looked up once, after sign-in: that lookup claimed it for this session.
    expect(world.deviceLookups.map((request) => new URL(request.url()).search)).toEqual([`?user_code=${device.code.userCode}`]);
    // Only this deployment's adapter was downloaded.
    expect(scripts.some((path) => /\/assets\/better-auth-[\w-]+\.js$/.test(path))).toBe(true);
    expect(scripts.filter((path) => /\/assets\/authos-/.test(path))).toEqual([]);
    await world.expectNoSecretsLeft();
  });

  test('Deny ("this wasn\'t me") on the linked code\'s screen: the device hears access_denied; Back, Forward, reload and the link again never offer Allow', async ({ page, betterAuth: world }) => {
    // The device's polls wait until the browser checks are done: better-auth deletes a denied
    // code once the device has heard it, and the page is first tried while it still exists.
    let browserDone!: () => void;
    const device = await world.startDevice({ holdPolls: new Promise<void>((resolve) => (browserDone = resolve)) });
    await page.goto(world.url('/activate'));
    await expect(heading(page, en.enterTitle)).toBeVisible();
    await page.goto(device.code.verificationUriComplete);
    await signIn(page, world, world.users.plain);
    await expect(heading(page, en.consentTitle)).toBeVisible();
    await expect(page.locator('.ak-code')).toHaveText(shown(device.code.userCode));
    await page.getByRole('button', { name: en.deny, exact: true }).click();

    await expect(heading(page, en.deniedTitle)).toBeVisible();
    await expect(page.getByText(en.notMeToldBody)).toBeVisible();
    await world.screen('denied');

    const allow = page.getByRole('button', { name: en.approve, exact: true });
    const settled = heading(page, new RegExp(`^(${[en.enterTitle, en.deniedTitle].map(escapeRegExp).join('|')})$`));
    await page.goBack();
    await expect(heading(page, en.enterTitle)).toBeVisible();
    await expect(allow).toHaveCount(0);
    await world.screen('after-back');
    await page.goForward();
    // Fresh (the address carries no code any more) or restored as it was left: denied.
    await expect(settled).toBeVisible();
    await expect(allow).toHaveCount(0);
    await world.screen('after-forward');
    await page.reload();
    await expect(heading(page, en.enterTitle)).toBeVisible();
    await expect(page.getByLabel(en.codeLabel)).toHaveValue('');
    await expect(allow).toHaveCount(0);
    await world.screen('after-reload');

    // The link once more, still signed in: this request was already answered (not "used": it was denied).
    await page.goto(device.code.verificationUriComplete);
    await expect(page.locator('[role="alert"][data-code="already_answered"]')).toHaveText(en.alreadyAnswered);
    await expect(allow).toHaveCount(0);
    await world.screen('link-again');

    browserDone();
    await device.expectOutcome('denied');
    // Once the device has heard it, better-auth forgets the code.
    await page.goto(device.code.verificationUriComplete);
    await expect(page.locator('[role="alert"][data-code="invalid_code"]')).toHaveText(en.invalidCode);
    await expect(allow).toHaveCount(0);
    await world.screen('link-after-device-heard');
    expect(world.deviceLookups).toHaveLength(3);
    await world.expectNoSecretsLeft();
  });

  test('TOTP user: a wrong code, then the right one; Allow gives the device its token', async ({ page, betterAuth: world }) => {
    const device = await world.startDevice();
    await page.goto(device.code.verificationUriComplete);
    await signIn(page, world, world.users.mfa);

    await expect(heading(page, en.mfaTitle)).toBeVisible();
    await world.screen('mfa');
    const input = page.getByLabel(en.mfaCodeLabel);
    const wrong = wrongTotp(world.users.totp);
    await input.fill(wrong);
    await page.getByRole('button', { name: en.mfaSubmit, exact: true }).click();
    await expect(page.locator('[role="alert"][data-code="mfa_wrong_code"]')).toHaveText(en.mfaWrongCode);
    await expect(input).toHaveValue(wrong);
    await expect(input).toBeFocused();
    await world.screen('mfa-wrong-code');
    expect(world.deviceLookups).toHaveLength(0);

    await input.fill(world.users.totp.generate());
    await page.getByRole('button', { name: en.mfaSubmit, exact: true }).click();
    await page.getByRole('button', { name: en.approve, exact: true }).click();
    await expect(heading(page, en.confirmedTitle)).toBeVisible();
    await device.expectToken();
    expect(world.deviceLookups).toHaveLength(1);
    await world.expectNoSecretsLeft();
  });

  test.describe('short-lived codes', () => {
    const EXPIRES_S = 4;
    test.use({ betterAuthOptions: { expiresIn: EXPIRES_S } });

    test('signed in already: the link goes straight to consent; the code expires before Allow, and the page says so', async ({ page, betterAuth: world }) => {
      // Signed in earlier on this site (the session cookie is shared with the page).
      const session = await page.request.post(`${world.server.baseURL}/sign-in/email`, {
        data: { email: world.users.plain, password: world.users.password },
        headers: { origin: world.app.url },
      });
      expect(session.status()).toBe(200);
      // The device's polls wait until the page has spoken, so the page (not a poll) meets the expiry.
      let pageDone!: () => void;
      const device = await world.startDevice({ holdPolls: new Promise<void>((resolve) => (pageDone = resolve)) });
      await page.goto(device.code.verificationUriComplete);
      await expect(heading(page, en.consentTitle)).toBeVisible();
      expect(world.deviceLookups).toHaveLength(1);

      await page.waitForTimeout(Math.max(0, device.code.issuedAt + EXPIRES_S * 1000 + 300 - Date.now()));
      await page.getByRole('button', { name: en.approve, exact: true }).click();
      await expect(heading(page, en.expiredTitle)).toBeVisible();
      await expect(page.getByRole('button', { name: en.approve, exact: true })).toHaveCount(0);
      await world.screen('expired');
      pageDone();
      await device.expectOutcome('expired');
      await world.expectNoSecretsLeft();
    });
  });

  test('a typed code: malformed, then unknown (kept in the field), then the right one', async ({ page, betterAuth: world }) => {
    const device = await world.startDevice();
    await page.goto(world.url('/activate'));
    await expect(page.getByLabel(en.codeLabel)).toBeFocused();
    await world.screen('enter');
    const submit = page.getByRole('button', { name: en.submitCode, exact: true });

    // Malformed (0 is not in better-auth's alphabet): caught in the page, nothing sent.
    await typeCode(page, 'WDJB-MJH0');
    await submit.click();
    await expect(page.locator('.ak-problem')).toHaveText(say(en.codeInvalidCharacter, { character: '0', name: en.digitZero, position: 8 }));
    await world.screen('malformed');

    // Well-formed but unknown: sign in first (a lookup would claim it), then better-auth says no.
    const unknown = device.code.userCode === 'WDJBMJHT' ? 'WDJB-MJHK' : 'WDJB-MJHT';
    await typeCode(page, unknown);
    await submit.click();
    await signIn(page, world, world.users.plain);
    await expect(page.locator('[role="alert"][data-code="invalid_code"]')).toHaveText(en.invalidCode);
    await expect(page.getByLabel(en.codeLabel)).toHaveValue(unknown);
    await world.screen('unknown-code');

    await typeCode(page, device.code.userCode.toLowerCase());
    await expect(page.getByLabel(en.codeLabel)).toHaveValue(shown(device.code.userCode));
    await submit.click();
    // Typed, so nothing to confirm: straight to consent.
    await expect(heading(page, en.consentTitle)).toBeVisible();
    await page.getByRole('button', { name: en.approve, exact: true }).click();
    await expect(heading(page, en.confirmedTitle)).toBeVisible();
    await device.expectToken();
    expect(world.deviceLookups).toHaveLength(2);
    await world.expectNoSecretsLeft();
  });

  test.describe('rate limited', () => {
    const WINDOW_S = 3;
    test.use({ betterAuthOptions: { rateLimit: { enabled: true, device: { window: WINDOW_S, max: 1 } } } });

    test('one lookup per window: the countdown shows, then the retry goes through', async ({ page, betterAuth: world }) => {
      const device = await world.startDevice();
      await page.goto(world.url('/activate'));
      const submit = page.getByRole('button', { name: en.submitCode, exact: true });
      const unknown = device.code.userCode === 'WDJBMJHT' ? 'WDJB-MJHK' : 'WDJB-MJHT';
      await typeCode(page, unknown);
      await submit.click();
      await signIn(page, world, world.users.plain);
      await expect(page.locator('[role="alert"][data-code="invalid_code"]')).toBeVisible();

      await typeCode(page, device.code.userCode);
      await submit.click();
      const notice = page.locator('[role="alert"][data-code="rate_limited"]');
      const counting = new RegExp(`^(${Array.from({ length: WINDOW_S }, (_, index) => escapeRegExp(waitText(en, index + 1))).join('|')})$`);
      await expect(notice).toContainText(en.rateLimited);
      await expect(notice.getByRole('timer')).toHaveText(counting);
      await expect(submit).toBeDisabled();
      await expect(page.getByLabel(en.codeLabel)).toHaveValue(shown(device.code.userCode));
      await world.screen('rate-limited');

      await expect(notice.getByRole('timer')).toHaveText(en.rateLimitOver, { timeout: (WINDOW_S + 2) * 1000 });
      await submit.click();
      await expect(heading(page, en.consentTitle)).toBeVisible();
      await page.getByRole('button', { name: en.approve, exact: true }).click();
      await expect(heading(page, en.confirmedTitle)).toBeVisible();
      await device.expectToken();
      expect(world.deviceLookups).toHaveLength(3);
      await world.expectNoSecretsLeft();
    });
  });
});
