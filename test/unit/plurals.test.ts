import { describe, expect, it } from 'vitest';
import { waitText } from '../../src/i18n/error-text';
import { ar } from '../../src/i18n/locales/ar';
import { cs } from '../../src/i18n/locales/cs';
import { pl } from '../../src/i18n/locales/pl';
import { ru } from '../../src/i18n/locales/ru';
import { en } from '../../src/i18n/en';
import { problemText } from '../../src/i18n/error-text';

// Languages with more than two plural forms, each count written out as a native speaker expects
// it (0, 1, 2, 3, 5, 11, 21, 100): the pack has the forms, and the kit picks the right one.
const COUNTS = [0, 1, 2, 3, 5, 11, 21, 100] as const;
const noun = (messages: typeof en, count: number) => waitText(messages, count).replace(/^.*\d\s*/u, '').replace(/[.。]$/, '');

describe('counts follow the language: "try again in N seconds"', () => {
  it.each([
    ['en', en, ['seconds', 'second', 'seconds', 'seconds', 'seconds', 'seconds', 'seconds', 'minutes']],
    ['ru', ru, ['секунд', 'секунду', 'секунды', 'секунды', 'секунд', 'секунд', 'секунду', 'минуты']],
    ['pl', pl, ['sekund', 'sekundę', 'sekundy', 'sekundy', 'sekund', 'sekund', 'sekund', 'minuty']],
    ['cs', cs, ['sekund', 'sekundu', 'sekundy', 'sekundy', 'sekund', 'sekund', 'sekund', 'minuty']],
  ] as const)('%s', (_, messages, nouns) => {
    expect(COUNTS.map((count) => noun(messages, count))).toEqual(nouns);
  });

  it('Arabic: six forms, in its own words', () => {
    const seconds = COUNTS.map((count) => waitText(ar, count));
    expect(seconds[2]).toContain('ثانيتين'); // two: the dual
    expect(seconds[3]).toContain('ثوانٍ'); // 3–10: plural
    expect(seconds[4]).toContain('ثوانٍ');
    expect(seconds[5]).toMatch(/ثانية/); // 11–99: singular
    expect(new Set(seconds).size).toBeGreaterThanOrEqual(4);
  });

  it('100 seconds or more are counted in minutes, with that count\'s form', () => {
    expect(waitText(ru, 100)).toBe(ru.retryInMinutes.few!.replace('{count}', '2'));
    expect(waitText(ru, 21 * 60)).toBe(ru.retryInMinutes.one!.replace('{count}', '21'));
    expect(waitText(pl, 5 * 60)).toBe(pl.retryInMinutes.many!.replace('{count}', '5'));
  });
});

describe('"has 7 of 8 characters" agrees with the number it counts', () => {
  it('Russian: "из 8 символов", "из 21 символа"', () => {
    expect(problemText(ru, { kind: 'too_short', length: 7, expected: 8 })).toBe(ru.codeTooShort.many!.replace('{length}', '7').replace('{count}', '8'));
    expect(problemText(ru, { kind: 'too_short', length: 20, expected: 21 })).toBe(ru.codeTooShort.one!.replace('{length}', '20').replace('{count}', '21'));
  });
});

describe('numbers are written the way the locale writes them', () => {
  it('a region with its own digits gets them; the code itself never changes', () => {
    const egypt = { ...ar, locale: 'ar-EG' };
    expect(waitText(egypt, 5)).toContain('٥');
    expect(waitText(ar, 5)).toContain(new Intl.NumberFormat('ar').format(5));
    expect(problemText({ ...egypt }, { kind: 'invalid_character', character: '0', position: 8 })).toContain('0');
  });
});
