/**
 * HTTP plumbing shared by every adapter: one request with a deadline, its body read once, and the
 * failures that mean the same thing on any backend (network, timeout, rate limit, wrong shape).
 */
import type { ActivationError } from '../core/errors';
import { fail, unreachable } from '../core/errors';
import type { Guard } from './shape';

/** The part of `fetch` an adapter uses; `globalThis.fetch` and test fakes both fit. */
export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

export interface HttpResult {
  readonly status: number;
  readonly headers: Headers;
  readonly text: string;
  /** The body parsed as JSON, `undefined` when it is not JSON. */
  readonly json: unknown;
}

export const jsonInit = (method: 'GET' | 'POST', body?: unknown): RequestInit => {
  // JSON.stringify(undefined) is undefined: a GET goes without a body.
  const jsonType = 'application/json';
  const headers: Record<string, string> = body === undefined ? { accept: jsonType } : { accept: jsonType, 'content-type': jsonType };
  // Nothing here needs cookies, and a response must not be able to set one (no token is stored).
  return { credentials: 'omit', cache: 'no-store', referrerPolicy: 'no-referrer', method, headers, body: JSON.stringify(body) };
};

/** Backend words for logs, capped. */
export const snippet = (text: string | null | undefined): string | undefined => text?.trim().slice(0, 200) || undefined;

/** What every adapter lets its host set about requests. */
export interface TransportOptions {
  readonly fetch?: FetchLike;
  readonly timeoutMs?: number;
}

/**
 * An adapter's `send`: its fetch (default `globalThis.fetch`, looked up on every call so a mock
 * installed later is honoured) with its deadline (default 10 s) for the request and the whole
 * body. Rejects with the caller's AbortError on abort, with a `timeout` or `network` failure,
 * or with whatever `onError` makes of a non-2xx answer.
 */
export const transport =
  ({ fetch = (input, init) => globalThis.fetch(input, init), timeoutMs = 0 }: TransportOptions) =>
  async (url: string, init: RequestInit, onError: (result: HttpResult) => ActivationError, signal?: AbortSignal): Promise<HttpResult> => {
    // 10 s unless the host set a positive deadline.
    const deadline = AbortSignal.timeout(timeoutMs > 0 ? timeoutMs : 10_000);
    const stop = signal ? AbortSignal.any([signal, deadline]) : deadline;
    let result: HttpResult;
    let moved = false;
    try {
      stop.throwIfAborted();
      // Raced against `stop` too, so a fetch that ignores its signal cannot hang the page.
      result = await Promise.race([
        fetch(url, { ...init, redirect: 'manual', signal: stop }).then(async (response) => {
          const { status, headers } = response;
          // No JSON route of either backend redirects, so a redirect is never followed: another
          // origin's answer must never be read as the backend's. Browsers answer a manual redirect
          // with an opaque status 0, Node with the 3xx itself; a fetch that followed one anyway
          // says so in `redirected` or in a `url` on another origin (a Response made by hand has an
          // empty `url`: it stands for the URL asked). Its body is never read.
          moved =
            response.type === 'opaqueredirect' ||
            response.redirected ||
            (status > 299 && status < 400) ||
            new URL(response.url || url).origin !== new URL(url).origin;
          const text = moved ? '' : await response.text();
          let json: unknown;
          try {
            json = JSON.parse(text);
          } catch {
            // Not JSON: `json` stays undefined.
          }
          return { status, headers, text, json };
        }),
        new Promise<never>((_, reject) => {
          stop.onabort = () => reject(stop.reason);
        }),
      ]);
    } catch (error) {
      // A caller's abort stays an abort, with its reason, as `fetch` itself rejects: never an ActivationError.
      if (signal?.aborted) throw signal.reason;
      fail(deadline.aborted ? { code: 'timeout' } : unreachable(error instanceof Error ? error.message : String(error)));
    }
    if (moved) fail(unexpected(result, 'redirect not followed'));
    // A gateway's outage page says the same thing whichever backend is behind it.
    if (result.status > 501 && result.status < 505) fail(waitError('service_unavailable', result));
    if (result.status < 200 || result.status > 299) fail(onError(result));
    return result;
  };

/**
 * A rate limit or an outage, with the seconds to wait from `Retry-After`, `X-RateLimit-After`,
 * `X-Retry-After` or "Wait for Ns". Only delay-seconds: neither backend sends `Retry-After` as an
 * HTTP date, and a date (or anything else, or a wait over an hour) leaves the wait unknown, which
 * the page words as "try again later" rather than an absurd countdown.
 */
const waitError = (code: 'rate_limited' | 'service_unavailable', result: HttpResult): ActivationError => {
  const said = ['retry-after', 'x-ratelimit-after', 'x-retry-after'].map((name) => result.headers.get(name)?.trim());
  const seconds = Number([...said, /wait for (\d+)\s*s/i.exec(result.text)?.[1]].find((value) => value && /^\d+$/.test(value)));
  // Waits over an hour are not counted down: they read as "try again later".
  return { code, status: result.status, retryAfterSeconds: seconds <= 3600 ? seconds : null };
};

export const rateLimited = (result: HttpResult): ActivationError => waitError('rate_limited', result);

/** The body is never quoted: it may be a whole HTML page, or echo what was sent. */
export const unexpected = (result: HttpResult, detail = `HTTP ${result.status}`): ActivationError =>
  ({ code: 'unexpected_response', status: result.status, detail });

/** The body checked by `guard`; anything else is an `unexpected_response` failure, never a crash. */
export const parseBody = <T>(guard: Guard<T>, result: HttpResult): T => {
  if (result.json === undefined) fail(unexpected(result));
  const parsed = guard(result.json);
  return parsed.ok ? parsed.value : fail(unexpected(result, `body wrong at "${parsed.path}"`));
};

/**
 * `base` + `path` + `query`, which must stay on `base`'s origin: a path override such as
 * `//evil.example/x` lands under the base path instead of on another host.
 */
export const joinUrl = (base: URL, path: string, query?: Readonly<Record<string, string>>): string => {
  // Under an http(s) origin, any path string parses; the check is for what it parses to.
  const url = new URL(`${base.origin}${base.pathname.replace(/\/+$/, '')}/${path.replace(/^[/\\]+/, '')}`);
  if (url.origin !== base.origin) fail({ code: 'unexpected_response', detail: 'path leaves the origin' });
  // `set`, not `append`: a name the path override already carries is replaced, not doubled.
  new URLSearchParams(query).forEach((value, name) => url.searchParams.set(name, value));
  return url.href;
};

/** The configured backend as a URL; relative values resolve against the page (same-origin deployments). */
export const parseBaseUrl = (baseUrl: string | URL): URL => {
  const url = new URL(baseUrl, globalThis.location?.href);
  if (!/^https?:$/.test(url.protocol)) {
    throw new TypeError('activate-kit: baseUrl must be an http(s) URL');
  }
  return url;
};
