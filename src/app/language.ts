import type { Messages } from '../index';
import { negotiateLocale } from '../i18n/negotiate';
import { appEn, type AppStrings } from './strings';

/** Everything the page says in one language: the kit's pack and the app's own words. */
export interface AppLanguage {
  /** The kit's pack, for `<ActivationProvider messages>`; English is built into the kit. */
  readonly messages: Partial<Messages>;
  readonly strings: AppStrings;
}

export const english: AppLanguage = { messages: { locale: 'en' }, strings: appEn };

// One chunk per language (named `<tag>-<hash>.js`), holding the kit's pack and the app's words.
const LANGUAGES = import.meta.glob<AppLanguage>('./locales/*.ts');

/** Downloads the language that reads best for `tag` (`de-AT` → de); English needs no download. */
export async function loadLanguage(tag: string): Promise<AppLanguage> {
  const pack = negotiateLocale([tag]);
  if (pack === 'en') return english;
  const { messages, strings } = await LANGUAGES[`./locales/${pack}.ts`]!();
  return { messages, strings };
}
