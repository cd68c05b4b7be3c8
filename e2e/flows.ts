/** Whole flows through the built app that several specs walk, and a watch on the page's CSP. */
import type { Page } from '@playwright/test';
import { currentDemoTotp } from '../dev/simulator/core.mjs';
import { en } from '../src/i18n/en';
import { expect, type World } from './fixtures';
import { say } from '../test/helpers/say';

const heading = (page: Page, name: string | RegExp) => page.getByRole('heading', { name, level: 2 });

/** Records CSP violations and console errors in the page, from its first script on. */
export async function watchPage(page: Page) {
  const violations: string[] = [];
  const consoleErrors: string[] = [];
  await page.exposeFunction('__reportCspViolation', (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { __reportCspViolation: (text: string) => void }).__reportCspViolation;
      void report(`${event.violatedDirective} blocked ${event.blockedURI || 'inline'} at ${event.documentURI}`);
    });
  });
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  return { violations, consoleErrors };
}

/** A device's link, GitHub, the MFA user, a TOTP: back at /activate/mfa-challenge, then approved. */
export async function serviceFlowWithMfa(page: Page, world: World) {
  const device = await world.startDevice();
  await page.goto(device.code.verificationUriComplete!);
  await page.getByRole('button', { name: en.confirmYes }).click();
  await page.getByRole('button', { name: say(en.continueWith, { provider: 'GitHub' }) }).click();
  await page.getByRole('link', { name: 'Continue as MFA user' }).click();
  // One level deeper than /activate: the assets must still load from here.
  await expect(heading(page, en.mfaTitle)).toBeVisible();
  await expect(page).toHaveURL(`${world.app.url}/activate/mfa-challenge`);
  await page.getByLabel(en.mfaCodeLabel).fill(currentDemoTotp());
  await page.getByRole('button', { name: en.mfaSubmit, exact: true }).click();
  await expect(heading(page, en.approvedTitle)).toBeVisible();
  await device.expectToken();
}

/** The platform admin CLI's link, Google, the MFA user: back at /callback with the challenge in the fragment. */
export async function platformFlowWithFragment(page: Page, world: World) {
  const admin = await world.startDevice({ admin: true });
  await page.goto(admin.code.verificationUriComplete!);
  await page.getByRole('button', { name: en.confirmYes }).click();
  await page.getByRole('button', { name: say(en.continueWith, { provider: 'Google' }) }).click();
  const back = page.waitForResponse((response) => response.url().includes('/auth/_sim/complete'));
  await page.getByRole('link', { name: 'Continue as MFA user' }).click();
  expect((await back).headers().location).toContain('#mfa_required=true&');
  await expect(heading(page, en.mfaTitle)).toBeVisible();
  await expect(page).toHaveURL(world.url('callback'));
  await page.getByLabel(en.mfaCodeLabel).fill(currentDemoTotp());
  await page.getByRole('button', { name: en.mfaSubmit, exact: true }).click();
  await expect(heading(page, en.approvedTitle)).toBeVisible();
  await admin.expectToken();
}

