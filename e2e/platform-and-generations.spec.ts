/** The platform admin flow (/callback, MFA in the fragment) and both AuthOS server generations. */
import type { Page } from '@playwright/test';
import { currentDemoTotp } from '../dev/simulator/core.mjs';
import { en } from '../src/i18n/en';
import { expect, test, typeCode } from './fixtures';
import { say } from '../test/helpers/say';

const heading = (page: Page, name: string | RegExp) => page.getByRole('heading', { name, level: 2 });

for (const legacyMfaFragment of [false, true]) {
  const marker = legacyMfaFragment ? 'mfa_challenge=true (older server)' : 'mfa_required=true';
  test.describe(`platform admin flow, MFA fragment ${marker}`, () => {
    test.use({ simOptions: { legacyMfaFragment } });

    test('admin CLI code, GitHub, MFA user, TOTP', async ({ page, world }) => {
      const device = await world.startDevice({ admin: true });
      await page.goto(device.code.verificationUriComplete!);
      await expect(heading(page, en.confirmTitle)).toBeVisible();
      await expect(page.getByText(en.adminSignIn)).toBeVisible();
      await world.screen('confirm-admin');
      await page.getByRole('button', { name: en.confirmYes }).click();

      await page.getByRole('button', { name: say(en.continueWith, { provider: 'GitHub' }) }).click();
      await expect(page.getByText('(platform admin flow)')).toBeVisible();
      const back = page.waitForResponse((response) => response.url().includes('/auth/_sim/complete'));
      await page.getByRole('link', { name: 'Continue as MFA user' }).click();
      expect((await back).headers().location).toContain(legacyMfaFragment ? '#mfa_challenge=true&' : '#mfa_required=true&');

      await expect(heading(page, en.mfaTitle)).toBeVisible();
      // The fragment (pre-auth token, device code id, code) is gone from the address bar.
      await expect(page).toHaveURL(world.url('callback'));
      await world.screen('mfa');
      await page.getByLabel(en.mfaCodeLabel).fill(currentDemoTotp());
      await page.getByRole('button', { name: en.mfaSubmit, exact: true }).click();
      await expect(heading(page, en.approvedTitle)).toBeVisible();
      await world.screen('approved');
      await device.expectToken();
      await world.expectNoSecretsLeft();
    });
  });
}

test('platform admin flow: cancel at the provider comes back as a refusal', async ({ page, world }) => {
  const device = await world.startDevice({ admin: true });
  await page.goto(device.code.verificationUri);
  await typeCode(page, device.code.userCode);
  await page.getByRole('button', { name: en.submitCode, exact: true }).click();
  await page.getByRole('button', { name: say(en.continueWith, { provider: 'Microsoft' }) }).click();
  await page.getByRole('link', { name: 'Cancel' }).click();

  await expect(heading(page, en.refusedTitle)).toBeVisible();
  await expect(page.getByText(en.refusedBody)).toBeVisible();
  await expect(page).toHaveURL(world.url('callback'));
  await world.screen('refused');
  await device.expectNoToken();
  await world.expectNoSecretsLeft();
});

for (const generation of ['newer', 'older'] as const) {
  test.describe(`${generation} server generation`, () => {
    test.use({ simOptions: { generation, ttlSeconds: 2 } });

    test('an expired code (short TTL) is explained as the server allows', async ({ page, world }) => {
      const device = await world.startDevice();
      await page.goto(world.url('activate'));
      expect((await device.result).status, 'the device gives up when the code expires').toBe('expired');

      await typeCode(page, device.code.userCode);
      await page.getByRole('button', { name: en.submitCode, exact: true }).click();
      // The newer server answers every bad code the same on purpose; the older one says "expired".
      const [code, text] = generation === 'newer' ? ['code_unavailable', en.codeUnavailable] : ['expired', en.expiredCode];
      await expect(page.locator(`[role="alert"][data-code="${code}"]`)).toHaveText(text);
      await world.screen('expired');
      await world.expectNoSecretsLeft();
    });
  });

  test.describe(`${generation} server generation, normal codes`, () => {
    test.use({ simOptions: { generation } });

    test('an unknown code, then the real one through to the token', async ({ page, world }) => {
      const device = await world.startDevice();
      await page.goto(world.url('activate'));
      const unknown = device.code.userCode === 'WDJB-MJHT' ? 'WDJB-MJHK' : 'WDJB-MJHT';
      await typeCode(page, unknown);
      await page.getByRole('button', { name: en.submitCode, exact: true }).click();
      const [code, text] = generation === 'newer' ? ['code_unavailable', en.codeUnavailable] : ['invalid_code', en.invalidCode];
      await expect(page.locator(`[role="alert"][data-code="${code}"]`)).toHaveText(text);
      await world.screen('unknown-code');

      await typeCode(page, device.code.userCode);
      await page.getByRole('button', { name: en.submitCode, exact: true }).click();
      await page.getByRole('button', { name: say(en.continueWith, { provider: 'GitHub' }) }).click();
      await page.getByRole('link', { name: 'Continue as demo user' }).click();
      await expect(heading(page, en.approvedTitle)).toBeVisible();
      await device.expectToken();

      // The code is used now: the older server says so, the newer one stays uniform.
      await page.goto(device.code.verificationUriComplete!);
      const [usedCode, usedText] =
        generation === 'newer' ? ['code_unavailable', en.codeUnavailable] : ['already_used', en.alreadyUsed];
      await expect(page.locator(`[role="alert"][data-code="${usedCode}"]`)).toHaveText(usedText);
      await expect(page).toHaveURL(world.url('activate'));
      await world.screen('already-used');
      await world.expectNoSecretsLeft();
    });
  });
}
