import { describe, expect, it } from 'vitest';
import type { Messages } from '../../src/i18n/en';
import { LOCALES } from '../../src/i18n/negotiate';
import { appEn, type AppStrings } from '../../src/app/strings';

// The standalone app downloads one file per language: the kit's pack plus the app's own words
// (its header and the missing-styles notice), so nothing around the kit stays English.
const modules = import.meta.glob<{ messages: Messages; strings: AppStrings }>('../../src/app/locales/*.ts', { eager: true });
const kitPacks = import.meta.glob<Record<string, Messages>>(['../../src/i18n/locales/*.ts', '!../../src/i18n/locales/index.ts'], { eager: true });

const tagOf = (path: string) => /([\w-]+)\.ts$/.exec(path)![1]!;
const languages = Object.entries(modules).map(([path, module]) => ({ tag: tagOf(path), ...module }));
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((found) => found[1]).sort();

describe('the app in every language', () => {
  it('has a file for every language the kit ships', () => {
    expect(languages.map(({ tag }) => tag).sort()).toEqual(LOCALES.filter((tag) => tag !== 'en').sort());
  });

  describe.each(languages)('$tag', ({ tag, messages, strings }) => {
    it("brings the kit's own pack for the language", () => {
      expect(messages).toBe(kitPacks[`../../src/i18n/locales/${tag}.ts`]![tag.replace('-', '')]);
    });

    it('says every app string in the language, with the same placeholders', () => {
      expect(Object.keys(strings).sort()).toEqual(Object.keys(appEn).sort());
      expect(strings.locale).toBe(tag);
      for (const key of Object.keys(appEn) as (keyof AppStrings)[]) {
        if (key === 'locale') continue;
        expect(strings[key], key).not.toBe(appEn[key]);
        expect(placeholders(strings[key]), key).toEqual(placeholders(appEn[key]));
      }
    });
  });
});
