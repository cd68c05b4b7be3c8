import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readMfaAnswer } from '../../src/core/mfa-code';

describe('readMfaAnswer', () => {
  it.each([
    ['123456', '123456'],
    [' 123 456 ', '123456'],
    ['123-456', '123456'],
    ['１２３４５６', '123456'],
  ])('reads %j as the authenticator code %s', (typed, code) => {
    expect(readMfaAnswer(typed, 32)).toEqual({ totp: true, code });
  });

  it('keeps a recovery code as typed, case and inner dashes included, only trimmed', () => {
    expect(readMfaAnswer('  aBcDe-12345 ', 32)).toEqual({ totp: false, code: 'aBcDe-12345' });
  });

  it.each([[''], ['   '], ['x'.repeat(33)]])('refuses %j before any request', (typed) => {
    expect(readMfaAnswer(typed, 32)).toBeNull();
  });

  it('never throws, and what it answers reads back the same (so adapters may read it again)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme-composite', maxLength: 40 }), (typed) => {
        const answer = readMfaAnswer(typed, 32);
        if (answer === null) return;
        expect(readMfaAnswer(answer.code, 32)).toEqual(answer);
        if (answer.totp) expect(answer.code).toMatch(/^\d{6}$/);
      }),
      { numRuns: 2000 },
    );
  });
});
