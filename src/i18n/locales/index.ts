/**
 * The locale packs the kit ships, how a browser's languages pick one, and how a pack is loaded on
 * demand. This entry (`activate-kit/locales`) is for hosts that choose at run time, like the
 * standalone app; a host with one language imports its pack directly (`activate-kit/locales/de`).
 */
import type { Messages } from '../en';
import { langFor } from '../lang';
import { negotiateLocale } from '../negotiate';

export { directionOf } from '../direction';
export { LOCALES, negotiateLocale, type LocaleTag } from '../negotiate';

// One lazily loaded module per pack: a bundler makes each its own file, fetched only when chosen.
const PACKS = import.meta.glob<Record<string, Messages>>(['./*.ts', '!./index.ts']);

/**
 * Downloads the pack that reads best for `tag` (`de-AT` → de, see {@link negotiateLocale}). English
 * is built into the kit, so its "pack" only names the locale. Either goes to
 * `<ActivationProvider messages>`.
 */
export async function loadLocale(tag: string): Promise<Partial<Messages>> {
  const pack = negotiateLocale([tag]);
  // Each pack exports one object, named after its tag without the dash (pt-BR → ptBR).
  const messages = pack === 'en' ? {} : (await PACKS[`./${pack}.ts`]!())[pack.replace('-', '')]!;
  // `locale` names the language the text is in: the tag asked for when it is the pack's language
  // (de-AT writes numbers its region's way), otherwise the pack's own (pt → pt-BR, tlh → en).
  return { ...messages, locale: langFor(tag, pack) };
}
