// A small static server for the built standalone app (dist-app/), used by `npm start`, the
// end-to-end tests and the benchmark. It does what a production web server must do for the
// app, so it doubles as a reference for operators (see README, "Hosting the standalone app"):
//   - the app's routes (/activate, /activate/success, /activate/mfa-challenge, /callback)
//     answer with index.html, at the app's base path and at the origin root, unchanged (the
//     build's asset URLs are absolute, so no HTML rewriting is needed at any route depth);
//   - the build's precompressed .br / .gz files are sent to browsers that accept them, with
//     Content-Encoding and Vary: Accept-Encoding;
//   - hashed assets/ are cached for good; index.html and config.json are revalidated every time;
//   - config.json is served from memory (never written into dist-app);
//   - security headers on every response: a strict CSP without 'unsafe-inline', no framing,
//     no referrer, nosniff.
// Development and test tool: no TLS, no range requests.

import { readFile, stat } from 'node:fs/promises';
import http from 'node:http';
import { extname, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const APP_DIR = fileURLToPath(new URL('../dist-app/', import.meta.url));

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

/** The pages AuthOS sends the browser to (authos-contract.md §4), relative to a base path. */
export const APP_ROUTES = ['activate', 'activate/success', 'activate/mfa-challenge', 'callback'];

/**
 * The Content-Security-Policy the app runs under: nothing inline, fetches only to itself
 * (config.json) and the backend, never framed.
 * @param {string | string[]} connectSrc backend origin(s)
 */
export function contentSecurityPolicy(connectSrc) {
  const backends = [connectSrc].flat().filter(Boolean).map((value) => new URL(value).origin);
  return [
    "default-src 'self'",
    `connect-src ${["'self'", ...new Set(backends)].join(' ')}`,
    "frame-ancestors 'none'",
    "base-uri 'self'",
    "object-src 'none'",
  ].join('; ');
}

/**
 * @typedef {Record<string, unknown> | string | null | undefined} ConfigValue
 *   An object (sent as JSON), raw text (sent as is, e.g. malformed JSON for tests), or
 *   null/undefined for "no config.json" (404).
 * @typedef {{
 *   root?: string, base?: string, host?: string, port?: number, portSearch?: number,
 *   config?: ConfigValue | (() => ConfigValue), connectSrc?: string | string[] | (() => string | string[]),
 *   routes?: string[], headers?: Record<string, string>, log?: (line: string) => void,
 *   onRequest?: (request: { method: string, path: string, status: number }) => void,
 * }} StaticServerOptions
 * `config`: when the option is absent, `root/config.json` is served if it exists.
 * `base`: the URL path of the app's folder, e.g. `/` or `/tools/activate/`.
 * `portSearch`: how many following ports to try when `port` is busy (default 0: fail).
 */

/**
 * Serves the built app. Resolves once listening.
 * @param {StaticServerOptions} [options]
 */
export async function startStaticServer(options = {}) {
  const root = resolve(options.root ?? APP_DIR);
  const base = normaliseBase(options.base ?? '/');
  const host = options.host ?? '127.0.0.1';
  const log = options.log ?? (() => {});
  const hasConfigOption = Object.hasOwn(options, 'config');
  const routes = new Set(
    (options.routes ?? [...APP_ROUTES.map((route) => `${base}${route}`), ...APP_ROUTES.map((route) => `/${route}`)]).map(trimSlash),
  );

  const builtFor = await builtBase(root);
  if (builtFor !== base) {
    throw new Error(`${root} was built for ${builtFor}, not ${base}: run \`npm run build:app -- --base ${base}\` (or npm start -- --base ${base}).`);
  }

  const securityHeaders = () => {
    const connectSrc = typeof options.connectSrc === 'function' ? options.connectSrc() : options.connectSrc ?? [];
    return {
      'content-security-policy': contentSecurityPolicy(connectSrc),
      'x-frame-options': 'DENY',
      'referrer-policy': 'no-referrer',
      'x-content-type-options': 'nosniff',
      'cross-origin-opener-policy': 'same-origin',
      ...options.headers,
    };
  };

  /** A file of the build, with its precompressed sibling when the browser accepts one. */
  async function file(path, accept, cache) {
    const type = TYPES[/** @type {keyof typeof TYPES} */ (extname(path).toLowerCase())] ?? 'application/octet-stream';
    for (const [encoding, suffix] of ENCODINGS) {
      if (!accepts(accept, encoding)) continue;
      const packed = await readFile(`${path}${suffix}`).catch(() => null);
      if (packed) return { status: 200, type, body: packed, cache, encoding };
    }
    return { status: 200, type, body: await readFile(path), cache, encoding: COMPRESSIBLE.test(type) ? 'identity' : undefined };
  }
  const indexHtml = (accept) => file(resolve(root, 'index.html'), accept, 'no-cache');

  /** @returns {Promise<{ status: number, type?: string, body: string | Buffer, cache?: string }>} */
  async function configJson() {
    let value;
    if (hasConfigOption) value = typeof options.config === 'function' ? options.config() : options.config;
    else value = await readFile(resolve(root, 'config.json'), 'utf8').catch(() => null);
    if (value === null || value === undefined) return { status: 404, type: TYPES['.txt'], body: 'config.json not found\n' };
    const body = typeof value === 'string' ? value : `${JSON.stringify(value, null, 2)}\n`;
    return { status: 200, type: TYPES['.json'], body, cache: 'no-cache' };
  }

  /**
   * @param {string} pathname @param {string} accept the request's Accept-Encoding
   * @returns {Promise<{ status: number, type?: string, body: string | Buffer, cache?: string, encoding?: string }>}
   */
  async function respond(pathname, accept) {
    const notFound = { status: 404, type: TYPES['.txt'], body: 'Not found\n' };
    if (pathname === trimSlash(base) || routes.has(trimSlash(pathname))) return indexHtml(accept);
    if (!pathname.startsWith(base)) return notFound;
    const relative = pathname.slice(base.length);
    if (relative === '' || relative === 'index.html') return indexHtml(accept);
    if (relative === 'config.json') return configJson();
    const path = resolve(root, relative);
    if (!path.startsWith(root + sep) || relative.split('/').some((part) => part.startsWith('.'))) return notFound;
    const info = await stat(path).catch(() => null);
    if (!info?.isFile()) return notFound;
    // assets/ names carry a content hash; anything else (favicon.svg, a logo) may change.
    return file(path, accept, relative.startsWith('assets/') ? 'public, max-age=31536000, immutable' : 'public, max-age=3600');
  }

  const server = http.createServer((req, res) => {
    const method = req.method ?? 'GET';
    const send = (/** @type {{ status: number, type?: string, body: string | Buffer, cache?: string, encoding?: string }} */ reply, path = '') => {
      /** @type {Record<string, string | number>} */
      const headers = { ...securityHeaders(), 'content-length': Buffer.byteLength(reply.body) };
      if (reply.type) headers['content-type'] = reply.type;
      headers['cache-control'] = reply.cache ?? 'no-store';
      // Whether a compressible file came compressed depends on the request: caches must know.
      if (reply.encoding) headers.vary = 'Accept-Encoding';
      if (reply.encoding && reply.encoding !== 'identity') headers['content-encoding'] = reply.encoding;
      if (reply.status === 405) headers.allow = 'GET, HEAD';
      res.writeHead(reply.status, headers).end(method === 'HEAD' ? undefined : reply.body);
      options.onRequest?.({ method, path, status: reply.status });
    };
    if (method !== 'GET' && method !== 'HEAD') return send({ status: 405, type: TYPES['.txt'], body: 'Method not allowed\n' });
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    } catch {
      return send({ status: 400, type: TYPES['.txt'], body: 'Bad request\n' });
    }
    if (pathname.includes('\0')) return send({ status: 400, type: TYPES['.txt'], body: 'Bad request\n' });
    respond(pathname, String(req.headers['accept-encoding'] ?? '')).then(
      (reply) => send(reply, pathname),
      (error) => send({ status: 500, type: TYPES['.txt'], body: `Internal error: ${error.message}\n` }, pathname),
    );
  });

  const port = await listen(server, options.port ?? 0, host, options.portSearch ?? 0, log);
  const origin = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  return {
    /** The server's origin, e.g. `http://127.0.0.1:5173`. */
    url: origin,
    /** Where the app's folder is served, e.g. `http://127.0.0.1:5173/tools/activate/`. */
    appUrl: `${origin}${base}`,
    base,
    port,
    close: () =>
      /** @type {Promise<void>} */ (
        new Promise((resolveClose) => {
          server.close(() => resolveClose());
          server.closeAllConnections();
        })
      ),
  };
}

/**
 * Listens on `port`, or on one of the next `search` ports when it is busy (saying so).
 * @param {http.Server} server @param {number} port @param {string} host @param {number} search
 * @param {(line: string) => void} log @returns {Promise<number>}
 */
export async function listen(server, port, host, search, log) {
  for (let attempt = 0; ; attempt++) {
    const candidate = port === 0 ? 0 : port + attempt;
    try {
      await new Promise((resolveListen, reject) => {
        server.once('error', reject);
        server.listen(candidate, host, () => {
          server.off('error', reject);
          resolveListen(undefined);
        });
      });
      const actual = /** @type {import('node:net').AddressInfo} */ (server.address()).port;
      if (attempt > 0) log(`Port ${port} is busy; using ${actual} instead.`);
      return actual;
    } catch (error) {
      const code = /** @type {NodeJS.ErrnoException} */ (error).code;
      if (code !== 'EADDRINUSE' || port === 0 || attempt >= search) {
        if (code === 'EADDRINUSE') {
          throw new Error(`${host}:${candidate} is already in use${search ? ` (tried ${port}–${candidate})` : ''}. Stop whatever listens there or choose another port.`);
        }
        throw error;
      }
    }
  }
}

/** @param {string} base */
function normaliseBase(base) {
  const path = new URL(base, 'http://localhost').pathname;
  return path.endsWith('/') ? path : `${path}/`;
}

/** @param {string} path */
function trimSlash(path) {
  return path.length > 1 ? path.replace(/\/+$/, '') : path;
}

/** Precompressed siblings the build writes, best first. */
const ENCODINGS = [
  ['br', '.br'],
  ['gzip', '.gz'],
];
const COMPRESSIBLE = /^(text\/|application\/(json|manifest\+json)|image\/svg\+xml)/;

/** Whether an Accept-Encoding header allows `encoding` (listed, and not with q=0). */
function accepts(header, encoding) {
  return header.split(',').some((part) => {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    return name === encoding && !params.some((param) => /^\s*q=0(\.0*)?\s*$/.test(param));
  });
}

/**
 * The base path a build's index.html was made for (its entry script's folder, less assets/).
 * @param {string} root @returns {Promise<string>}
 */
export async function builtBase(root) {
  const html = await readFile(resolve(root, 'index.html'), 'utf8').catch(() => {
    throw new Error(`No built app in ${root} (index.html is missing). Run \`npm run build:app\` first.`);
  });
  return /<script[^>]+src="([^"]*\/)assets\/[^"]+\.js"/.exec(html)?.[1] ?? '/';
}
