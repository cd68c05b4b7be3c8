/**
 * User codes as people type them, and as backends want them.
 *
 * A verify call costs the person part of a tight rate limit (AuthOS: a burst of 10, then one per
 * 5 s), so everything that can be decided locally is decided here, before any request.
 */

/** How one backend writes its user codes. */
export interface UserCodeFormat {
  /** Every character a code may contain, upper case. */
  readonly alphabet: string;
  /** Number of code characters, separators excluded. */
  readonly length: number;
  /** Characters per displayed group (`WDJB-MJHT` has groups of 4). */
  readonly groupSize: number;
  /** Separator shown between groups. */
  readonly separator: string;
  /** Whether the backend expects the separator in the request (AuthOS does, better-auth does not). */
  readonly sendSeparator: boolean;
}

/** RFC 8628 §6.1's base-20-ish alphabet without look-alikes, as AuthOS and better-auth use it. */
export const NO_LOOKALIKES_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** AuthOS: `XXXX-XXXX` from `A-HJ-NP-Z2-9`, sent with the dash. */
export const AUTHOS_USER_CODE: UserCodeFormat = {
  alphabet: NO_LOOKALIKES_ALPHABET,
  length: 8,
  groupSize: 4,
  separator: '-',
  sendSeparator: true,
};

export type UserCodeProblem =
  | { readonly kind: 'empty' }
  | { readonly kind: 'too_short'; readonly length: number; readonly expected: number }
  | { readonly kind: 'too_long'; readonly length: number; readonly expected: number }
  | { readonly kind: 'invalid_character'; readonly character: string; readonly position: number };

export type UserCodeCheck =
  | { readonly ok: true; readonly code: string }
  | { readonly ok: false; readonly problem: UserCodeProblem };

// What never belongs to a code, dropped wherever it stands (one class: deleting the sets together
// is the same as deleting them one after another):
// - invisible format characters that survive copy/paste from chat apps and PDFs: soft hyphens,
//   zero-width spaces and joiners, bidi marks and isolates, byte-order marks (Unicode category Cf);
// - every dash-like character and every kind of white space: all of them are separators to a person;
// - quotes and brackets people copy along with the code ("WDJB-MJHT", [WDJB-MJHT]): every opening
//   and closing quotation mark (Pi, Pf: “” ‘’ «» ‹› and the rest) by category, which is also
//   shorter in the bundle than listing them.
const NOT_CODE = /[\p{Cf}\s\p{Pd}\p{Pi}\p{Pf}\u2212_.·•/\\:"'`()[\]{}<>]/gu;

/**
 * Reduces whatever a person typed or pasted to the code's characters, upper case, in order.
 * Characters outside the alphabet are kept, so that {@link checkUserCode} can name them.
 * Never throws; `normaliseUserCode(normaliseUserCode(x)) === normaliseUserCode(x)`.
 */
export const normaliseUserCode = (input: string): string => {
  // One pass is not a fixed point: removing a separator can join a letter to a combining mark
  // (`E-\u0301` → `É` on the next NFKC), and upper-casing can leave a decomposed sequence
  // (`ß\u0301` → `SS\u0301` → `SŚ`). Repeat until nothing changes; in practice one or two passes.
  let current = String(input);
  for (let pass = 0; pass < 9; pass++) {
    const next = current.normalize('NFKC').replace(NOT_CODE, '').toUpperCase();
    if (next === current) break;
    current = next;
  }
  return current;
};

/** Checks a typed code against a backend's format and returns it ready to send, or the first problem. */
export const checkUserCode = (input: string, format: UserCodeFormat): UserCodeCheck => {
  const raw = normaliseUserCode(input);
  const chars = Array.from(raw);
  const { length } = chars;
  const bad = chars.findIndex((c) => !format.alphabet.includes(c));
  const problem: UserCodeProblem | null = !length
    ? { kind: 'empty' }
    : bad >= 0
      ? { kind: 'invalid_character', character: chars[bad]!, position: bad + 1 }
      : length !== format.length
        ? { kind: length < format.length ? 'too_short' : 'too_long', length, expected: format.length }
        : null;
  return problem ? { ok: false, problem } : { ok: true, code: toRequestCode(raw, format) };
};

/** Groups a (possibly partial) code for display: `wdjbm` → `WDJB-M`. Extra characters are kept. */
export const formatUserCode = (input: string, format: UserCodeFormat): string => {
  // A format without a usable group size (0, negative, NaN) is shown ungrouped.
  const size = Number.isInteger(format.groupSize) && format.groupSize > 0 ? format.groupSize : Infinity;
  // A separator before each character that starts a group, but the first.
  return Array.from(normaliseUserCode(input), (char, i) => (i && i % size === 0 ? format.separator : '') + char).join('');
};

/** The code as the backend wants it in a request body or URL. */
export const toRequestCode = (input: string, format: UserCodeFormat): string =>
  // formatUserCode normalises first: either way the code is sent normalised.
  format.sendSeparator ? formatUserCode(input, format) : normaliseUserCode(input);
