// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { ActivationFailure, isCodeError, isTransient, toActivationError } from '../../src/core/errors';

describe('toActivationError', () => {
  test('passes adapter failures through untouched', () => {
    const error = { code: 'rate_limited', retryAfterSeconds: 4 } as const;
    expect(toActivationError(new ActivationFailure(error))).toBe(error);
  });

  test.each(['Failed to fetch', 'NetworkError when attempting to fetch resource.', 'Load failed', 'fetch failed'])(
    "fetch's own TypeError (%s) means the network",
    (message) => expect(toActivationError(new TypeError(message)).code).toBe('network'),
  );

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
