import { describe, expect, it, test } from 'vitest';
import { langFor } from '../../src/i18n/lang';
import { de } from '../../src/i18n/locales/de';
import { directionOf, LOCALES, loadLocale, negotiateLocale } from '../../src/i18n/locales/index';

describe('negotiateLocale: what a browser asks for → the pack that reads best', () => {
  it.each([
    [['de-AT'], 'de'],
    [['de-CH', 'en'], 'de'],
    [['pt'], 'pt-BR'],
    [['pt-BR'], 'pt-BR'],
    [['pt-PT'], 'pt-PT'],
    [['pt-AO'], 'pt-PT'],
    [['zh-HK'], 'zh-TW'],
    [['zh-TW'], 'zh-TW'],
    [['zh-Hant'], 'zh-TW'],
    [['zh'], 'zh-CN'],
    [['zh-SG'], 'zh-CN'],
    [['es-MX'], 'es-419'],
    [['es-AR'], 'es-419'],
    [['es-419'], 'es-419'],
    [['es'], 'es'],
    [['es-ES'], 'es'],
    [['no'], 'nb'],
    [['nn-NO'], 'nb'],
    [['iw'], 'he'],
    [['sr-Latn-RS'], 'sr'],
    [['fr-CA'], 'fr'],
    [['EN-us'], 'en'],
  ] as const)('%j → %s', (requested, expected) => {
    expect(negotiateLocale(requested)).toBe(expected);
  });

  it('takes the first language it has a pack for, in the order the person set', () => {
    expect(negotiateLocale(['gsw', 'de-CH', 'fr'])).toBe('de');
    expect(negotiateLocale(['xx', 'ja-JP', 'en'])).toBe('ja');
  });

  it('falls back to English for nothing it knows, an empty list, or tags that are not tags', () => {
    expect(negotiateLocale(['tlh'])).toBe('en');
    expect(negotiateLocale([])).toBe('en');
    expect(negotiateLocale(['', 'not a tag!', '12'])).toBe('en');
  });

  it('maps every pack tag to itself', () => {
    for (const tag of LOCALES) expect(negotiateLocale([tag])).toBe(tag);
  });
});

describe('loadLocale', () => {
  it('loads the negotiated pack, named for the language its text is in: de-AT keeps its region, pt reads pt-BR', async () => {
    const pack = await loadLocale('de-AT');
    expect(pack.locale).toBe('de-AT');
    expect(pack.enterTitle).toBe(de.enterTitle);
    expect((await loadLocale('pt')).locale).toBe('pt-BR');
  });

  it('gives English as a pack that only names itself: the text is built into the kit', async () => {
    expect(await loadLocale('en-GB')).toEqual({ locale: 'en-GB' });
    expect(await loadLocale('tlh')).toEqual({ locale: 'en' });
  });
});

describe('directionOf', () => {
  it.each([
    ['ar', 'rtl'],
    ['ar-EG', 'rtl'],
    ['he', 'rtl'],
    ['fa', 'rtl'],
    ['ur-PK', 'rtl'],
    ['en', 'ltr'],
    ['arn', 'ltr'],
    ['hr', 'ltr'],
    ['zh-TW', 'ltr'],
  ])('%s is %s', (tag, direction) => {
    expect(directionOf(tag)).toBe(direction);
  });
});

describe('langFor: the lang of text from a negotiated pack', () => {
  test.each([
    ['de-AT', 'de', 'de-AT'],
    ['de', 'de', 'de'],
    ['pt', 'pt-BR', 'pt-BR'],
    ['zh-HK', 'zh-TW', 'zh-HK'],
    ['sw', 'en', 'en'],
    ['sw-KE', 'en', 'en'],
  ])('%s read from the %s pack is lang="%s"', (wanted, pack, lang) => {
    expect(langFor(wanted, pack)).toBe(lang);
  });
});
