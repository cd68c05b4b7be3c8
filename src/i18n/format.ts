/**
 * A message with a count: one sentence per plural category of the pack's language, chosen with
 * `Intl.PluralRules` (English has `one` and `other`; Russian `one`, `few`, `many`, `other`; Arabic
 * all six). `{count}` in the chosen sentence is the count, written with `Intl.NumberFormat`.
 */
export type Plural = { readonly [category in Intl.LDMLPluralRule]?: string } & { readonly other: string };

/** What a message's `{placeholders}` are filled with. Numbers are written in the locale's digits. */
export type MessageValues = Readonly<Record<string, string | number>>;

/**
 * Fills a message in for `locale`: picks the plural form by `values.count` when the message is a
 * {@link Plural}, then replaces each `{name}` with its value. A placeholder without a value stays
 * as written, so a pack's mistake shows on screen instead of reading `undefined`.
 */
export const format = (locale: string, message: string | Plural, values: MessageValues = {}): string => {
  const template = typeof message === 'string' ? message : (message[new Intl.PluralRules(locale).select(Number(values.count))] ?? message.other);
  // A number's toLocaleString is Intl.NumberFormat's; a string's is the string itself.
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) => (values[name] ?? placeholder).toLocaleString(locale));
};
