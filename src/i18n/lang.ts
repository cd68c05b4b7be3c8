/** A tag's language, lower case: `de` for `de-AT`. */
export const languageOf = (tag: string) => tag.split('-')[0]!.toLowerCase();

/**
 * The `lang` for text from a pack negotiated for `wanted`: the wanted tag when the pack is in its
 * language (`de-AT` keeps its region's numbers over the de pack), otherwise the pack's own
 * (`pt` → `pt-BR`; `sw`, which has no pack, → `en`), so screen readers read the text in the
 * language it is written in.
 */
export const langFor = (wanted: string, packLocale: string) =>
  languageOf(packLocale) === languageOf(wanted) && wanted.includes('-') ? wanted : packLocale;
