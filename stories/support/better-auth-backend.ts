/**
 * An in-memory better-auth 1.7 for stories: the `emailAndPassword`, `twoFactor` (TOTP and backup
 * codes) and `deviceAuthorization` routes the activation page calls, answering with the bodies,
 * statuses and headers better-auth 1.7.25 really sends (recorded from dev/better-auth/server.mjs,
 * the real server test/unit/better-auth-adapter.test.ts runs the adapter against) and with its
 * production rate limits. The REAL `createBetterAuthAdapter` talks to it over `fetch` through
 * Mock Service Worker, on the story's own host (see stories/support/backend.ts).
 *
 * One story is one browser tab, so the session cookie (and the two-factor challenge cookie) is
 * this backend's memory rather than `document.cookie`: a service worker cannot set cookies for
 * another origin anyway. Not a server: passwords are not hashed and nothing is kept.
 */
import { http, HttpResponse, type RequestHandler } from 'msw';
import { Secret, TOTP } from 'otpauth';
import type { StoryContext } from '@storybook/react-vite';
import { createBetterAuthAdapter } from '../../src/adapters/better-auth';
import { ACTIVATE_URL, openPage, serveStoryBackend, startWorker, type PageKit } from './backend';

/** better-auth's default base path, where every route below lives. */
export const BASE_PATH = '/api/auth';

/** Every account's password. */
export const PASSWORD = 'correct-horse-battery';
/** A password-only account. */
export const ADA = { email: 'ada@example.com', name: 'Ada Lovelace' } as const;
/** An account with an authenticator app (TOTP) and backup codes. */
export const GRACE = { email: 'grace@example.com', name: 'Grace Hopper' } as const;
/** Grace's backup codes, in better-auth's format (case-sensitive); each works once. */
export const GRACE_BACKUP_CODES = ['K7fQx-2mTpA', 'b3RzW-9nLeV', 'Xq4Hd-Tu8sJ'] as const;

/** RFC 6238's own test secret: public on purpose, like everything here. */
const grace2fa = new TOTP({ algorithm: 'SHA1', digits: 6, period: 30, secret: Secret.fromBase32('GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ') });

// better-auth's default user codes: 8 characters, no lookalikes, stored without a dash.
const USER_CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** A better-auth rate-limit rule: at most `max` requests per `window` seconds (per IP and path). */
export interface RateRule {
  readonly window: number;
  readonly max: number;
}

/** The rules a production better-auth applies with the two plugins (later entries win, as there). */
const DEFAULT_RULES: ReadonlyArray<readonly [(path: string) => boolean, RateRule]> = [
  [() => true, { window: 10, max: 100 }],
  [(path) => /^\/(sign-in|sign-up|change-password|change-email)/.test(path), { window: 10, max: 3 }],
  [(path) => path.startsWith('/two-factor/'), { window: 10, max: 3 }],
  // deviceAuthorization: 5 lookups per `expiresIn` (30 minutes by default).
  [(path) => path === '/device', { window: 1800, max: 5 }],
];

export type DeviceStatus = 'pending' | 'approved' | 'denied';

/** One code as better-auth stores it (what `inspect` shows). */
export interface DeviceCodeRecord {
  readonly userCode: string;
  readonly clientId: string;
  readonly scope?: string;
  readonly status: DeviceStatus;
  /** The account whose signed-in `GET /device` claimed the code. */
  readonly claimedBy?: string;
  readonly expiresAt: number;
}

interface Account {
  readonly id: string;
  readonly email: string;
  readonly name: string;
  readonly createdAt: string;
  readonly totp?: TOTP;
  readonly backupCodes?: Set<string>;
}

type MutableRecord = { -readonly [K in keyof DeviceCodeRecord]: DeviceCodeRecord[K] };

export interface BetterAuthServer {
  /** What a device's `POST /device/code` creates; returns the user code (`WDJBMJHT`, no dash). */
  issueCode(input?: { clientId?: string; scope?: string }): string;
  /** `verification_uri_complete`: the activation page with `?user_code=`, as the device shows it. */
  link(userCode: string): string;
  /** The code's 30 minutes are up. */
  expireCode(userCode: string): void;
  /** Another account (`email`) claimed the code with its own `GET /device`. */
  claim(userCode: string, email: string): void;
  /** The code was approved or denied elsewhere (another tab), by whoever claimed it. */
  decide(userCode: string, status: 'approved' | 'denied'): void;
  /** The tab already holds a session cookie for `email` (signed in to the app earlier). */
  signIn(email: string): void;
  /** The session ends server-side (expired, revoked, signed out in another tab). */
  endSession(): void;
  /** Uses up `path`'s rate-limit window, so its next request is answered 429. */
  exhaustRateLimit(path: string): void;
  /** Moves the server's clock forward (two-factor challenges live 10 minutes, codes 30). */
  advance(ms: number): void;
  /** The signed-in account's email, or `null`. */
  sessionEmail(): string | null;
  inspect(userCode: string): DeviceCodeRecord | undefined;
  /** Every request the page sent, as `GET /device`, `POST /sign-in/email`, … (under the base path). */
  readonly requests: readonly string[];
  /** The right authenticator code for Grace, now. */
  totp(): string;
  /** An authenticator code that is certainly wrong for Grace now (±30 s included). */
  wrongTotp(): string;
  /** Answers a request under the base path, or `undefined` for a route better-auth would 404. */
  handle(request: Request): Promise<Response | undefined>;
}

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  // `new HttpResponse` rather than `HttpResponse.json`: `null` must go out as the JSON text `null`.
  new HttpResponse(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });
/** The device routes answer OAuth-style… */
const oauthError = (status: number, error: string, description: string) => json(status, { error, error_description: description });
/** …every other route `{ message, code }`. */
const apiError = (status: number, code: string, message: string) => json(status, { message, code });

function randomString(length: number, alphabet: string): string {
  const bytes = crypto.getRandomValues(new Uint8Array(length));
  return Array.from(bytes, (byte) => alphabet[byte % alphabet.length]).join('');
}

const token = () => randomString(32, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789');

export function createBetterAuthServer(options: { customRules?: Readonly<Record<string, RateRule>> } = {}): BetterAuthServer {
  let offset = 0;
  const now = () => Date.now() + offset;
  const createdAt = new Date(now()).toISOString();
  const accounts: Account[] = [
    { id: 'usr_ada', ...ADA, createdAt },
    { id: 'usr_grace', ...GRACE, createdAt, totp: grace2fa, backupCodes: new Set(GRACE_BACKUP_CODES) },
  ];
  const codes = new Map<string, MutableRecord>();
  const limits = new Map<string, { count: number; lastRequest: number }>();
  const requests: string[] = [];
  let session: { account: Account; token: string; createdAt: string } | null = null;
  /** The `better-auth.two_factor` cookie: a password was right, the second factor is owed. */
  let challenge: { account: Account; attempts: number; expiresAt: number } | null = null;

  const accountBy = (email: string) => {
    const account = accounts.find((a) => a.email === email.trim().toLowerCase());
    if (!account) throw new Error(`stories: no better-auth account ${email}`);
    return account;
  };
  const mustGet = (userCode: string) => {
    const record = codes.get(userCode);
    if (!record) throw new Error(`stories: better-auth never issued ${userCode}`);
    return record;
  };
  /** better-auth looks a code up as given, then upper-cased without separators. */
  const find = (userCode: string) => codes.get(userCode) ?? codes.get(userCode.toUpperCase().replace(/[^A-Z0-9]/g, ''));

  function ruleFor(path: string): RateRule {
    let rule = DEFAULT_RULES[0]![1];
    for (const [matches, candidate] of DEFAULT_RULES) if (matches(path)) rule = candidate;
    return options.customRules?.[path] ?? rule;
  }

  /** better-auth's memory rate limiter (`decideConsume`): a 429 with `X-Retry-After`, or `null`. */
  function limited(path: string): Response | null {
    const rule = ruleFor(path);
    const at = now();
    const data = limits.get(path);
    if (!data || at - data.lastRequest >= rule.window * 1000) {
      limits.set(path, { count: 1, lastRequest: at });
      return null;
    }
    if (data.count >= rule.max) {
      const retryAfter = Math.ceil((data.lastRequest + rule.window * 1000 - at) / 1000);
      return json(429, { message: 'Too many requests. Please try again later.' }, { 'X-Retry-After': String(retryAfter) });
    }
    limits.set(path, { count: data.count + 1, lastRequest: at });
    return null;
  }

  const userJson = (account: Account) => ({
    name: account.name,
    email: account.email,
    emailVerified: false,
    createdAt: account.createdAt,
    updatedAt: account.createdAt,
    twoFactorEnabled: account.totp !== undefined,
    id: account.id,
  });

  function startSession(account: Account) {
    session = { account, token: token(), createdAt: new Date(now()).toISOString() };
    challenge = null;
    return session;
  }

  const routes: Record<string, (request: Request, url: URL) => Promise<Response> | Response> = {
    'GET /get-session': () => {
      const headers = { 'cache-control': 'no-store', pragma: 'no-cache' };
      if (!session) return json(200, null, headers);
      const expiresAt = new Date(Date.parse(session.createdAt) + 7 * 24 * 3600_000).toISOString();
      const { account } = session;
      return json(
        200,
        {
          session: { expiresAt, token: session.token, createdAt: session.createdAt, updatedAt: session.createdAt, ipAddress: '', userAgent: navigator.userAgent, userId: account.id, id: `ses_${account.id}` },
          user: userJson(account),
        },
        headers,
      );
    },

    'POST /sign-in/email': async (request) => {
      const { email, password } = (await request.json()) as { email?: string; password?: string };
      if (typeof email !== 'string' || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) return apiError(400, 'INVALID_EMAIL', 'Invalid email');
      const account = accounts.find((a) => a.email === email.toLowerCase());
      if (!account || password !== PASSWORD) return apiError(401, 'INVALID_EMAIL_OR_PASSWORD', 'Invalid email or password');
      if (account.totp) {
        // No session yet: better-auth sets its two_factor cookie and waits for the second factor.
        challenge = { account, attempts: 0, expiresAt: now() + 10 * 60_000 };
        return json(200, { twoFactorRedirect: true, twoFactorMethods: ['totp'] });
      }
      const started = startSession(account);
      return json(200, { redirect: false, token: started.token, user: userJson(account) });
    },

    'POST /two-factor/verify-totp': (request) => secondFactor(request, 'totp'),
    'POST /two-factor/verify-backup-code': (request) => secondFactor(request, 'backup'),

    'POST /sign-out': () => {
      session = null;
      return json(200, { success: true });
    },

    'GET /device': (_, url) => {
      const userCode = url.searchParams.get('user_code') ?? '';
      const record = find(userCode);
      if (!record) return oauthError(400, 'invalid_request', 'Invalid user code');
      if (record.expiresAt < now()) return oauthError(400, 'expired_token', 'User code has expired');
      // Signed in, pending and unclaimed: this lookup claims the code for the session's account.
      if (session && !record.claimedBy && record.status === 'pending') record.claimedBy = session.account.id;
      const canReview = session !== null && record.claimedBy === session.account.id;
      return json(200, { user_code: userCode, status: record.status, ...(canReview ? { client_id: record.clientId, scope: record.scope } : {}) });
    },

    'POST /device/approve': (request) => decideByPage(request, 'approved'),
    'POST /device/deny': (request) => decideByPage(request, 'denied'),
  };

  async function secondFactor(request: Request, kind: 'totp' | 'backup'): Promise<Response> {
    const { code } = (await request.json()) as { code?: string };
    if (!challenge || challenge.expiresAt < now()) return apiError(401, 'INVALID_TWO_FACTOR_COOKIE', 'Invalid two factor cookie');
    if (challenge.attempts >= 5) return apiError(400, 'TOO_MANY_ATTEMPTS_REQUEST_NEW_CODE', 'Too many attempts. Please request a new code.');
    const { account } = challenge;
    const typed = String(code ?? '');
    const right = kind === 'totp' ? account.totp?.validate({ token: typed, timestamp: now(), window: 1 }) != null : account.backupCodes?.delete(typed) === true;
    if (!right) {
      challenge.attempts += 1;
      return kind === 'totp' ? apiError(401, 'INVALID_CODE', 'Invalid code') : apiError(401, 'INVALID_BACKUP_CODE', 'Invalid backup code');
    }
    const started = startSession(account);
    return json(200, { token: started.token, user: userJson(account) });
  }

  async function decideByPage(request: Request, status: 'approved' | 'denied'): Promise<Response> {
    if (!session) return oauthError(401, 'unauthorized', 'Authentication required');
    const { userCode } = (await request.json()) as { userCode?: string };
    const record = find(String(userCode ?? ''));
    if (!record) return oauthError(400, 'invalid_request', 'Invalid user code');
    if (record.expiresAt < now()) return oauthError(400, 'expired_token', 'User code has expired');
    if (record.status !== 'pending') return oauthError(400, 'invalid_request', 'Device code already processed');
    if (!record.claimedBy) {
      return oauthError(
        400,
        'invalid_request',
        'Device code has not been claimed by a verifying session; call `GET /device` with the `user_code` while signed in before approving or denying',
      );
    }
    if (record.claimedBy !== session.account.id) {
      return oauthError(403, 'access_denied', `You are not authorized to ${status === 'approved' ? 'approve' : 'deny'} this device authorization`);
    }
    record.status = status;
    return json(200, { success: true });
  }

  return {
    issueCode: ({ clientId = 'acme-tv', scope = 'openid profile email' } = {}) => {
      let userCode: string;
      do userCode = randomString(8, USER_CODE_ALPHABET);
      while (codes.has(userCode));
      codes.set(userCode, { userCode, clientId, ...(scope ? { scope } : {}), status: 'pending', expiresAt: now() + 30 * 60_000 });
      return userCode;
    },
    link: (userCode) => `${ACTIVATE_URL}?user_code=${encodeURIComponent(userCode)}`,
    expireCode: (userCode) => {
      mustGet(userCode).expiresAt = now() - 1;
    },
    claim: (userCode, email) => {
      mustGet(userCode).claimedBy = accountBy(email).id;
    },
    decide: (userCode, status) => {
      const record = mustGet(userCode);
      record.claimedBy ??= session?.account.id ?? 'usr_elsewhere';
      record.status = status;
    },
    signIn: (email) => {
      startSession(accountBy(email));
    },
    endSession: () => {
      session = null;
    },
    exhaustRateLimit: (path) => {
      for (let i = 0; i < 1000; i++) if (limited(path)) return;
      throw new Error(`stories: the better-auth rate limit of ${path} never ran out`);
    },
    advance: (ms) => {
      offset += ms;
    },
    sessionEmail: () => session?.account.email ?? null,
    inspect: (userCode) => {
      const record = codes.get(userCode);
      return record && { ...record };
    },
    requests,
    totp: () => grace2fa.generate({ timestamp: now() }),
    wrongTotp: () => {
      const valid = new Set([-30_000, 0, 30_000].map((skew) => grace2fa.generate({ timestamp: now() + skew })));
      return ['000000', '111111', '222222', '333333'].find((code) => !valid.has(code))!;
    },
    async handle(request) {
      const url = new URL(request.url);
      if (!url.pathname.startsWith(`${BASE_PATH}/`)) return undefined;
      const path = url.pathname.slice(BASE_PATH.length);
      const route = routes[`${request.method} ${path}`];
      if (!route) return undefined;
      requests.push(`${request.method} ${path}`);
      return limited(path) ?? route(request, url);
    },
  };
}

// ── One story's better-auth ───────────────────────────────────────────────────────────────────

/** What a story's `start` may hand on besides the address the page opens at. */
export interface BetterAuthStart {
  /** The page's address. Default: plain `/activate`. */
  readonly href?: string;
  /** The user code the story is about. */
  readonly userCode?: string;
}

/** `parameters.betterAuth` of a story. */
export interface BetterAuthParameters {
  /** better-auth's `rateLimit.customRules`, by path under the base path (`'/device/approve'`). */
  readonly customRules?: Readonly<Record<string, RateRule>>;
  /** Handlers tried before the in-memory server, for answers a healthy better-auth never gives. */
  readonly handlers?: readonly RequestHandler[];
  /** Sets the server up (issue codes, sign in, …) and says where the page starts. Runs before render. */
  readonly start?: (server: BetterAuthServer) => BetterAuthStart | string | void;
  /** The adapter's per-request deadline. Default: the adapter's own (10 s). */
  readonly timeoutMs?: number;
}

/** What a better-auth story receives as `loaded.backend`. */
export interface BetterAuthBackend extends PageKit, BetterAuthStart {
  readonly href: string;
  readonly server: BetterAuthServer;
  /** The adapter's `baseUrl`: this story's host plus `/api/auth`. */
  readonly baseUrl: string;
}

/**
 * Loader for stories with `parameters.betterAuth` (put it in the file's `loaders`): a fresh
 * in-memory better-auth on the story's own host, and the real better-auth adapter in front of it.
 * The global `backendLoader` steps aside for these stories.
 */
export async function betterAuthLoader(context: Pick<StoryContext, 'id' | 'parameters'>): Promise<{ backend: BetterAuthBackend }> {
  await startWorker();
  const options = (context.parameters.betterAuth ?? {}) as BetterAuthParameters;
  const server = createBetterAuthServer(options.customRules ? { customRules: options.customRules } : {});
  const origin = serveStoryBackend(context, (host) => [
    ...(options.handlers ?? []),
    http.all(`${host}${BASE_PATH}/*`, ({ request }) => server.handle(request)),
  ]);
  const baseUrl = `${origin}${BASE_PATH}`;
  const adapter = createBetterAuthAdapter({ baseUrl, ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}) });
  const started = options.start?.(server);
  const start: BetterAuthStart = typeof started === 'string' ? { href: started } : (started ?? {});
  const href = start.href ?? ACTIVATE_URL;
  const backend: BetterAuthBackend = { ...start, href, server, baseUrl, adapter, ...openPage(href) };
  return { backend };
}

/** The better-auth backend a story's loader built; use it in `render` and `play`. */
export function betterAuthOf(context: { loaded: Record<string, unknown> }): BetterAuthBackend {
  const backend = context.loaded.backend as Partial<BetterAuthBackend> | undefined;
  if (!backend?.server) throw new Error('stories: no better-auth backend (is betterAuthLoader in the meta, and parameters.betterAuth set?)');
  return backend as BetterAuthBackend;
}
