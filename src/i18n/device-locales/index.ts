/**
 * The device display's locale packs, loaded on demand (`activate-kit/device-locales`). A device
 * that knows its language imports the pack directly (`activate-kit/device-locales/de`); one that
 * follows the person's settings negotiates here, with the same rules as the page.
 */
import type { DeviceMessages } from '../device-en';
import { loadPack } from '../load-pack';

export { directionOf } from '../direction';
export { LOCALES, negotiateLocale, type LocaleTag } from '../negotiate';

// One lazily loaded module per pack: a bundler makes each its own file, fetched only when chosen.
const PACKS = import.meta.glob<Record<string, DeviceMessages>>(['./*.ts', '!./index.ts']);

/**
 * Downloads the device pack that reads best for `tag` (`de-AT` → de, `zh-HK` → zh-TW; see
 * {@link negotiateLocale}). English is built into the display, so its "pack" only names the locale.
 * Either goes to `<DeviceCodeDisplay messages>`.
 */
export function loadDeviceLocale(tag: string): Promise<Partial<DeviceMessages>> {
  return loadPack(tag, PACKS);
}
