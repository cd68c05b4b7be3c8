// DEVELOPMENT SIMULATOR — not an AuthOS server, never deploy it.
// Response builders and body parsing shared by every simulator route. Responses are plain
// `{ status, headers, body }` objects (body always a string) so one core serves both
// node:http and MSW.

/**
 * @typedef {{ method: string, url: string, headers?: Record<string, string | string[] | undefined>,
 *   body?: string | Record<string, unknown> | null, ip?: string }} SimRequest
 * @typedef {{ status: number, headers: Record<string, string>, body: string }} SimResponse
 */

/** @param {SimRequest} request @param {string} name */
export function header(request, name) {
  const headers = request.headers ?? {};
  const key = Object.keys(headers).find((k) => k.toLowerCase() === name);
  const value = key === undefined ? undefined : headers[key];
  return Array.isArray(value) ? value[0] : value;
}

/** @param {number} status @param {unknown} data @returns {SimResponse} */
export function json(status, data) {
  return {
    status,
    headers: { 'content-type': 'application/json', 'cache-control': 'no-store' },
    body: JSON.stringify(data),
  };
}

/**
 * The one error shape AuthOS uses for every JSON error.
 * @param {number} status @param {string} error @param {string} errorCode @param {() => number} now
 */
export function jsonError(status, error, errorCode, now) {
  return json(status, { error, error_code: errorCode, timestamp: new Date(now()).toISOString() });
}

/** @param {number} status @param {string} text @returns {SimResponse} */
export function text(status, text) {
  return { status, headers: { 'content-type': 'text/plain; charset=utf-8' }, body: text };
}

// The pages we render have no scripts and no styles, so the tightest policy fits; it also
// proves the flow never depends on anything inline.
const PAGE_CSP = "default-src 'none'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

/** @param {number} status @param {string} html @returns {SimResponse} */
export function html(status, html) {
  return {
    status,
    headers: {
      'content-type': 'text/html; charset=utf-8',
      'content-security-policy': PAGE_CSP,
      'cache-control': 'no-store',
    },
    body: html,
  };
}

/** @param {string} location @returns {SimResponse} */
export function redirect(location) {
  return { status: 302, headers: { location, 'cache-control': 'no-store' }, body: '' };
}

/** @param {unknown} value */
export function escapeHtml(value) {
  return String(value).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * Reads a JSON or form body. Both transports hand over the raw text so malformed JSON is
 * rejected the same way everywhere (AuthOS answers 400, not 422).
 * @param {SimRequest} request
 * @returns {{ ok: true, data: Record<string, unknown> } | { ok: false, message: string }}
 */
export function parseBody(request) {
  const { body } = request;
  if (body && typeof body === 'object') return { ok: true, data: body };
  const raw = typeof body === 'string' ? body : '';
  const type = (header(request, 'content-type') ?? '').toLowerCase();
  if (type.includes('application/x-www-form-urlencoded')) {
    return { ok: true, data: Object.fromEntries(new URLSearchParams(raw)) };
  }
  if (raw.trim() === '') return { ok: false, message: 'JSON parsing error: empty body' };
  try {
    const data = JSON.parse(raw);
    if (data && typeof data === 'object' && !Array.isArray(data)) return { ok: true, data };
    return { ok: false, message: 'Invalid JSON data: expected an object' };
  } catch (error) {
    return { ok: false, message: `JSON syntax error: ${/** @type {Error} */ (error).message}` };
  }
}

/**
 * Picks the string fields a route needs; the first missing one is reported the way serde
 * words it.
 * @param {Record<string, unknown>} data @param {string[]} required
 * @returns {{ ok: true, values: Record<string, string> } | { ok: false, message: string }}
 */
export function requireStrings(data, required) {
  /** @type {Record<string, string>} */
  const values = {};
  for (const name of required) {
    const value = data[name];
    if (typeof value !== 'string') {
      return { ok: false, message: `Invalid JSON data: missing or non-string field \`${name}\`` };
    }
    values[name] = value;
  }
  return { ok: true, values };
}

/**
 * CORS for the browser app. Only configured origins are echoed; headers the page needs to
 * read on a 429 are exposed, otherwise fetch hides them.
 * @param {SimRequest} request @param {string[]} origins
 */
export function corsHeaders(request, origins) {
  const origin = header(request, 'origin');
  const allowed = origin && origins.includes(origin) ? origin : origins[0] ?? '';
  return {
    'access-control-allow-origin': allowed,
    'access-control-expose-headers': 'retry-after, x-ratelimit-after',
    vary: 'Origin',
  };
}

/** @param {SimRequest} request @param {string[]} origins @returns {SimResponse} */
export function preflight(request, origins) {
  return {
    status: 204,
    headers: {
      ...corsHeaders(request, origins),
      'access-control-allow-methods': 'GET, POST, OPTIONS',
      'access-control-allow-headers':
        header(request, 'access-control-request-headers') ?? 'content-type, authorization',
      'access-control-max-age': '600',
    },
    body: '',
  };
}
