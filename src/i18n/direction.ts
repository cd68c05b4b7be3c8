/** Whether a tag's language is written right to left. */
export const isRightToLeft = (tag: string): boolean =>
  // By the primary subtag: Arabic, Persian, Hebrew, Urdu, Pashto, Yiddish, Dhivehi, Sorani Kurdish,
  // Sindhi, Uyghur, Syriac.
  /^(ar|fa|he|iw|ur|ps|yi|dv|ckb|sd|ug|syr)(-|$)/i.test(tag);

/** `rtl` for a tag in a right-to-left language, else `ltr`. */
export const directionOf = (tag: string): 'rtl' | 'ltr' => (isRightToLeft(tag) ? 'rtl' : 'ltr');
