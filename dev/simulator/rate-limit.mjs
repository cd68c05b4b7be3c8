// DEVELOPMENT SIMULATOR — not an AuthOS server, never deploy it.
// A token bucket per key, shaped like AuthOS's tower-governor layer: a burst, then one
// request per refill period. Time comes from the injected clock so tests can fast-forward.

import { text } from './http-util.mjs';

/**
 * @param {{ burst: number, refillMs: number, now: () => number }} options
 */
export function createBucket(options) {
  /** @type {Map<string, { tokens: number, updatedAt: number }>} */
  const buckets = new Map();

  return {
    /**
     * Takes one token for `key`. Returns 0 when allowed, else the whole seconds to wait.
     * @param {string} key
     */
    take(key) {
      const { burst, refillMs, now } = options;
      const at = now();
      const state = buckets.get(key) ?? { tokens: burst, updatedAt: at };
      const refilled = Math.floor((at - state.updatedAt) / refillMs);
      if (refilled > 0) {
        state.tokens = Math.min(burst, state.tokens + refilled);
        state.updatedAt = state.tokens === burst ? at : state.updatedAt + refilled * refillMs;
      }
      // A full bucket starts its refill clock at the first spend, not at some earlier visit.
      if (state.tokens === burst) state.updatedAt = at;
      buckets.set(key, state);
      if (state.tokens > 0) {
        state.tokens -= 1;
        return 0;
      }
      const waitMs = state.updatedAt + refillMs - at;
      return Math.max(1, Math.ceil(waitMs / 1000));
    },
    clear() {
      buckets.clear();
    },
  };
}

/**
 * AuthOS answers 429 in plain text, not JSON; the page must read the headers.
 * @param {number} seconds
 */
export function tooManyRequests(seconds) {
  const response = text(429, `Too Many Requests! Wait for ${seconds}s`);
  response.headers['retry-after'] = String(seconds);
  response.headers['x-ratelimit-after'] = String(seconds);
  return response;
}
