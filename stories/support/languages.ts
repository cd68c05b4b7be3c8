/**
 * Every locale pack, for the Storybook toolbar and the language stories: the kit's provider
 * takes the toolbar's choice as `messages` (see decorators.tsx).
 */
import { en, type Messages } from '../../src/index';
import { LOCALES } from '../../src/i18n/locales/index';
import { PSEUDO_TAG, pseudo } from './pseudo-locale';

const modules = import.meta.glob<Record<string, Messages>>(['../../src/i18n/locales/*.ts', '!../../src/i18n/locales/index.ts'], { eager: true });

const PACKS: Readonly<Record<string, Messages>> = {
  en,
  [PSEUDO_TAG]: pseudo,
  ...Object.fromEntries(
    Object.entries(modules).map(([path, module]) => {
      const tag = /([\w-]+)\.ts$/.exec(path)![1]!;
      return [tag, module[tag.replace('-', '')]!];
    }),
  ),
};

/** The catalogue for a toolbar value (English for anything unknown). */
export const messagesFor = (tag: unknown): Messages => PACKS[String(tag)] ?? en;

/** The toolbar's choices: each language named in itself, then the pseudo-locale. */
export const LANGUAGE_ITEMS = [
  ...LOCALES.map((tag) => ({ value: tag, title: `${new Intl.DisplayNames([tag], { type: 'language' }).of(tag)} (${tag})` })),
  { value: PSEUDO_TAG, title: 'Pseudo-locale: accented, +40 % (en-XA)' },
];
