import { describe, expect, it } from 'vitest';
import { en, type Messages } from '../../src/i18n/en';
import { format, type Plural } from '../../src/i18n/format';
import { LOCALES } from '../../src/i18n/locales/index';

// Every pack file, and every language's glossary: the words for the five things people must
// recognise on every screen.
const modules = import.meta.glob<Record<string, Messages>>(['../../src/i18n/locales/*.ts', '!../../src/i18n/locales/index.ts'], { eager: true });
const glossaries = import.meta.glob<Glossary>('../../src/i18n/glossary/*.json', { eager: true, import: 'default' });

interface Term {
  /** The word as it appears on buttons and headings. */
  readonly term: string;
  /** The part every inflected form shares, matched case-insensitively (`устройств`, `Gerät`). */
  readonly stem: string;
}
type Glossary = Readonly<Record<'device' | 'code' | 'signIn' | 'approve' | 'deny', Term>>;

/** Where each glossary word must appear: the screens where a person meets that thing first. */
const USES: Readonly<Record<keyof Glossary, readonly (keyof Messages)[]>> = {
  device: ['enterTitle', 'enterIntro', 'codeLabel', 'confirmTitle', 'consentTitle', 'approvedTitle', 'confirmedTitle', 'antiPhishing'],
  code: ['enterIntro', 'codeLabel', 'confirmTitle', 'invalidCode', 'expiredCode', 'antiPhishing', 'startAgain'],
  signIn: ['signInTitle', 'signInSubmit', 'chooseTitle'],
  approve: ['approve', 'consentTitle'],
  deny: ['deny'],
};

const tagOf = (path: string) => /([\w-]+)\.(ts|json)$/.exec(path)![1]!;
const packs = Object.entries(modules).map(([path, module]) => {
  const tag = tagOf(path);
  return { tag, pack: module[tag.replace('-', '')] as Messages, exports: Object.keys(module) };
});

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((found) => found[1]).sort();
const isPlural = (value: unknown): value is Plural => typeof value === 'object' && value !== null && 'other' in value;
/** Every sentence of a message (a plural's forms, the scope map's entries) with where it came from. */
function sentences(messages: Messages): [string, string][] {
  return Object.entries(messages).flatMap(([key, value]): [string, string][] =>
    typeof value === 'string' ? [[key, value]] : Object.entries(value as Record<string, string>).map(([part, text]) => [`${key}.${part}`, text]),
  );
}

describe('locale packs', () => {
  it('ships every listed locale as a file, and nothing unlisted', () => {
    expect(packs.map(({ tag }) => tag).sort()).toEqual(LOCALES.filter((tag) => tag !== 'en').sort());
    expect(LOCALES.length).toBeGreaterThanOrEqual(41);
  });

  describe.each(packs)('$tag', ({ tag, pack, exports }) => {
    it('exports one pack, named after its tag, that says which locale it is', () => {
      expect(exports).toEqual([tag.replace('-', '')]);
      expect(pack.locale).toBe(tag);
    });

    it('has every message, with the same placeholders as English', () => {
      expect(Object.keys(pack).sort()).toEqual(Object.keys(en).sort());
      for (const [key, english] of Object.entries(en) as [keyof Messages, Messages[keyof Messages]][]) {
        const translated = pack[key];
        if (typeof english === 'string') {
          expect(typeof translated, key).toBe('string');
          expect(placeholders(translated as string), key).toEqual(placeholders(english));
        } else if (isPlural(english)) {
          for (const [form, text] of Object.entries(translated)) {
            expect(placeholders(text as string), `${key}.${form}`).toEqual(placeholders(english.other));
          }
        }
      }
    });

    it('describes every standard OpenID scope', () => {
      expect(Object.keys(pack.scopes).sort()).toEqual(Object.keys(en.scopes).sort());
    });

    it("has exactly the plural forms its language's rules choose between", () => {
      const categories = new Intl.PluralRules(tag).resolvedOptions().pluralCategories;
      for (const [key, english] of Object.entries(en)) {
        if (!isPlural(english)) continue;
        expect(Object.keys(pack[key as keyof Messages]).sort(), key).toEqual([...categories].sort());
      }
    });

    it('counts with its own plural form and digits for 0, 1, 2, 3, 5, 11, 21 and 100', () => {
      const rules = new Intl.PluralRules(tag);
      for (const count of [0, 1, 2, 3, 5, 11, 21, 100]) {
        const text = format(tag, pack.retryIn, { count });
        expect(text).toBe(pack.retryIn[rules.select(count)]!.replace('{count}', new Intl.NumberFormat(tag).format(count)));
        expect(text).not.toMatch(/\{|undefined/);
      }
    });

    it('is translated, not English left in place', () => {
      const english = new Map(sentences(en));
      const all = sentences(pack);
      const same = all.filter(([key, text]) => english.get(key) === text).map(([key]) => key);
      // Brand-like words ("Email", "OK") may stay; whole screens may not.
      expect(same.length, `left in English: ${same.join(', ')}`).toBeLessThanOrEqual(Math.floor(all.length * 0.05));
    });

    it('keeps the anti-phishing warning a warning: as long and as direct as the English', () => {
      // A translation that drops the second sentence ("If someone sent you this code, stop") loses
      // the point; its length is a rough but honest check that nothing was cut.
      const ratio = [...pack.antiPhishing].length / en.antiPhishing.length;
      expect(ratio).toBeGreaterThan(tag.startsWith('zh') || tag === 'ja' || tag === 'ko' ? 0.2 : 0.6);
      expect(pack.antiPhishing.split(/[.!。！؟?।]\s*/u).filter(Boolean).length).toBeGreaterThanOrEqual(2);
    });

    it('uses its glossary word for the same thing on every screen', () => {
      const glossary = glossaries[`../../src/i18n/glossary/${tag}.json`]!;
      expect(glossary, `src/i18n/glossary/${tag}.json`).toBeDefined();
      for (const [concept, keys] of Object.entries(USES) as [keyof Glossary, readonly (keyof Messages)[]][]) {
        const { term, stem } = glossary[concept];
        expect(term.toLocaleLowerCase(tag), `${concept}: the term contains its stem`).toContain(stem.toLocaleLowerCase(tag));
        for (const key of keys) {
          expect((pack[key] as string).toLocaleLowerCase(tag), `${key} says "${stem}" (${concept})`).toContain(stem.toLocaleLowerCase(tag));
        }
      }
    });
  });
});
