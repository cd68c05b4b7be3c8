// Which of the kit's languages reads best for a person: shared by the page's locale packs
// (activate-kit/locales) and the device display's (activate-kit/device-locales).

/** Every pack's tag, English (built in) first. */
export const LOCALES = [
  'en', 'ar', 'bg', 'ca', 'cs', 'da', 'de', 'el', 'es', 'es-419', 'et', 'fa', 'fi', 'fr', 'he', 'hi', 'hr', 'hu', 'id', 'it', 'ja',
  'ko', 'lt', 'lv', 'ms', 'nb', 'nl', 'pl', 'pt-BR', 'pt-PT', 'ro', 'ru', 'sk', 'sl', 'sr', 'sv', 'th', 'tr', 'uk', 'vi', 'zh-CN', 'zh-TW',
] as const;

export type LocaleTag = (typeof LOCALES)[number];

// Spanish as written in the Americas (CLDR's es-419 covers them; the US has many readers of it).
const LATIN_AMERICA = /^(419|AR|BO|BR|BZ|CL|CO|CR|CU|DO|EC|GT|HN|MX|NI|PA|PE|PR|PY|SV|US|UY|VE)$/;

/** The pack a single BCP 47 tag reads best in, or `undefined` when none fits. */
function match(tag: string): LocaleTag | undefined {
  let locale: Intl.Locale;
  try {
    // maximize() fills in the script and region people leave out: zh-HK → zh-Hant-HK, pt → pt-Latn-BR.
    locale = new Intl.Locale(tag).maximize();
  } catch {
    return undefined;
  }
  const { language, script, region = '' } = locale;
  switch (language) {
    case 'zh':
      return script === 'Hant' ? 'zh-TW' : 'zh-CN';
    case 'pt':
      return region === 'BR' ? 'pt-BR' : 'pt-PT';
    case 'es':
      return LATIN_AMERICA.test(region) ? 'es-419' : 'es';
    // Norwegian: Bokmål is what most Norwegians read (Intl already turns iw into he, in into id).
    case 'no':
    case 'nn':
      return 'nb';
  }
  return LOCALES.find((pack) => pack === language);
}

/**
 * The best pack for what a person's browser asks for (`navigator.languages`, most wanted first):
 * `de-AT` → `de`, `pt` → `pt-BR`, `zh-HK` → `zh-TW`, `es-MX` → `es-419`; nothing that fits → `en`.
 */
export function negotiateLocale(requested: readonly string[]): LocaleTag {
  for (const tag of requested) {
    const pack = match(tag);
    if (pack) return pack;
  }
  return 'en';
}
