/**
 * The standalone app in the visitor's language: the pack chosen from the browser's languages (as
 * Accept-Language and navigator.languages carry them), downloaded beside config.json, and
 * config.json's "locale" overriding it.
 */
import type { Page, Request } from '@playwright/test';
import { en } from '../src/i18n/en';
import { strings as appDe } from '../src/app/locales/de';
import { ar } from '../src/i18n/locales/ar';
import { de } from '../src/i18n/locales/de';
import { ja } from '../src/i18n/locales/ja';
import { ptBR } from '../src/i18n/locales/pt-BR';
import { zhTW } from '../src/i18n/locales/zh-TW';
import { expect, test } from './fixtures';

const heading = (page: Page, name: string) => page.getByRole('heading', { name, level: 2 });
/** Chunks built from src/i18n/locales/<tag>.ts are named `<tag>-<hash>.js`. */
const PACK = /\/assets\/(ar|bg|ca|cs|da|de|el|es|es-419|et|fa|fi|fr|he|hi|hr|hu|id|it|ja|ko|lt|lv|ms|nb|nl|pl|pt-BR|pt-PT|ro|ru|sk|sl|sr|sv|th|tr|uk|vi|zh-CN|zh-TW)-[\w-]{8}\.js$/;

/** The pack files the page requested, by tag, and the AuthOS adapter's chunk. */
function watchRequests(page: Page) {
  const packs: Request[] = [];
  let adapter: Request | undefined;
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (PACK.test(path)) packs.push(request);
    if (/\/assets\/authos-[\w-]{8}\.js$/.test(path)) adapter = request;
  });
  return { packs: () => packs.map((request) => PACK.exec(new URL(request.url()).pathname)![1]), packRequests: packs, adapter: () => adapter };
}

test.describe('a German browser (de-DE)', () => {
  test.use({ locale: 'de-DE' });

  test('gets German, <html lang="de">, and only the German pack, fetched beside config.json', async ({ page, world }) => {
    const requests = watchRequests(page);
    await page.goto(world.url('activate'));
    await expect(heading(page, de.enterTitle)).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'de');
    await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
    await expect(page.getByRole('button', { name: de.submitCode, exact: true })).toBeVisible();
    // The app's own words around the kit come in the same file: the header's help link.
    await expect(page.getByRole('link', { name: `${appDe.getHelp} ${appDe.opensInNewTab}` })).toBeVisible();
    expect(requests.packs()).toEqual(['de']);
    // No extra round trip: the page already waits for config.json and then the adapter it names;
    // the pack is asked for as the script starts, before the adapter, so it arrives alongside.
    const pack = requests.packRequests[0]!.timing().startTime;
    const adapter = requests.adapter()!.timing().startTime;
    expect(pack, 'pack requested no later than the adapter chunk').toBeLessThanOrEqual(adapter);
    await world.screen('language-de');
  });
});

for (const [locale, pack, tag] of [
  ['de-AT', de, 'de'],
  ['pt', ptBR, 'pt-BR'],
  ['zh-HK', zhTW, 'zh-TW'],
  ['ar-EG', ar, 'ar'],
] as const) {
  test.describe(`browser language ${locale}`, () => {
    test.use({ locale });

    test(`reads the ${tag} pack`, async ({ page, world }) => {
      const requests = watchRequests(page);
      await page.goto(world.url('activate'));
      await expect(heading(page, pack.enterTitle)).toBeVisible();
      await expect(page.locator('html')).toHaveAttribute('lang', tag);
      await expect(page.locator('html')).toHaveAttribute('dir', tag === 'ar' ? 'rtl' : 'ltr');
      expect(requests.packs()).toEqual([tag]);
    });
  });
}

test.describe('a browser language the kit has no pack for (Swahili)', () => {
  test.use({ locale: 'sw-KE' });

  test('gets English and downloads no pack', async ({ page, world }) => {
    const requests = watchRequests(page);
    await page.goto(world.url('activate'));
    await expect(heading(page, en.enterTitle)).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    expect(requests.packs()).toEqual([]);
  });
});

test.describe('"locale": "ja" in config.json, German browser', () => {
  test.use({ locale: 'de-DE', configExtras: { locale: 'ja' } });

  test("the operator's language wins", async ({ page, world }) => {
    const requests = watchRequests(page);
    const device = await world.startDevice();
    await page.goto(device.code.verificationUriComplete!);
    await expect(heading(page, ja.confirmTitle)).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
    // The German pack was already on its way when config.json said Japanese.
    expect(requests.packs().sort()).toEqual(['de', 'ja']);
    await world.screen('language-ja-confirm');
  });
});
