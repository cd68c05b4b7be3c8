/** The service flow (org `acme`, service `cli`) through the built app, end to end. */
import type { Page } from '@playwright/test';
import { currentDemoTotp } from '../dev/simulator/core.mjs';
import { en } from '../src/i18n/en';
import { expect, test, typeCode, type World } from './fixtures';
import { say } from '../test/helpers/say';
import { waitText } from '../src/i18n/error-text';

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const heading = (page: Page, name: string | RegExp) => page.getByRole('heading', { name, level: 2 });

/** From the provider picker through the simulated provider, as the demo or the MFA user. */
async function signInAt(page: Page, provider: 'GitHub' | 'Google' | 'Microsoft', as: 'demo user' | 'MFA user' | 'Cancel') {
  await page.getByRole('button', { name: say(en.continueWith, { provider: provider }) }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Simulated ${provider} sign-in — development simulator` })).toBeVisible();
  await page.getByRole('link', { name: as === 'Cancel' ? 'Cancel' : `Continue as ${as}` }).click();
}

/** A device asks for a code; its link is opened and the prefilled code confirmed, reaching the provider picker. */
async function confirmLinkedCode(page: Page, world: World) {
  const device = await world.startDevice();
  await page.goto(device.code.verificationUriComplete!);
  await page.getByRole('button', { name: en.confirmYes }).click();
  return device;
}

async function expectApproved(page: Page, world: World, path: string) {
  await expect(heading(page, en.approvedTitle)).toBeVisible();
  await expect(page).toHaveURL(world.url(path));
  await world.screen('approved');
}

/** A 6-digit code that is not valid now (nor in the window around now). */
function wrongTotp() {
  return String((Number(currentDemoTotp()) + 500_000) % 1_000_000).padStart(6, '0');
}

test('happy path: typed code, provider, demo user; the device receives its token', async ({ page, world }) => {
  const device = await world.startDevice();
  await page.goto(device.code.verificationUri);

  await expect(heading(page, en.enterTitle)).toBeVisible();
  await expect(page.getByLabel(en.codeLabel)).toBeFocused();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'system');
  await expect(page.locator('.app-title')).toHaveText('Acme Corp');
  await expect(page.getByRole('link', { name: /Get help/ })).toHaveAttribute('href', 'https://example.com/help');
  await expect(page).toHaveTitle('Acme Corp');
  await world.screen('enter');

  await typeCode(page, device.code.userCode);
  await page.getByRole('button', { name: en.submitCode, exact: true }).click();
  await expect(heading(page, en.chooseTitle)).toBeVisible();
  await expect(page.getByText(say(en.signInTo, { service: 'Acme CLI', org: 'Acme Corp' }))).toBeVisible();
  await world.screen('choose');

  await signInAt(page, 'GitHub', 'demo user');
  await expectApproved(page, world, '/activate/success');
  await device.expectToken();
  expect(world.verifyRequests).toHaveLength(1);
  await world.expectNoSecretsLeft();
});

test('prefilled code from verification_uri_complete: scrubbed from the address bar, one verify request', async ({ page, world }) => {
  const device = await world.startDevice();
  expect(device.code.verificationUriComplete).toContain('user_code=');
  await page.goto(device.code.verificationUriComplete!);

  await expect(heading(page, en.confirmTitle)).toBeVisible();
  await expect(page.locator('.ak-code')).toHaveText(device.code.userCode);
  await expect(page).toHaveURL(world.url('activate'));
  // Prefetched as the app booted: the request was on its way before React was asked to render.
  const timing = await page.evaluate(() => ({
    verifyStart: performance.getEntriesByType('resource').find((entry) => entry.name.endsWith('/auth/device/verify'))?.startTime,
    render: performance.getEntriesByName('activate-app:render')[0]?.startTime,
  }));
  expect(timing.verifyStart, 'verify request started before render').toBeLessThanOrEqual(timing.render!);
  await world.screen('confirm');

  await page.getByRole('button', { name: en.confirmYes }).click();
  await expect(heading(page, en.chooseTitle)).toBeVisible();
  await world.screen('choose');
  await signInAt(page, 'Google', 'demo user');
  await expectApproved(page, world, '/activate/success');
  await device.expectToken();

  // Prefetched while the app booted, deduplicated by <ActivateDevice>: exactly one request.
  expect(world.verifyRequests).toHaveLength(1);
  expect(world.verifyRequests[0]!.postDataJSON()).toEqual({ user_code: device.code.userCode });
  await world.expectNoSecretsLeft();
});

test('a code typed in lower case with spaces is normalised', async ({ page, world }) => {
  const device = await world.startDevice();
  await page.goto(world.url('activate'));
  const [left, right] = device.code.userCode.toLowerCase().split('-');
  await typeCode(page, ` ${left} ${right} `);
  await expect(page.getByLabel(en.codeLabel)).toHaveValue(device.code.userCode);
  await world.screen('typed');
  await page.getByRole('button', { name: en.submitCode, exact: true }).click();

  await expect(heading(page, en.chooseTitle)).toBeVisible();
  await expect(page.locator('.ak-code-inline')).toHaveText(device.code.userCode);
  expect(world.verifyRequests.map((request) => request.postDataJSON())).toEqual([{ user_code: device.code.userCode }]);
  await signInAt(page, 'Microsoft', 'demo user');
  await expectApproved(page, world, '/activate/success');
  await device.expectToken();
  await world.expectNoSecretsLeft();
});

test('MFA: a wrong authenticator code first, then the right one', async ({ page, world }) => {
  const device = await confirmLinkedCode(page, world);
  await signInAt(page, 'GitHub', 'MFA user');

  await expect(heading(page, en.mfaTitle)).toBeVisible();
  await expect(page).toHaveURL(world.url('/activate/mfa-challenge'));
  expect(world.secrets.size).toBeGreaterThanOrEqual(4); // code (both forms), pre-auth token, device code id
  await world.screen('mfa');

  const input = page.getByLabel(en.mfaCodeLabel);
  await input.fill(wrongTotp());
  await page.getByRole('button', { name: en.mfaSubmit, exact: true }).click();
  await expect(page.locator('[role="alert"][data-code="mfa_wrong_code"]')).toHaveText(en.mfaWrongCode);
  await expect(input).toBeFocused();
  await world.screen('mfa-wrong-code');

  await input.fill(currentDemoTotp());
  await page.getByRole('button', { name: en.mfaSubmit, exact: true }).click();
  await expectApproved(page, world, '/activate/mfa-challenge');
  await device.expectToken();
  await world.expectNoSecretsLeft();
});

test('MFA with a recovery code', async ({ page, world }) => {
  const device = await confirmLinkedCode(page, world);
  await signInAt(page, 'Google', 'MFA user');

  await page.getByRole('button', { name: en.mfaUseRecovery }).click();
  const input = page.getByLabel(en.mfaRecoveryLabel);
  await input.fill('sim-recovery-3333');
  await world.screen('recovery');
  await page.getByRole('button', { name: en.mfaSubmit, exact: true }).click();
  await expectApproved(page, world, '/activate/mfa-challenge');
  await device.expectToken();
  await world.expectNoSecretsLeft();
});

test("provider cancel: the server's own error page, and no token for the device", async ({ page, world }) => {
  const device = await confirmLinkedCode(page, world);

  const errorPage = page.waitForResponse((response) => response.url().includes('/auth/_sim/complete'));
  await signInAt(page, 'GitHub', 'Cancel');
  expect((await errorPage).status()).toBe(400);
  await expect(page.getByRole('heading', { level: 1, name: 'Sign-in cancelled' })).toBeVisible();
  await expect(page.getByText('nothing is sent back to the activation page')).toBeVisible();
  await world.screen('server-error-page');

  await device.expectNoToken();
  expect(world.sim.simulator.inspect(device.code.userCode)?.status).toBe('pending');
  await world.expectNoSecretsLeft();
});

test("\"This wasn't me\" ends the page and approves nothing", async ({ page, world }) => {
  const device = await world.startDevice();
  await page.goto(device.code.verificationUriComplete!);
  await expect(heading(page, en.confirmTitle)).toBeVisible();
  await page.getByRole('button', { name: en.notMe }).click();

  await expect(heading(page, en.deniedTitle)).toBeVisible();
  await expect(page.getByText(en.notMeBody)).toBeVisible();
  await world.screen('not-me');
  await device.expectNoToken();
  await world.expectNoSecretsLeft();
});

test('an invalid code, then the correction', async ({ page, world }) => {
  const device = await world.startDevice();
  await page.goto(world.url('activate'));

  // Malformed: caught in the page, no request spent.
  await typeCode(page, 'WDJB-MJH0');
  await page.getByRole('button', { name: en.submitCode, exact: true }).click();
  await expect(page.locator('.ak-problem')).toHaveText(say(en.codeInvalidCharacter, { character: '0', name: en.digitZero, position: 8 }));
  await world.screen('malformed');
  expect(world.verifyRequests).toHaveLength(0);

  // Well-formed but unknown: the server's (newer, uniform) answer.
  const unknown = device.code.userCode === 'WDJB-MJHT' ? 'WDJB-MJHK' : 'WDJB-MJHT';
  await typeCode(page, unknown);
  await page.getByRole('button', { name: en.submitCode, exact: true }).click();
  await expect(page.locator('[role="alert"][data-code="code_unavailable"]')).toHaveText(en.codeUnavailable);
  await expect(page.getByLabel(en.codeLabel)).toHaveValue(unknown);
  await world.screen('unknown-code');

  await typeCode(page, device.code.userCode);
  await page.getByRole('button', { name: en.submitCode, exact: true }).click();
  await expect(heading(page, en.chooseTitle)).toBeVisible();
  expect(world.verifyRequests).toHaveLength(2);
  await signInAt(page, 'GitHub', 'demo user');
  await expectApproved(page, world, '/activate/success');
  await device.expectToken();
  await world.expectNoSecretsLeft();
});

test.describe('rate limited', () => {
  test.use({ simOptions: { rateLimit: { deviceBurst: 2, deviceRefillMs: 3000 } } });

  test('the countdown is visible, then a retry works', async ({ page, world }) => {
    const device = await world.startDevice();
    await page.goto(world.url('activate'));
    const unknown = device.code.userCode === 'WDJB-MJHT' ? 'WDJB-MJHK' : 'WDJB-MJHT';
    const submit = page.getByRole('button', { name: en.submitCode, exact: true });
    for (let spent = 0; spent < 2; spent++) {
      await typeCode(page, unknown);
      await submit.click();
      await expect(page.locator('[role="alert"][data-code="code_unavailable"]')).toBeVisible();
    }
    await typeCode(page, device.code.userCode);
    await submit.click();
    const notice = page.locator('[role="alert"][data-code="rate_limited"]');
    const counting = new RegExp(`^(${[1, 2, 3].map((seconds) => escapeRegExp(waitText(en, seconds))).join('|')})$`);
    await expect(notice).toContainText(en.rateLimited);
    await expect(notice.getByRole('timer')).toHaveText(counting);
    await expect(submit).toBeDisabled();
    await world.screen('rate-limited');

    await expect(notice.getByRole('timer')).toHaveText(en.rateLimitOver, { timeout: 6_000 });
    await expect(submit).toBeEnabled();
    await submit.click();
    await expect(heading(page, en.chooseTitle)).toBeVisible();
    await world.screen('after-retry');
    expect(world.verifyRequests).toHaveLength(4);
    await world.expectNoSecretsLeft();
  });
});

test('network down on the first verify, then a retry', async ({ page, world }) => {
  const device = await world.startDevice();
  await page.route(`${world.sim.url}/auth/device/verify`, (route) => route.abort('internetdisconnected'), { times: 1 });
  await page.goto(device.code.verificationUriComplete!);

  await expect(page.locator('[role="alert"][data-code="network"]')).toHaveText(en.network);
  await expect(page.getByLabel(en.codeLabel)).toHaveValue(device.code.userCode);
  await expect(page).toHaveURL(world.url('activate'));
  await world.screen('offline');

  // After a network failure the entry button says what it will do: try the same code again.
  await page.getByRole('button', { name: en.tryAgain, exact: true }).click();
  await expect(heading(page, en.chooseTitle)).toBeVisible();
  expect(world.verifyRequests).toHaveLength(2);
  await signInAt(page, 'GitHub', 'demo user');
  await expectApproved(page, world, '/activate/success');
  await device.expectToken();
  await world.expectNoSecretsLeft();
});
