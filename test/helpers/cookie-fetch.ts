/**
 * A `fetch` that behaves like a browser page at `origin` talking to one cross-origin backend —
 * enough of one for Node tests against a real server: a cookie jar (Node's fetch has none), the
 * `Origin` header browsers send, and the CORS rules that decide whether the page sees the answer
 * (credentialed requests need the exact origin plus `allow-credentials`; only safelisted and
 * exposed response headers are readable). Cookie domain/path/expiry rules are simplified: one host.
 */
export interface CookieFetch {
  (input: string, init: RequestInit): Promise<Response>;
  /** Cookie names currently held (values stay inside: they are session secrets). */
  cookieNames(): string[];
  /** Forgets every cookie, like a fresh browser profile. */
  clear(): void;
  /** Every request the page made, as `METHOD /path`. */
  readonly calls: string[];
}

// https://fetch.spec.whatwg.org/#cors-safelisted-response-header-name
const SAFELISTED = new Set(['cache-control', 'content-language', 'content-length', 'content-type', 'expires', 'last-modified', 'pragma']);

export function createCookieFetch(origin: string): CookieFetch {
  const jar = new Map<string, string>();
  const calls: string[] = [];

  const cookieFetch = async (input: string, init: RequestInit): Promise<Response> => {
    const url = new URL(input);
    const method = init.method ?? 'GET';
    calls.push(`${method} ${url.pathname}`);
    const crossOrigin = url.origin !== origin;
    const withCookies = init.credentials === 'include' || (init.credentials !== 'omit' && !crossOrigin);
    const headers = new Headers(init.headers);
    if (withCookies && jar.size > 0) headers.set('cookie', [...jar].map(([name, value]) => `${name}=${value}`).join('; '));
    if (crossOrigin || method !== 'GET') headers.set('origin', origin);
    const response = await fetch(url, { ...init, headers, redirect: 'manual' });

    if (crossOrigin) {
      const allowed = response.headers.get('access-control-allow-origin');
      const okOrigin = allowed === origin || (allowed === '*' && !withCookies);
      const okCredentials = !withCookies || response.headers.get('access-control-allow-credentials') === 'true';
      // What a browser does with a CORS failure: the page only learns "Failed to fetch".
      if (!okOrigin || !okCredentials) throw new TypeError('Failed to fetch');
    }
    if (withCookies) {
      for (const line of response.headers.getSetCookie()) {
        const [pair = ''] = line.split(';');
        const at = pair.indexOf('=');
        const name = pair.slice(0, at).trim();
        const value = pair.slice(at + 1).trim();
        const gone = /;\s*max-age=(0|-\d+)/i.test(line) || /;\s*expires=Thu, 01 Jan 1970/i.test(line) || value === '';
        if (gone) jar.delete(name);
        else jar.set(name, value);
      }
    }
    if (!crossOrigin) return response;
    const exposed = new Set((response.headers.get('access-control-expose-headers') ?? '').split(',').map((h) => h.trim().toLowerCase()));
    const visible = new Headers();
    response.headers.forEach((value, name) => {
      if (SAFELISTED.has(name) || exposed.has(name)) visible.set(name, value);
    });
    const body = response.status === 204 || response.status === 304 ? null : await response.arrayBuffer();
    return new Response(body, { status: response.status, statusText: response.statusText, headers: visible });
  };

  return Object.assign(cookieFetch, {
    cookieNames: () => [...jar.keys()],
    clear: () => jar.clear(),
    calls,
  });
}
