// DEVELOPMENT / TEST SERVER — a REAL better-auth instance (in-memory database, email + password,
// device authorization, two-factor) behind node:http, for the adapter's tests, e2e and local demos.
// Everything lives in memory and dies with the process; the secret is random per start. Never deploy it.
//
//   node dev/better-auth/server.mjs --port 3005 --app-origin http://localhost:5173
//   (seeds demo@example.com / demo-password-123 and totp@example.com with TOTP, prints the secret)

import { randomBytes } from 'node:crypto';
import http from 'node:http';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { betterAuth } from 'better-auth';
import { memoryAdapter } from 'better-auth/adapters/memory';
import { toNodeHandler } from 'better-auth/node';
import { deviceAuthorization, twoFactor } from 'better-auth/plugins';
import { URI } from 'otpauth';

const BASE_PATH = '/api/auth';

/**
 * @typedef {{ window: number, max: number }} RateRule
 * @typedef {{ enabled?: boolean, window?: number, max?: number,
 *   customRules?: Record<string, RateRule | false>, device?: RateRule | false }} RateLimitOptions
 *   better-auth's own `rateLimit` option, plus `device`: the rule for `GET /device` (the plugin's
 *   default is 5 per `expiresIn`). Default `{ enabled: false }`, so tests are deterministic.
 * @typedef {{ port?: number, host?: string, trustedOrigins?: string[], appOrigin?: string,
 *   expiresIn?: string | number, interval?: string | number, rateLimit?: RateLimitOptions,
 *   log?: boolean }} BetterAuthServerOptions
 *   `expiresIn` / `interval`: better-auth time strings ('30m', '5s') or seconds. `appOrigin`
 *   (default: the first trusted origin) is where `/activate` lives, for `verification_uri`.
 * @typedef {Awaited<ReturnType<typeof startBetterAuthServer>>} BetterAuthServer
 */

/**
 * better-auth wants time strings; seconds are friendlier in tests.
 * @param {string | number | undefined} value @param {string} fallback
 */
function timeString(value, fallback) {
  if (value === undefined) return fallback;
  return typeof value === 'number' ? `${value}s` : value;
}

/**
 * The device plugin's `/device` rule can only be replaced through `customRules`, which win.
 * @param {RateLimitOptions} [options]
 */
function rateLimitOption(options = { enabled: false }) {
  const { device, customRules, ...rest } = options;
  const rules = { ...customRules, ...(device === undefined ? {} : { '/device': device }) };
  return { storage: 'memory', ...rest, customRules: rules };
}

/** @param {http.IncomingMessage} req @param {string[]} trusted @returns {Record<string, string>} */
function corsHeaders(req, trusted) {
  const origin = req.headers.origin;
  if (!origin || !trusted.includes(origin)) return {};
  return {
    'access-control-allow-origin': origin,
    'access-control-allow-credentials': 'true',
    // Without this the page cannot read the retry-after of a 429.
    'access-control-expose-headers': 'x-retry-after, retry-after',
    vary: 'Origin',
  };
}

/**
 * Starts better-auth on `host:port` (port 0 picks a free one).
 * @param {BetterAuthServerOptions} [options]
 */
export async function startBetterAuthServer(options = {}) {
  const { port = 0, host = '127.0.0.1' } = options;
  // Copied: allowOrigin() adds to it.
  const trustedOrigins = [...(options.trustedOrigins ?? [])];
  /** @type {(req: http.IncomingMessage, res: http.ServerResponse) => void} */
  let handle = (_req, res) => res.writeHead(503).end();
  const server = http.createServer((req, res) => {
    const cors = corsHeaders(req, trustedOrigins);
    if (req.method === 'OPTIONS') {
      res.writeHead(204, {
        ...cors,
        'access-control-allow-methods': 'GET, POST, OPTIONS',
        'access-control-allow-headers': 'content-type, accept',
        'access-control-max-age': '600',
      });
      return res.end();
    }
    for (const [name, value] of Object.entries(cors)) res.setHeader(name, value);
    handle(req, res);
  });
  // better-auth needs its own URL up front, and port 0 is only known after listen.
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve(undefined));
  });
  const address = /** @type {import('node:net').AddressInfo} */ (server.address());
  const url = `http://${address.family === 'IPv6' ? `[${address.address}]` : address.address}:${address.port}`;
  const appOrigin = options.appOrigin ?? trustedOrigins[0] ?? url;

  const auth = betterAuth({
    appName: 'activate-kit dev',
    baseURL: url,
    basePath: BASE_PATH,
    secret: randomBytes(32).toString('hex'),
    database: memoryAdapter({ user: [], session: [], account: [], verification: [], deviceCode: [], twoFactor: [], rateLimit: [] }),
    trustedOrigins,
    emailAndPassword: { enabled: true },
    rateLimit: rateLimitOption(options.rateLimit),
    logger: { disabled: options.log !== true },
    telemetry: { enabled: false },
    plugins: [
      deviceAuthorization({
        expiresIn: timeString(options.expiresIn, '30m'),
        interval: timeString(options.interval, '5s'),
        verificationUri: `${appOrigin}/activate`,
      }),
      twoFactor(),
    ],
  });
  handle = toNodeHandler(auth);

  return {
    url,
    baseURL: `${url}${BASE_PATH}`,
    auth,
    /**
     * Creates a user (and, with `totp`, a verified authenticator and backup codes) through
     * better-auth's own API, the way a person would set it up.
     * @param {string} email @param {string} password @param {{ totp?: boolean, name?: string }} [extra]
     * @returns {Promise<{ totpSecret?: string, backupCodes?: string[] }>}
     */
    async seedUser(email, password, extra = {}) {
      const signUp = await auth.api.signUpEmail({ body: { email, password, name: extra.name ?? email.split('@')[0] }, returnHeaders: true });
      if (!extra.totp) return {};
      const headers = new Headers({ cookie: cookieHeader(signUp.headers) });
      const enabled = await auth.api.enableTwoFactor({ body: { password }, headers });
      const totp = /** @type {import('otpauth').TOTP} */ (URI.parse(enabled.totpURI));
      // Enabling only takes effect once the first code is verified, as in a real set-up.
      await auth.api.verifyTOTP({ body: { code: totp.generate() }, headers });
      return { totpSecret: totp.secret.base32, backupCodes: enabled.backupCodes };
    },
    /**
     * Trusts one more browser origin, e.g. a web device page started after this server: CORS
     * answers it, and better-auth's own origin checks accept it. @param {string} origin
     */
    async allowOrigin(origin) {
      const { origin: normalised } = new URL(origin);
      if (!trustedOrigins.includes(normalised)) trustedOrigins.push(normalised);
      // better-auth resolved its list once, at start; every request reads that same array.
      const context = await auth.$context;
      if (!context.trustedOrigins.includes(normalised)) context.trustedOrigins.push(normalised);
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections?.();
        server.close(() => resolve(undefined));
      }),
  };
}

/** `set-cookie` lines as a `cookie` request header. @param {Headers} headers */
function cookieHeader(headers) {
  return headers
    .getSetCookie()
    .map((line) => line.split(';')[0])
    .join('; ');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '3005' },
      host: { type: 'string', default: '127.0.0.1' },
      'app-origin': { type: 'string', default: 'http://localhost:5173' },
      'rate-limit': { type: 'boolean', default: false },
    },
  });
  const appOrigin = values['app-origin'];
  const started = await startBetterAuthServer({
    port: Number(values.port),
    host: values.host,
    trustedOrigins: [appOrigin],
    rateLimit: { enabled: values['rate-limit'] },
    log: true,
  });
  await started.seedUser('demo@example.com', 'demo-password-123');
  const { totpSecret, backupCodes } = await started.seedUser('totp@example.com', 'demo-password-123', { totp: true });
  console.log(`better-auth DEVELOPMENT server at ${started.baseURL} (app origin ${appOrigin})`);
  console.log('users: demo@example.com and totp@example.com, password demo-password-123');
  console.log(`totp@example.com: TOTP secret ${totpSecret}, backup codes ${backupCodes?.slice(0, 3).join(' ')} …`);
  const stop = () => started.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
