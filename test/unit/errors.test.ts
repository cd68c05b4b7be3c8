// @vitest-environment node
import { afterEach, describe, expect, test, vi } from 'vitest';
import { ActivationFailure, isCodeError, isTransient, isWait, toActivationError, unreachable } from '../../src/core/errors';
import { en } from '../../src/i18n/en';
import { errorText } from '../../src/i18n/error-text';

afterEach(() => vi.unstubAllGlobals());

describe('toActivationError', () => {
  test('passes adapter failures through untouched', () => {
    const error = { code: 'rate_limited', retryAfterSeconds: 4 } as const;
    expect(toActivationError(new ActivationFailure(error))).toBe(error);
  });

  test.each(['Failed to fetch', 'NetworkError when attempting to fetch resource.', 'Load failed', 'fetch failed'])(
    "fetch's own TypeError (%s) means the network",
    (message) => expect(toActivationError(new TypeError(message)).code).toBe('network'),
  );

  test('only a browser that says it is offline is told to check its connection', () => {
    vi.stubGlobal('navigator', { onLine: false });
    expect(toActivationError(new TypeError('Failed to fetch'))).toEqual({ code: 'offline', detail: 'Failed to fetch' });
    expect(unreachable()).toEqual({ code: 'offline', detail: undefined });
    vi.stubGlobal('navigator', { onLine: true });
    expect(unreachable('x').code).toBe('network');
  });

  test('any other TypeError is a bug, never reported as "check your connection"', () => {
    expect(toActivationError(new TypeError("Cannot read properties of undefined (reading 'x')")).code).toBe('unexpected_response');
  });

  test('a timeout abort is a timeout; anything else thrown is unexpected', () => {
    expect(toActivationError(new DOMException('signal timed out', 'TimeoutError')).code).toBe('timeout');
    expect(toActivationError('boom')).toEqual({ code: 'unexpected_response', detail: 'boom' });
  });
});

describe('classification', () => {
  test.each([
    [{ code: 'network' } as const, true],
    [{ code: 'timeout' } as const, true],
    [{ code: 'offline' } as const, true],
    [{ code: 'service_unavailable', retryAfterSeconds: 30 } as const, true],
    [{ code: 'unconfirmed', status: 200 } as const, false],
    [{ code: 'bad_link' } as const, false],
    [{ code: 'unexpected_response', status: 502 } as const, true],
    [{ code: 'unexpected_response' } as const, true],
    // The same wrong-shaped answer would come back, and cost rate limit.
    [{ code: 'unexpected_response', status: 200 } as const, false],
    [{ code: 'unexpected_response', status: 400 } as const, false],
    [{ code: 'invalid_code' } as const, false],
  ])('isTransient(%j) is %s', (error, expected) => expect(isTransient(error)).toBe(expected));

  test('code errors are the ones a person fixes by retyping', () => {
    expect(isCodeError({ code: 'expired' })).toBe(true);
    expect(isCodeError({ code: 'network' })).toBe(false);
  });
});

describe('sentences', () => {
  test.each([
    [{ code: 'rate_limited', retryAfterSeconds: 5 } as const, 'Too many attempts. You can try again in 5 seconds.'],
    [{ code: 'rate_limited', retryAfterSeconds: 1 } as const, 'Too many attempts. You can try again in 1 second.'],
    [{ code: 'rate_limited', retryAfterSeconds: 1800 } as const, 'Too many attempts. You can try again in 30 minutes.'],
    [{ code: 'rate_limited', retryAfterSeconds: null } as const, 'Too many attempts. Try again later.'],
    [{ code: 'service_unavailable', retryAfterSeconds: 120 } as const, 'The sign-in service is temporarily unavailable. You can try again in 2 minutes.'],
    [{ code: 'service_unavailable', retryAfterSeconds: null } as const, 'The sign-in service is temporarily unavailable. Try again later.'],
  ])('a wait is said with its length, or as "later": %j', (error, sentence) => {
    expect(isWait(error)).toBe(true);
    expect(errorText(en, error)).toBe(sentence);
  });

  test.each([
    ['network', /may be down/],
    ['offline', /offline\. Check your connection/],
    ['lookup_refused', /refused to look up this code/],
    ['already_answered', /already answered/],
    ['bad_link', /link is damaged/],
    ['unconfirmed', /can't tell if that worked\. Check your device/],
  ] as const)('%s has its own sentence', (code, sentence) => {
    expect(isWait({ code })).toBe(false);
    expect(errorText(en, { code })).toMatch(sentence);
  });
});
