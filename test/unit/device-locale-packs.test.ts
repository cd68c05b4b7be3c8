import { describe, expect, it } from 'vitest';
import { deviceEn, type DeviceMessages } from '../../src/i18n/device-en';
import { format, type Plural } from '../../src/i18n/format';
import { LOCALES } from '../../src/i18n/negotiate';

// The device display speaks every language the page does, with the page's glossary words: the
// person reads "device" and "code" on the TV and on the phone, and they must be the same words.
const modules = import.meta.glob<Record<string, DeviceMessages>>(['../../src/i18n/device-locales/*.ts', '!../../src/i18n/device-locales/index.ts'], { eager: true });
const glossaries = import.meta.glob<Glossary>('../../src/i18n/glossary/*.json', { eager: true, import: 'default' });

interface Term {
  readonly term: string;
  readonly stem: string;
}
type Glossary = Readonly<Record<'device' | 'code' | 'signIn', Term>>;

/** Where the display must use each glossary word: the heading, the steps, the outcomes. */
const USES: Readonly<Record<keyof Glossary, readonly (keyof DeviceMessages)[]>> = {
  device: ['title', 'approvedBody'],
  code: ['enterStep', 'expiredTitle', 'newCode'],
  signIn: ['title'],
};

const tagOf = (path: string) => /([\w-]+)\.ts$/.exec(path)![1]!;
const packs = Object.entries(modules).map(([path, module]) => {
  const tag = tagOf(path);
  return { tag, pack: module[tag.replace('-', '')] as DeviceMessages, exports: Object.keys(module) };
});

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((found) => found[1]).sort();
const isPlural = (value: unknown): value is Plural => typeof value === 'object' && value !== null && 'other' in value;
function sentences(messages: DeviceMessages): [string, string][] {
  return Object.entries(messages).flatMap(([key, value]): [string, string][] =>
    typeof value === 'string' ? [[key, value]] : Object.entries(value as Record<string, string>).map(([part, text]) => [`${key}.${part}`, text]),
  );
}

describe('device locale packs', () => {
  it('cover every language the page ships, and nothing else', () => {
    expect(packs.map(({ tag }) => tag).sort()).toEqual(LOCALES.filter((tag) => tag !== 'en').sort());
  });

  describe.each(packs)('$tag', ({ tag, pack, exports }) => {
    it('exports one pack, named after its tag, that says which locale it is', () => {
      expect(exports).toEqual([tag.replace('-', '')]);
      expect(pack.locale).toBe(tag);
    });

    it('has every message, with the same placeholders as English', () => {
      expect(Object.keys(pack).sort()).toEqual(Object.keys(deviceEn).sort());
      for (const [key, english] of Object.entries(deviceEn) as [keyof DeviceMessages, DeviceMessages[keyof DeviceMessages]][]) {
        const translated = pack[key];
        if (typeof english === 'string') {
          expect(typeof translated, key).toBe('string');
          expect(placeholders(translated as string), key).toEqual(placeholders(english));
        } else {
          for (const [form, text] of Object.entries(translated)) {
            expect(placeholders(text as string), `${key}.${form}`).toEqual(placeholders((english as Plural).other));
          }
        }
      }
    });

    it("has exactly the plural forms its language's rules choose between, each naming the count", () => {
      const categories = new Intl.PluralRules(tag).resolvedOptions().pluralCategories;
      for (const [key, english] of Object.entries(deviceEn)) {
        if (!isPlural(english)) continue;
        const forms = pack[key as keyof DeviceMessages] as Plural;
        expect(Object.keys(forms).sort(), key).toEqual([...categories].sort());
        for (const count of [0, 1, 2, 3, 5, 11, 21, 100]) {
          expect(format(tag, forms, { count }), `${key} at ${count}`).toContain(new Intl.NumberFormat(tag).format(count));
        }
      }
    });

    it('is translated, not English left in place', () => {
      const english = new Map(sentences(deviceEn));
      const all = sentences(pack).filter(([key]) => key !== 'locale');
      const same = all.filter(([key, text]) => english.get(key) === text).map(([key]) => key);
      // A short label such as "Code:" may read the same in a language that borrowed the word.
      expect(same.length, `left in English: ${same.join(', ')}`).toBeLessThanOrEqual(1);
    });

    it("uses the page's glossary words for device, code and sign in", () => {
      const glossary = glossaries[`../../src/i18n/glossary/${tag}.json`]!;
      expect(glossary, `src/i18n/glossary/${tag}.json`).toBeDefined();
      for (const [concept, keys] of Object.entries(USES) as [keyof Glossary, readonly (keyof DeviceMessages)[]][]) {
        const { stem } = glossary[concept];
        for (const key of keys) {
          expect((pack[key] as string).toLocaleLowerCase(tag), `${key} says "${stem}" (${concept})`).toContain(stem.toLocaleLowerCase(tag));
        }
      }
    });
  });
});
