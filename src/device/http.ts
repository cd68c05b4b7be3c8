/**
 * Sends one dialect request and reads its answer: redirects refused, the body read up to a cap,
 * a deadline per request. The poller is the only caller.
 */
import type { DeviceError, DeviceHttpAnswer, DeviceHttpRequest } from './types';

/** The part of `fetch` the client uses; `globalThis.fetch` and test fakes both fit. */
export type DeviceFetch = (input: string, init: RequestInit) => Promise<Response>;

// A code or token answer is a few hundred bytes; an id_token a few KB. More is not an answer.
const MAX_BODY_BYTES = 64 * 1024;
// What a dialect sees as text (AuthOS's "Wait for 4s"): enough for any error sentence.
const MAX_TEXT_CHARS = 4096;
/** A request that has not answered in this long is treated like a lost connection. */
export const REQUEST_TIMEOUT_MS = 30_000;

// Nothing here needs cookies, and an answer must not be able to set one: no token is stored.
const PRIVATE: RequestInit = { method: 'POST', credentials: 'omit', cache: 'no-store', referrerPolicy: 'no-referrer', redirect: 'manual' };

/** Thrown (and caught by the poller) when the server could not be reached: retry later. */
export class DeviceNetworkError extends Error {
  override readonly name = 'DeviceNetworkError';
}

const refused = (status: number, detail: string): DeviceError => ({ code: 'bad_response', detail, status });

/** The body as text, or `null` when it is larger than the cap (the rest is never downloaded). */
async function readCapped(response: Response): Promise<string | null> {
  const declared = Number(response.headers.get('content-length'));
  if (declared > MAX_BODY_BYTES) {
    await response.body?.cancel().catch(() => undefined);
    return null;
  }
  const reader = response.body?.getReader();
  if (!reader) {
    const text = await response.text();
    return text.length > MAX_BODY_BYTES ? null : text;
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_BODY_BYTES) {
      await reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return new TextDecoder().decode(bytes);
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * One POST. Resolves with the answer, or a `bad_response` for a redirect or an oversized body;
 * rejects with `signal.reason` on abort and with a {@link DeviceNetworkError} when the server was
 * not reached (or did not answer within {@link REQUEST_TIMEOUT_MS}).
 */
export async function send(fetch: DeviceFetch, request: DeviceHttpRequest, signal?: AbortSignal): Promise<DeviceHttpAnswer | DeviceError> {
  signal?.throwIfAborted();
  const stop = new AbortController();
  const timer = setTimeout(() => stop.abort(new DeviceNetworkError('no answer in time')), REQUEST_TIMEOUT_MS);
  const forward = () => stop.abort(signal?.reason);
  signal?.addEventListener('abort', forward, { once: true });
  try {
    const response = await fetch(request.url, { ...PRIVATE, headers: request.headers, body: request.body, signal: stop.signal });
    const { status } = response;
    // Browsers answer a manual redirect with an opaque status 0, Node with the 3xx itself; a fetch
    // that followed one anyway says so in `redirected` or in a `url` on another origin. Another
    // origin's answer is never read as the server's.
    let elsewhere = false;
    try {
      elsewhere = !!response.url && new URL(response.url).origin !== new URL(request.url).origin;
    } catch {
      elsewhere = true;
    }
    if (response.type === 'opaqueredirect' || response.redirected || elsewhere || status < 200 || (status > 299 && status < 400)) {
      await response.body?.cancel().catch(() => undefined);
      return refused(status, status > 299 && status < 400 ? `redirect (HTTP ${status}) not followed` : 'redirected or opaque answer');
    }
    const text = await readCapped(response);
    if (text === null) return refused(status, `answer larger than ${MAX_BODY_BYTES} bytes`);
    return { status, headers: response.headers, json: parseJson(text), text: text.slice(0, MAX_TEXT_CHARS) };
  } catch (error) {
    if (signal?.aborted) throw signal.reason;
    if (stop.signal.aborted) throw stop.signal.reason;
    throw new DeviceNetworkError(error instanceof Error ? error.message : String(error));
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', forward);
  }
}
