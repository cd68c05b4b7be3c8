/**
 * What every dialect does the same way: build a request, read an RFC 8628 code answer and a token
 * answer, and tell a wait, a refusal and an outage apart. Every field is checked, because what
 * the server writes ends up on a screen, in a QR code and in a link.
 */
import type { DeviceCode, DeviceError, DeviceErrorCode, DeviceHttpAnswer, DeviceHttpRequest, DeviceTokenResponse, PollAnswer } from '../types';

/** RFC 8628 §3.4's grant type. */
export const DEVICE_GRANT_TYPE = 'urn:ietf:params:oauth:grant-type:device_code';

/** RFC 8628 §3.2: "If no value is provided, clients MUST use 5 as the default." */
export const DEFAULT_INTERVAL_SECONDS = 5;

/**
 * `expires_in` is REQUIRED (RFC 8628 §3.2); for a server that leaves it out anyway, 15 minutes:
 * the lifetime GitHub, Microsoft and AuthOS use, long enough for a person to finish and short
 * enough that a dead code is not shown for half an hour. A server whose code dies sooner says
 * `expired_token`, which ends the session at the right moment whatever this says.
 */
export const DEFAULT_EXPIRES_IN_SECONDS = 900;

// A day: longer lifetimes are a broken or hostile server, and each sleep stays far below the
// 2^31 ms at which setTimeout fires at once.
const MAX_SECONDS = 86_400;
// Codes are meant to be typed; anything longer is not a user code.
const MAX_USER_CODE = 64;
const MAX_DEVICE_CODE = 4096;

type Json = Readonly<Record<string, unknown>>;

/** A POST of `fields`, JSON or `application/x-www-form-urlencoded`. */
export function postRequest(url: string, fields: Readonly<Record<string, string | undefined>>, encoding: 'form' | 'json'): DeviceHttpRequest {
  const present = Object.entries(fields).filter((entry): entry is [string, string] => entry[1] !== undefined);
  return encoding === 'json'
    ? { url, body: JSON.stringify(Object.fromEntries(present)), headers: { 'content-type': 'application/json', accept: 'application/json' } }
    : { url, body: new URLSearchParams(present).toString(), headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' } };
}

/** `base` without trailing slashes, refusing anything but http(s): requests go only there. */
export function httpBase(base: string): string {
  const url = new URL(base);
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new TypeError('activate-kit/device: the server must be an http(s) URL');
  return url.href.replace(/\/+$/, '');
}

/**
 * Removes control and formatting characters (C0, C1, bidi overrides, zero-width marks): a hostile
 * server must not drive a terminal or make a code read differently from what is sent.
 */
export function stripControls(text: string): string {
  return text.replace(/[\p{Cc}\p{Cf}]/gu, '');
}

/** A short, printable excerpt of server words for `detail`. */
export const excerpt = (text: unknown): string => (typeof text === 'string' ? stripControls(text).trim().slice(0, 120) : '');

/** A {@link DeviceError}, without the optional fields it does not have. */
export const deviceError = (code: DeviceErrorCode, detail: string, status?: number, retryAfter?: number): DeviceError => ({
  code,
  detail,
  ...(status === undefined ? {} : { status }),
  ...(retryAfter === undefined ? {} : { retryAfter }),
});

const badResponse = (answer: DeviceHttpAnswer, detail: string): DeviceError => deviceError('bad_response', detail, answer.status);

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Seconds from `Retry-After` / `X-RateLimit-After` (tower_governor, AuthOS) / `X-Retry-After`
 * (better-auth), or AuthOS's plain-text "Wait for 4s" when CORS hides the headers. Delay-seconds
 * only, at most a day.
 */
export function retryAfter(answer: DeviceHttpAnswer): number | undefined {
  const said = ['retry-after', 'x-ratelimit-after', 'x-retry-after'].map((name) => answer.headers.get(name)?.trim());
  const value = [...said, /wait for (\d+)\s*s/i.exec(answer.text)?.[1]].find((text) => text !== undefined && /^\d{1,6}$/.test(text));
  return value === undefined ? undefined : Math.min(Number(value), MAX_SECONDS);
}

/** A positive number of seconds (numeric strings tolerated), `fallback` when absent or ≤ 0, `null` when ill-typed. */
function seconds(value: unknown, fallback: number): number | null {
  if (value === undefined || value === null) return fallback;
  const number = typeof value === 'string' && /^\s*\d+(\.\d+)?\s*$/.test(value) ? Number(value) : value;
  if (typeof number !== 'number' || !Number.isFinite(number)) return null;
  return number > 0 ? Math.min(number, MAX_SECONDS) : fallback;
}

/**
 * An http(s) URL to show, link and encode in a QR code, or `null`. Controls are removed first so
 * the text shown is the text checked (the URL parser silently drops tabs and newlines, which
 * would let `java\nscript:` through). Credentials in the URL are refused: `https://bank@evil`.
 */
export function safeHttpUrl(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const text = stripControls(value).trim();
  if (text.length > 2048) return null;
  try {
    const url = new URL(text);
    return (url.protocol === 'https:' || url.protocol === 'http:') && !url.username && !url.password ? text : null;
  } catch {
    return null;
  }
}

/** An RFC 8628 §3.2 device authorization answer (status 200), checked field by field. */
export function readCodeAnswer(answer: DeviceHttpAnswer, now: number): { readonly code: DeviceCode; readonly deviceCode: string } | DeviceError {
  const body = answer.json;
  if (!isObject(body)) return badResponse(answer, 'code answer is not a JSON object');
  const deviceCode = body.device_code;
  if (typeof deviceCode !== 'string' || !deviceCode || deviceCode.length > MAX_DEVICE_CODE) return badResponse(answer, 'device_code missing or malformed');
  const userCode = typeof body.user_code === 'string' ? stripControls(body.user_code).trim() : '';
  if (!userCode || userCode.length > MAX_USER_CODE) return badResponse(answer, 'user_code missing or malformed');
  const verificationUri = safeHttpUrl(body.verification_uri);
  if (!verificationUri) return badResponse(answer, 'verification_uri is not an http(s) URL');
  const complete = body.verification_uri_complete;
  const verificationUriComplete = complete === undefined || complete === null ? undefined : safeHttpUrl(complete);
  if (verificationUriComplete === null) return badResponse(answer, 'verification_uri_complete is not an http(s) URL');
  const expiresIn = seconds(body.expires_in, DEFAULT_EXPIRES_IN_SECONDS);
  const interval = seconds(body.interval, DEFAULT_INTERVAL_SECONDS);
  if (expiresIn === null || interval === null) return badResponse(answer, 'expires_in or interval is not a number');
  return {
    deviceCode,
    code: {
      userCode,
      verificationUri,
      ...(verificationUriComplete ? { verificationUriComplete } : {}),
      expiresIn,
      expiresAt: now + expiresIn * 1000,
      interval,
    },
  };
}

/** A 2xx token answer: it must carry an `access_token` string; `token_type` defaults to Bearer. */
export function readTokenAnswer(answer: DeviceHttpAnswer): PollAnswer {
  const body = answer.json;
  if (!isObject(body) || typeof body.access_token !== 'string' || !body.access_token) {
    return { kind: 'error', error: badResponse(answer, 'token answer without an access_token string') };
  }
  const tokenType = body.token_type ?? 'Bearer';
  if (typeof tokenType !== 'string') return { kind: 'error', error: badResponse(answer, 'token_type is not a string') };
  const token: DeviceTokenResponse = { ...body, access_token: body.access_token, token_type: tokenType };
  return { kind: 'token', token };
}

/** The answers every server means the same way: 2xx token, 429 wait, 5xx outage. `undefined` otherwise. */
export function readCommonTokenAnswer(answer: DeviceHttpAnswer): PollAnswer | undefined {
  const { status } = answer;
  if (status >= 200 && status < 300) return readTokenAnswer(answer);
  if (status === 429) {
    const wait = retryAfter(answer);
    return wait === undefined ? { kind: 'rate_limited' } : { kind: 'rate_limited', retryAfter: wait };
  }
  if (status >= 500) return { kind: 'error', error: deviceError('server', `HTTP ${status}`, status, retryAfter(answer)) };
  return undefined;
}

/** Why a code request failed, for a non-2xx answer whose error words the dialect has read. */
export function codeRequestError(answer: DeviceHttpAnswer, words: string): DeviceError {
  const { status } = answer;
  if (status === 429) return deviceError('rate_limited', 'code request rate limited', status, retryAfter(answer));
  if (status >= 500) return deviceError('server', `HTTP ${status}`, status, retryAfter(answer));
  if (status >= 400) return deviceError('client_refused', words || `HTTP ${status}`, status);
  return badResponse(answer, `HTTP ${status}`);
}

/** The `error` member of a JSON body (RFC 6749 §5.2), or ''. */
export function errorField(answer: DeviceHttpAnswer, name = 'error'): string {
  const body = answer.json;
  return isObject(body) && typeof body[name] === 'string' ? body[name] : '';
}
