// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  AUTHOS_USER_CODE,
  NO_LOOKALIKES_ALPHABET,
  checkUserCode,
  formatUserCode,
  normaliseUserCode,
  toRequestCode,
  type UserCodeFormat,
} from '../../src/core/user-code';
import { en } from '../../src/i18n/en';
import { problemText } from '../../src/i18n/error-text';

/** A backend that wants the bare characters (better-auth style). */
const BARE_FORMAT: UserCodeFormat = { ...AUTHOS_USER_CODE, sendSeparator: false };

/** Groups of three shown with a space, ten characters: exercises a non-default format. */
const SPACED_FORMAT: UserCodeFormat = {
  alphabet: NO_LOOKALIKES_ALPHABET,
  length: 10,
  groupSize: 3,
  separator: ' ',
  sendSeparator: true,
};

const ALPHABET = Array.from(NO_LOOKALIKES_ALPHABET);

/** Everything a person (or a chat app, or a PDF) puts between code characters. */
const SEPARATOR_CHARS = [
  '-', // hyphen-minus
  '\u2010', // hyphen
  '\u2011', // non-breaking hyphen
  '\u2012', // figure dash
  '\u2013', // en dash
  '\u2014', // em dash
  '\u2015', // horizontal bar
  '\u2212', // minus sign
  '\uFE63', // small hyphen-minus
  '\uFF0D', // fullwidth hyphen-minus
  ' ',
  '\t',
  '\n',
  '\u00A0', // no-break space
  '\u2009', // thin space
  '\u202F', // narrow no-break space
  '\u3000', // ideographic space
  '_',
  '.',
  '/',
  ':',
  '·',
  '•',
];
const INVISIBLE_CHARS = ['\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD', '\u200E', '\u202C', '\u2068', '\u061C', '\u{E0020}'];
const WRAPPER_PAIRS: readonly (readonly [string, string])[] = [
  ['"', '"'],
  ["'", "'"],
  ['`', '`'],
  ['\u201C', '\u201D'], // “ ”
  ['\u2018', '\u2019'], // ‘ ’
  ['«', '»'],
  ['(', ')'],
  ['[', ']'],
  ['{', '}'],
  ['<', '>'],
];

const fullwidth = (s: string) => s.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

describe('normaliseUserCode', () => {
  it.each([
    ['lower case', 'wdjbmjht', 'WDJBMJHT'],
    ['mixed case', 'WdJb-mJhT', 'WDJBMJHT'],
    ['spaces', ' WDJB MJHT ', 'WDJBMJHT'],
    ['spaces between every character', 'W D J B M J H T', 'WDJBMJHT'],
    ['tab and newline', 'WDJB\t\nMJHT', 'WDJBMJHT'],
    ['hyphen-minus', 'WDJB-MJHT', 'WDJBMJHT'],
    ['hyphen U+2010', 'WDJB\u2010MJHT', 'WDJBMJHT'],
    ['non-breaking hyphen U+2011', 'WDJB\u2011MJHT', 'WDJBMJHT'],
    ['en dash', 'WDJB\u2013MJHT', 'WDJBMJHT'],
    ['em dash', 'WDJB\u2014MJHT', 'WDJBMJHT'],
    ['minus sign U+2212', 'WDJB\u2212MJHT', 'WDJBMJHT'],
    ['fullwidth hyphen', 'WDJB\uFF0DMJHT', 'WDJBMJHT'],
    ['several dashes in a row', 'WDJB--\u2014MJHT', 'WDJBMJHT'],
    ['zero-width space U+200B', 'WDJB\u200BMJHT', 'WDJBMJHT'],
    ['byte order mark U+FEFF', '\uFEFFWDJBMJHT', 'WDJBMJHT'],
    ['word joiner U+2060', 'WD\u2060JB\u2060MJHT', 'WDJBMJHT'],
    ['soft hyphen', 'WDJB\u00ADMJHT', 'WDJBMJHT'],
    ['bidi isolates around a code pasted from a right-to-left chat', '\u2068WDJB-MJHT\u2069', 'WDJBMJHT'],
    ['Arabic letter mark U+061C', 'WDJB\u061CMJHT', 'WDJBMJHT'],
    ['invisible tag characters U+E0020', 'WDJB\u{E0020}MJHT', 'WDJBMJHT'],
    ['no-break space', 'WDJB\u00A0MJHT', 'WDJBMJHT'],
    ['narrow no-break space', 'WDJB\u202FMJHT', 'WDJBMJHT'],
    ['ideographic space', 'WDJB\u3000MJHT', 'WDJBMJHT'],
    ['fullwidth letters', 'ＷＤＪＢ－ＭＪＨＴ', 'WDJBMJHT'],
    ['fullwidth lower case', 'ｗｄｊｂｍｊｈｔ', 'WDJBMJHT'],
    ['straight double quotes', '"WDJB-MJHT"', 'WDJBMJHT'],
    ['curly double quotes', '\u201CWDJB-MJHT\u201D', 'WDJBMJHT'],
    ['curly single quotes', '\u2018WDJB-MJHT\u2019', 'WDJBMJHT'],
    ['guillemets', '«WDJB-MJHT»', 'WDJBMJHT'],
    ['backticks', '`WDJB-MJHT`', 'WDJBMJHT'],
    ['brackets', '[WDJB-MJHT]', 'WDJBMJHT'],
    ['trailing period', 'WDJB-MJHT.', 'WDJBMJHT'],
    ['quoted with trailing period', '"wdjb-mjht".', 'WDJBMJHT'],
    ['everything at once', ' \u201Cｗｄｊｂ\u00A0\u2013\u200Bmjht\u201D. ', 'WDJBMJHT'],
    ['empty', '', ''],
    ['only decoration', ' - \u200B "" . ', ''],
  ])('%s', (_name, input, expected) => {
    expect(normaliseUserCode(input)).toBe(expected);
  });

  it('keeps characters outside the alphabet, upper-cased, so they can be reported', () => {
    expect(normaliseUserCode('wdjb-mjh0')).toBe('WDJBMJH0');
    expect(normaliseUserCode('wdjb-mjho')).toBe('WDJBMJHO');
    expect(normaliseUserCode('ab😀cd')).toBe('AB😀CD');
    expect(normaliseUserCode('ab#cd')).toBe('AB#CD');
  });

  // Counterexamples of the original single-pass implementation, which was not idempotent.
  it.each([
    ['separator between a letter and a combining mark', 'E-\u0301'],
    ['zero-width space between a letter and a combining mark', 'A\u200B\u0308'],
    ['quote between a letter and a combining mark', 'A"\u0308'],
    ['spacing diaeresis (NFKC gives space + combining mark)', 'e\u00A8'],
    ['sharp s plus a combining accent (upper-casing decomposes)', '\u00DF\u0301'],
    ['dotless i plus a combining accent', '\u0131\u0301'],
    ['Greek iota with dialytika and tonos', '\u0390'],
  ])('is idempotent for %s', (_name, input) => {
    const once = normaliseUserCode(input);
    expect(normaliseUserCode(once)).toBe(once);
  });

  it('composes a letter with a combining mark that a separator used to split', () => {
    expect(normaliseUserCode('E-\u0301')).toBe('\u00C9');
    expect(normaliseUserCode('\u00DF\u0301')).toBe('S\u015A');
  });

  it('is idempotent for every code point alone and next to letters and combining marks', () => {
    const failures: string[] = [];
    for (let cp = 0; cp <= 0x2ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const c = String.fromCodePoint(cp);
      for (const input of [c, `e${c}`, `${c}\u0301`, `A${c}\u0308`, `${c}${c}`]) {
        const once = normaliseUserCode(input);
        if (normaliseUserCode(once) !== once) failures.push(`U+${cp.toString(16)} in ${JSON.stringify(input)}`);
      }
    }
    expect(failures.slice(0, 20)).toEqual([]);
  });
});

describe('checkUserCode', () => {
  it('accepts a typed code and returns it as AuthOS wants it (with the dash)', () => {
    expect(checkUserCode('wdjb mjht', AUTHOS_USER_CODE)).toEqual({ ok: true, code: 'WDJB-MJHT' });
    expect(checkUserCode('WDJBMJHT', AUTHOS_USER_CODE)).toEqual({ ok: true, code: 'WDJB-MJHT' });
    expect(checkUserCode('"ＷＤＪＢ\u2014mjht".', AUTHOS_USER_CODE)).toEqual({ ok: true, code: 'WDJB-MJHT' });
  });

  it('returns bare characters for a format that does not send the separator', () => {
    expect(checkUserCode('wdjb-mjht', BARE_FORMAT)).toEqual({ ok: true, code: 'WDJBMJHT' });
  });

  it.each([
    ['zero', 'WDJB-MJH0', '0', 8],
    ['capital O', 'ODJB-MJHT', 'O', 1],
    ['one', 'WD1B-MJHT', '1', 3],
    ['capital I', 'WDJB-IJHT', 'I', 5],
    ['lower-case o (upper-cased first)', 'wdjb-mjot', 'O', 7],
    ['lower-case i (upper-cased first)', 'wdjbmiht', 'I', 6],
    ['lower-case l is fine, it is L', 'wdjb-mjlt', null, 0],
    ['emoji counts as one character', 'WD😀B-MJHT', '😀', 3],
    ['punctuation', 'WDJB#MJHT', '#', 5],
    ['accented letter', 'WDJÉ-MJHT', 'É', 4],
  ])('names an out-of-alphabet character: %s', (_name, input, character, position) => {
    const result = checkUserCode(input, AUTHOS_USER_CODE);
    if (character === null) {
      expect(result).toEqual({ ok: true, code: 'WDJB-MJLT' });
    } else {
      expect(result).toEqual({ ok: false, problem: { kind: 'invalid_character', character, position } });
    }
  });

  it('counts positions in code characters, not separators or UTF-16 units', () => {
    // Separators and zero-width characters before the bad one do not shift its position.
    expect(checkUserCode('W-D\u200B-J\u00A0B-0', AUTHOS_USER_CODE)).toEqual({
      ok: false,
      problem: { kind: 'invalid_character', character: '0', position: 5 },
    });
    // An astral emoji is one character (two UTF-16 units): what follows it is at position 3, not 4.
    const withEmoji: UserCodeFormat = { alphabet: 'AB😀', length: 4, groupSize: 2, separator: '-', sendSeparator: true };
    expect(checkUserCode('A😀X', withEmoji)).toEqual({
      ok: false,
      problem: { kind: 'invalid_character', character: 'X', position: 3 },
    });
    expect(checkUserCode('a😀-b😀', withEmoji)).toEqual({ ok: true, code: 'A😀-B😀' });
  });

  it('reports the first bad character when there are several', () => {
    expect(checkUserCode('AB1O0', AUTHOS_USER_CODE)).toEqual({
      ok: false,
      problem: { kind: 'invalid_character', character: '1', position: 3 },
    });
  });

  it('reports a bad character before "too short"', () => {
    expect(checkUserCode('0', AUTHOS_USER_CODE)).toEqual({
      ok: false,
      problem: { kind: 'invalid_character', character: '0', position: 1 },
    });
    expect(checkUserCode('WDJO', AUTHOS_USER_CODE)).toEqual({
      ok: false,
      problem: { kind: 'invalid_character', character: 'O', position: 4 },
    });
  });

  it('reports a bad character before "too long"', () => {
    expect(checkUserCode('WDJB-MJHT-ABCD-I', AUTHOS_USER_CODE)).toEqual({
      ok: false,
      problem: { kind: 'invalid_character', character: 'I', position: 13 },
    });
  });

  it('reports too short with the count of code characters', () => {
    expect(checkUserCode('wdjb-mjh', AUTHOS_USER_CODE)).toEqual({
      ok: false,
      problem: { kind: 'too_short', length: 7, expected: 8 },
    });
    expect(checkUserCode('W', AUTHOS_USER_CODE)).toEqual({
      ok: false,
      problem: { kind: 'too_short', length: 1, expected: 8 },
    });
  });

  it('reports too long with the count of code characters', () => {
    expect(checkUserCode('wdjb-mjht-a', AUTHOS_USER_CODE)).toEqual({
      ok: false,
      problem: { kind: 'too_long', length: 9, expected: 8 },
    });
    expect(checkUserCode('WDJBMJHTWDJBMJHT', AUTHOS_USER_CODE)).toEqual({
      ok: false,
      problem: { kind: 'too_long', length: 16, expected: 8 },
    });
  });

  it.each([[''], ['   '], ['-'], ['\u200B\uFEFF\u2060'], ['""'], ['.'], ['\u00A0\u2013\u00A0']])(
    'reports empty for %j',
    (input) => {
      expect(checkUserCode(input, AUTHOS_USER_CODE)).toEqual({ ok: false, problem: { kind: 'empty' } });
    },
  );

  it('respects the format length', () => {
    expect(checkUserCode('ABC DEF GHJ K', SPACED_FORMAT)).toEqual({ ok: true, code: 'ABC DEF GHJ K' });
    expect(checkUserCode('ABCDEFGH', SPACED_FORMAT)).toEqual({
      ok: false,
      problem: { kind: 'too_short', length: 8, expected: 10 },
    });
  });

  it('respects the format alphabet', () => {
    const digits: UserCodeFormat = { alphabet: '0123456789', length: 6, groupSize: 3, separator: '-', sendSeparator: false };
    expect(checkUserCode('123 456', digits)).toEqual({ ok: true, code: '123456' });
    expect(checkUserCode('123 45A', digits)).toEqual({
      ok: false,
      problem: { kind: 'invalid_character', character: 'A', position: 6 },
    });
  });
});

describe('formatUserCode', () => {
  it.each([
    ['', ''],
    ['w', 'W'],
    ['wdj', 'WDJ'],
    ['wdjb', 'WDJB'],
    ['wdjbm', 'WDJB-M'],
    ['wdjb-', 'WDJB'],
    ['wdjb-mj', 'WDJB-MJ'],
    ['wdjbmjht', 'WDJB-MJHT'],
    ['w d j b m j h t', 'WDJB-MJHT'],
    ['WDJBMJHTX', 'WDJB-MJHT-X'],
    ['wdjb-mjh0', 'WDJB-MJH0'],
    ['ab😀cdef', 'AB😀C-DEF'],
  ])('%j → %j', (input, expected) => {
    expect(formatUserCode(input, AUTHOS_USER_CODE)).toBe(expected);
  });

  it('uses the format group size and separator', () => {
    expect(formatUserCode('abcdefghjk', SPACED_FORMAT)).toBe('ABC DEF GHJ K');
    expect(formatUserCode('abcd', SPACED_FORMAT)).toBe('ABC D');
  });

  it('shows a format without a usable group size ungrouped instead of looping forever', () => {
    for (const groupSize of [0, -1, Number.NaN, 1.5]) {
      expect(formatUserCode('wdjbmjht', { ...AUTHOS_USER_CODE, groupSize })).toBe('WDJBMJHT');
    }
  });
});

describe('toRequestCode', () => {
  it('sends the dash for AuthOS', () => {
    expect(toRequestCode('abcdefgh', AUTHOS_USER_CODE)).toBe('ABCD-EFGH');
    expect(toRequestCode('ABCD-EFGH', AUTHOS_USER_CODE)).toBe('ABCD-EFGH');
    expect(toRequestCode('abcd efgh', AUTHOS_USER_CODE)).toBe('ABCD-EFGH');
  });

  it('sends bare characters when the format says sendSeparator: false', () => {
    expect(toRequestCode('ABCD-EFGH', BARE_FORMAT)).toBe('ABCDEFGH');
    expect(toRequestCode('abcd\u2013efgh', BARE_FORMAT)).toBe('ABCDEFGH');
  });
});

describe('problemText names the character it rejects', () => {
  const invalid = (character: string, position = 8) => problemText(en, { kind: 'invalid_character', character, position });
  it.each([
    ['0', 'zero'],
    ['1', 'one'],
    ['O', 'letter O'],
    ['I', 'letter I'],
    ['o', 'letter o'],
    ['É', 'letter É'],
    ['Ж', 'letter Ж'],
    ['😀', '😀'],
    ['#', '#'],
    ['7', '7'],
  ])('%j is named %j', (character, name) => {
    expect(invalid(character)).toBe(`Character 8, “${character}” (${name}), is never in a code.`);
  });

  it('names the character checkUserCode reports, in the pack\'s own words and digits', () => {
    const result = checkUserCode('wdjb-mjh0', AUTHOS_USER_CODE);
    expect(result.ok).toBe(false);
    if (!result.ok && result.problem.kind === 'invalid_character') {
      expect(problemText(en, result.problem)).toBe('Character 8, “0” (zero), is never in a code.');
      // Egyptian Arabic writes numbers in Arabic-Indic digits; the code's own character stays Latin.
      const arabic = { ...en, locale: 'ar-EG', digitZero: 'صفر', codeInvalidCharacter: 'الحرف {position}، «{character}» ({name})، لا يرد في أي رمز.' };
      expect(problemText(arabic, result.problem)).toBe('الحرف ٨، «0» (صفر)، لا يرد في أي رمز.');
    } else {
      expect.unreachable('expected an invalid_character problem');
    }
  });

  it('counts characters with the plural form the count needs', () => {
    expect(problemText(en, { kind: 'too_short', length: 7, expected: 8 })).toBe('That code has 7 of 8 characters.');
    expect(problemText(en, { kind: 'too_long', length: 1, expected: 8 })).toBe('That code has 1 character, not 8.');
  });
});

// ---------------------------------------------------------------------------------------------
// Properties
// ---------------------------------------------------------------------------------------------

const NUM_RUNS = 5000;

const alphabetChar = fc.constantFrom(...ALPHABET);
const separatorChar = fc.constantFrom(...SEPARATOR_CHARS);
const invisibleChar = fc.constantFrom(...INVISIBLE_CHARS);
const combiningMark = fc.integer({ min: 0x0300, max: 0x036f }).map((cp) => String.fromCodePoint(cp));
const lookalike = fc.constantFrom('0', '1', 'O', 'I', 'o', 'i', 'l', 'ß', 'ı', 'ǰ', 'ŉ', 'ﬀ', 'Ⅳ', '①');

/** Strings people could never type but a paste or a fuzzer can: lone surrogates, controls, astral planes. */
const anyString = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'binary-ascii', maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.string({ unit: 'grapheme-composite', maxLength: 20 }),
  fc.string({ unit: fc.oneof(alphabetChar, separatorChar, invisibleChar, combiningMark, lookalike, fc.string({ unit: 'binary', minLength: 1, maxLength: 1 })), maxLength: 30 }),
);

const validCode = fc.array(alphabetChar, { minLength: 8, maxLength: 8 }).map((chars) => chars.join(''));

/** A valid code dressed the way people type and paste it. */
const decoratedCode = fc
  .record({
    code: validCode,
    lower: fc.array(fc.boolean(), { minLength: 8, maxLength: 8 }),
    wide: fc.array(fc.boolean(), { minLength: 8, maxLength: 8 }),
    gaps: fc.array(fc.array(fc.oneof(separatorChar, invisibleChar), { maxLength: 3 }), { minLength: 9, maxLength: 9 }),
    wrapper: fc.option(fc.constantFrom(...WRAPPER_PAIRS)),
    period: fc.boolean(),
  })
  .map(({ code, lower, wide, gaps, wrapper, period }) => {
    let text = gaps[0]!.join('');
    Array.from(code).forEach((c, i) => {
      let shown = lower[i] ? c.toLowerCase() : c;
      if (wide[i]) shown = fullwidth(shown);
      text += shown + gaps[i + 1]!.join('');
    });
    if (wrapper) text = wrapper[0] + text + wrapper[1];
    if (period) text += '.';
    return { code, text };
  });

describe('properties', () => {
  it('normaliseUserCode never throws and is idempotent', () => {
    fc.assert(
      fc.property(anyString, (input) => {
        const once = normaliseUserCode(input);
        expect(normaliseUserCode(once)).toBe(once);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('normaliseUserCode leaves no separator, invisible character or wrapper behind', () => {
    const leftovers = new RegExp(
      `[${[...SEPARATOR_CHARS, ...INVISIBLE_CHARS, ...WRAPPER_PAIRS.flat()].map((c) => `\\u{${c.codePointAt(0)!.toString(16)}}`).join('')}]`,
      'u',
    );
    fc.assert(
      fc.property(anyString, (input) => {
        expect(normaliseUserCode(input)).not.toMatch(leftovers);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it.each([
    ['AuthOS', AUTHOS_USER_CODE],
    ['bare', BARE_FORMAT],
    ['spaced', SPACED_FORMAT],
  ])('checkUserCode (%s) never throws, and an accepted code re-checks to itself', (_name, format) => {
    fc.assert(
      fc.property(fc.oneof(anyString, decoratedCode.map((d) => d.text)), (input) => {
        const result = checkUserCode(input, format);
        if (result.ok) {
          expect(checkUserCode(result.code, format)).toEqual(result);
          expect(Array.from(normaliseUserCode(result.code))).toHaveLength(format.length);
        } else if (result.problem.kind === 'invalid_character') {
          // The reported character really is the first one outside the alphabet.
          const chars = Array.from(normaliseUserCode(input));
          const { character, position } = result.problem;
          expect(chars[position - 1]).toBe(character);
          expect(format.alphabet.includes(character)).toBe(false);
          expect(chars.slice(0, position - 1).every((c) => format.alphabet.includes(c))).toBe(true);
        } else if (result.problem.kind === 'empty') {
          expect(normaliseUserCode(input)).toBe('');
        } else {
          expect(result.problem.length).toBe(Array.from(normaliseUserCode(input)).length);
          expect(result.problem.length < format.length).toBe(result.problem.kind === 'too_short');
        }
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('every decoration of a valid code normalises back to it and checks ok', () => {
    fc.assert(
      fc.property(decoratedCode, ({ code, text }) => {
        expect(normaliseUserCode(text)).toBe(code);
        expect(checkUserCode(text, AUTHOS_USER_CODE)).toEqual({
          ok: true,
          code: `${code.slice(0, 4)}-${code.slice(4)}`,
        });
        expect(checkUserCode(text, BARE_FORMAT)).toEqual({ ok: true, code });
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('formatted output round-trips through normalisation', () => {
    fc.assert(
      fc.property(anyString, (input) => {
        for (const format of [AUTHOS_USER_CODE, SPACED_FORMAT]) {
          const formatted = formatUserCode(input, format);
          expect(normaliseUserCode(formatted)).toBe(normaliseUserCode(input));
          expect(formatUserCode(formatted, format)).toBe(formatted);
        }
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('formatted valid codes check ok, and toRequestCode is stable', () => {
    fc.assert(
      fc.property(validCode, anyString, (code, junk) => {
        const formatted = formatUserCode(code, AUTHOS_USER_CODE);
        expect(formatted).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}$/);
        expect(checkUserCode(formatted, AUTHOS_USER_CODE)).toEqual({ ok: true, code: formatted });
        for (const format of [AUTHOS_USER_CODE, BARE_FORMAT, SPACED_FORMAT]) {
          const sent = toRequestCode(junk, format);
          expect(toRequestCode(sent, format)).toBe(sent);
        }
      }),
      { numRuns: NUM_RUNS },
    );
  });
});
