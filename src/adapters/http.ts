/**
 * HTTP plumbing shared by every adapter: one request with a deadline, its body read once, and the
 * failures that mean the same thing on any backend (network, timeout, rate limit, wrong shape).
 */
import type { ActivationError } from '../core/errors';
import { fail } from '../core/errors';
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

export interface SendOptions {
  readonly fetch: FetchLike;
  readonly timeoutMs: number;
  readonly signal?: AbortSignal | undefined;
}

// Nothing here needs cookies, and a response must not be able to set one (no token is stored).
const PRIVATE: RequestInit = { credentials: 'omit', cache: 'no-store', referrerPolicy: 'no-referrer' };

export function jsonInit(method: 'GET' | 'POST', body?: unknown): RequestInit {
  return body === undefined
    ? { ...PRIVATE, method, headers: { accept: 'application/json' } }
    : { ...PRIVATE, method, headers: { accept: 'application/json', 'content-type': 'application/json' }, body: JSON.stringify(body) };
}

/** Backend words for logs: one line, at most `max` characters. */
export function snippet(text: string | null | undefined, max = 200): string | undefined {
  const flat = (text ?? '').replace(/\s+/g, ' ').trim();
  if (!flat) return undefined;
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/** A caller's abort stays an abort (react-query cancels that way); it is never an ActivationError. */
function abortReason({ reason }: AbortSignal): unknown {
  const name: unknown = (reason as { name?: unknown } | null | undefined)?.name;
  return name === 'AbortError' || name === 'TimeoutError' ? reason : new DOMException('The operation was aborted.', 'AbortError');
}

/**
 * Sends one request and reads the whole body within `timeoutMs`. Rejects with the caller's
 * AbortError on abort, and with an `ActivationFailure` (`timeout` or `network`) otherwise.
 */
export async function send(url: string, init: RequestInit, { fetch, timeoutMs, signal }: SendOptions): Promise<HttpResult> {
  if (signal?.aborted) throw abortReason(signal);
  const controller = new AbortController();
  // Raced against the fetch too, so a fetch that ignores its signal cannot hang the page.
  const stopped = new Promise<never>((_, reject) => {
    controller.signal.addEventListener('abort', () => reject(controller.signal.reason), { once: true });
  });
  const onAbort = () => controller.abort(signal?.reason);
  signal?.addEventListener('abort', onAbort, { once: true });
  const timer = setTimeout(() => controller.abort(new DOMException('Timed out', 'TimeoutError')), timeoutMs);
  try {
    const response = await Promise.race([fetch(url, { ...init, signal: controller.signal }), stopped]);
    const text = await Promise.race([response.text(), stopped]);
    return { status: response.status, headers: response.headers, text, json: parseJson(text) };
  } catch (error) {
    if (signal?.aborted) throw abortReason(signal);
    if (controller.signal.aborted) fail({ code: 'timeout', detail: `no answer within ${timeoutMs} ms` });
    return fail({ code: 'network', detail: snippet(error instanceof Error ? error.message : String(error)) });
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
  }
}

const DEFAULT_TIMEOUT_MS = 10_000;

/** What every adapter lets its host set about requests. */
export interface TransportOptions {
  readonly fetch?: FetchLike;
  readonly timeoutMs?: number;
}

/**
 * An adapter's `send`: its fetch (default `globalThis.fetch`, looked up on every call so a mock
 * installed later is honoured) with its deadline (default 10 s); a non-2xx answer fails with
 * whatever `onError` makes of it.
 */
export function transport({ fetch = (input, init) => globalThis.fetch(input, init), timeoutMs = 0 }: TransportOptions) {
  const deadline = timeoutMs > 0 ? timeoutMs : DEFAULT_TIMEOUT_MS;
  return async (url: string, init: RequestInit, onError: (result: HttpResult) => ActivationError, signal?: AbortSignal) => {
    const result = await send(url, init, { fetch, timeoutMs: deadline, signal });
    if (result.status < 200 || result.status > 299) fail(onError(result));
    return result;
  };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

const MAX_WAIT_SECONDS = 86_400;
const WAIT_FOR = /wait for (\d+)\s*s/i;

/** Seconds to wait from `Retry-After` (seconds or HTTP date), `X-RateLimit-After`, `X-Retry-After` or "Wait for Ns". */
export function retryAfterSeconds(headers: Headers, text: string, now = Date.now()): number | null {
  for (const name of ['retry-after', 'x-ratelimit-after', 'x-retry-after']) {
    const value = headers.get(name)?.trim() ?? '';
    if (/^\d+$/.test(value)) return Math.min(Number(value), MAX_WAIT_SECONDS);
    // Date.parse('4') is a date in 2001, so only strings with a month or weekday name count as dates.
    const at = /[a-z]/i.test(value) ? Date.parse(value) : Number.NaN;
    if (!Number.isNaN(at)) return Math.min(Math.max(0, Math.ceil((at - now) / 1000)), MAX_WAIT_SECONDS);
  }
  const match = WAIT_FOR.exec(text);
  return match ? Math.min(Number(match[1]), MAX_WAIT_SECONDS) : null;
}

/** A short, safe description of a response body: markup and long pages are named, not quoted. */
function bodyDetail(result: HttpResult): string {
  const text = result.text.trim();
  if (!text) return `HTTP ${result.status}, empty body`;
  if (text.startsWith('<')) return `HTTP ${result.status}, ${result.headers.get('content-type') ?? 'markup'} page`;
  return `HTTP ${result.status}: ${snippet(text, 180)}`;
}

export function rateLimited(result: HttpResult): ActivationError {
  return { code: 'rate_limited', status: result.status, retryAfterSeconds: retryAfterSeconds(result.headers, result.text), detail: bodyDetail(result) };
}

export function unexpected(result: HttpResult, detail?: string): ActivationError {
  return { code: 'unexpected_response', status: result.status, detail: detail ?? bodyDetail(result) };
}

/** The body checked by `guard`; anything else is an `unexpected_response` failure, never a crash. */
export function parseBody<T>(guard: Guard<T>, result: HttpResult): T {
  if (result.json === undefined) fail(unexpected(result, `HTTP ${result.status}, body is not JSON`));
  const parsed = guard(result.json);
  if (parsed.ok) return parsed.value;
  return fail(unexpected(result, `HTTP ${result.status}, unexpected body at ${snippet(parsed.path, 150) ?? 'its top level'}`));
}

/**
 * `base` + `path` + `query`, which must stay on `base`'s origin: a path override such as
 * `//evil.example/x` lands under the base path instead of on another host.
 */
export function joinUrl(base: URL, path: string, query?: Readonly<Record<string, string>>): string {
  let url: URL | undefined;
  try {
    url = new URL(`${base.origin}${base.pathname.replace(/\/+$/, '')}/${path.replace(/^[/\\]+/, '')}`);
  } catch {
    // Not a URL at all: refused below, like one on another origin.
  }
  if (url?.origin !== base.origin) return fail({ code: 'unexpected_response', detail: 'the configured path leaves the backend origin' });
  for (const [name, value] of Object.entries(query ?? {})) url.searchParams.set(name, value);
  return url.href;
}

/** The configured backend as a URL; relative values resolve against the page (same-origin deployments). */
export function parseBaseUrl(baseUrl: string | URL): URL {
  const url = new URL(String(baseUrl), globalThis.location?.href);
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new TypeError(`activate-kit: baseUrl must be an http(s) URL, got "${url.protocol}"`);
  }
  return url;
}
