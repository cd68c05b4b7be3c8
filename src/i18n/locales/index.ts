/**
 * The locale packs the kit ships, how a browser's languages pick one, and how a pack is loaded on
 * demand. This entry (`activate-kit/locales`) is for hosts that choose at run time, like the
 * standalone app; a host with one language imports its pack directly (`activate-kit/locales/de`).
 */
import type { Messages } from '../en';
import { loadPack } from '../load-pack';

export { directionOf } from '../direction';
export { LOCALES, negotiateLocale, type LocaleTag } from '../negotiate';

// One lazily loaded module per pack: a bundler makes each its own file, fetched only when chosen.
const PACKS = import.meta.glob<Record<string, Messages>>(['./*.ts', '!./index.ts']);

/**
 * Downloads the pack that reads best for `tag` (`de-AT` → de, see {@link negotiateLocale}). English
 * is built into the kit, so its "pack" only names the locale. Either goes to
 * `<ActivationProvider messages>`.
 */
export function loadLocale(tag: string): Promise<Partial<Messages>> {
  return loadPack(tag, PACKS);
}
