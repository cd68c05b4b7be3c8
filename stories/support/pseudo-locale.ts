/**
 * A pseudo-locale for layout testing: every sentence accented (so untranslated text stands out)
 * and 40 % longer (the room German, Finnish or Greek often need), in brackets so a cut-off end
 * shows. Placeholders stay as they are: user codes and names are filled in unchanged.
 */
import { en, type Messages } from '../../src/index';

/** The tag CLDR reserves for accented pseudo-English. */
export const PSEUDO_TAG = 'en-XA';

const ACCENTED: Record<string, string> = {
  a: 'å', b: 'ƀ', c: 'ç', d: 'ð', e: 'é', f: 'ƒ', g: 'ĝ', h: 'ĥ', i: 'î', j: 'ĵ', k: 'ķ', l: 'ļ', m: 'ɱ',
  n: 'ñ', o: 'ö', p: 'þ', r: 'ŕ', s: 'š', t: 'ţ', u: 'û', w: 'ŵ', y: 'ý', z: 'ž',
  A: 'Å', C: 'Ç', D: 'Ð', E: 'É', G: 'Ĝ', I: 'Î', L: 'Ļ', N: 'Ñ', O: 'Ö', S: 'Š', T: 'Ţ', U: 'Û', Y: 'Ý', Z: 'Ž',
};
const FILLER = 'ţŵö ţĥŕéé ƒöûŕ ƒîvé šîx šévéñ éîĝĥţ ñîñé ţéñ';

/** One sentence, accented and 40 % longer, placeholders kept. */
export function pseudoText(text: string): string {
  const accented = text
    .split(/(\{\w+\})/)
    .map((part) => (/^\{\w+\}$/.test(part) ? part : [...part].map((character) => ACCENTED[character] ?? character).join('')))
    .join('');
  const extra = Math.ceil(text.length * 0.4);
  const padding = FILLER.repeat(Math.ceil(extra / FILLER.length) + 1).slice(0, extra).trim();
  return `[${accented}${padding ? ` ${padding}` : ''}]`;
}

/** The whole catalogue, pseudo-localised. */
export function pseudoLocalise(messages: Messages): Messages {
  const entries = Object.entries(messages).map(([key, value]) => [
    key,
    key === 'locale' ? PSEUDO_TAG : typeof value === 'string' ? pseudoText(value) : Object.fromEntries(Object.entries(value).map(([part, text]) => [part, pseudoText(text as string)])),
  ]);
  return Object.fromEntries(entries) as Messages;
}

export const pseudo = pseudoLocalise(en);
