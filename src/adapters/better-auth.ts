/**
 * better-auth (`deviceAuthorization` + optional `twoFactor` plugins) as an ActivationAdapter.
 * Verified against better-auth 1.7.25; what the server does is written down in
 * shared/better-auth-contract.md.
 *
 * The person signs in ON the activation page (`signIn`), then `verify` claims the code for that
 * session, then `approve` or `deny`. The session is the cookie better-auth sets; the adapter stores
 * nothing and drops every token a response body carries.
 */
import type { ActivationAdapter, CallOptions, DeviceContext, SignInCapability } from '../core/adapter';
import type { ActivationError } from '../core/errors';
import { fail } from '../core/errors';
import { readMfaAnswer } from '../core/mfa-code';
import type { UserCodeFormat } from '../core/user-code';
import { checkUserCode, NO_LOOKALIKES_ALPHABET, toRequestCode } from '../core/user-code';
import { deviceError, mfaError, sessionError, signInError } from './better-auth/errors';
import { DeviceStatus, MfaSession, Session, SignInResponse, Success } from './better-auth/schemas';
import type { FetchLike, HttpResult } from './http';
import { joinUrl, jsonInit, parseBaseUrl, parseBody, transport } from './http';

export type { FetchLike } from './http';

/** better-auth's default user codes: 8 characters, shown `ABCD-EFGH`, sent without the dash. */
export const BETTER_AUTH_USER_CODE: UserCodeFormat = {
  alphabet: NO_LOOKALIKES_ALPHABET,
  length: 8,
  groupSize: 4,
  separator: '-',
  sendSeparator: false,
};

export interface BetterAuthAdapterOptions {
  /**
   * better-auth's URL: origin plus base path, e.g. `https://example.com/api/auth`. A bare origin
   * (`https://auth.example.com`) gets better-auth's default base path `/api/auth`. Required; a
   * relative value resolves against the current page. Every request stays on this origin.
   */
  readonly baseUrl: string | URL;
  /**
   * The fetch to use. Default: `globalThis.fetch`, looked up on every call (so a mock installed
   * later is honoured) and called with the right `this`.
   */
  readonly fetch?: FetchLike;
  /** How long one request may take, body included, before it fails with `timeout`. Default `10000`. */
  readonly timeoutMs?: number;
  /**
   * Whether requests carry cookies: better-auth's session is one. Default `'include'` (the page
   * and better-auth on different origins, which must then allow credentials in CORS and list the
   * page in `trustedOrigins`); `'same-origin'` is enough when both share an origin.
   */
  readonly credentials?: RequestCredentials;
}

const DEFAULT_BASE_PATH = '/api/auth';
const BACKUP_CODE_MAX = 64;

/** better-auth's scope string, split on white space, duplicates dropped. */
function splitScopes(scope: string | null | undefined): string[] {
  return [...new Set((scope ?? '').split(/\s+/).filter(Boolean))];
}

export function createBetterAuthAdapter(options: BetterAuthAdapterOptions): ActivationAdapter {
  const base = parseBaseUrl(options.baseUrl);
  if (base.pathname === '/') base.pathname = DEFAULT_BASE_PATH;
  const send = transport(options);
  const credentials = options.credentials ?? 'include';

  /** One request; non-2xx answers become the failure `onError` names. */
  function call(
    path: string,
    body: unknown,
    onError: (result: HttpResult) => ActivationError,
    { signal }: CallOptions = {},
    query?: Record<string, string>,
  ): Promise<HttpResult> {
    return send(joinUrl(base, path, query), { ...jsonInit(body === undefined ? 'GET' : 'POST', body), credentials }, onError, signal);
  }

  const signIn: SignInCapability = {
    async getSession(callOptions) {
      const session = parseBody(Session, await call('get-session', undefined, sessionError, callOptions));
      if (!session) return null;
      const { email, name } = session.user;
      return { ...(email ? { email } : {}), ...(name ? { name } : {}) };
    },

    async withPassword(email, password, callOptions) {
      // Each attempt spends part of better-auth's sign-in limit (3 per 10 s by default).
      if (!email.trim() || !password) fail({ code: 'invalid_credentials', detail: 'email or password is empty' });
      const result = await call('sign-in/email', { email: email.trim(), password }, signInError, callOptions);
      // The body carries a session token on success: read for its shape, then dropped.
      const body = parseBody(SignInResponse, result);
      return 'twoFactorRedirect' in body ? { kind: 'mfa' } : { kind: 'signed-in' };
    },

    async signOut(callOptions) {
      parseBody(Success, await call('sign-out', {}, sessionError, callOptions));
    },
  };

  async function decide(action: 'approve' | 'deny', context: DeviceContext, callOptions?: CallOptions): Promise<void> {
    const userCode = toRequestCode(context.userCode, BETTER_AUTH_USER_CODE);
    const result = await call(`device/${action}`, { userCode }, deviceError, callOptions);
    // A 2xx that does not say `success: true` may still have decided: the person must look at the device.
    if (!Success(result.json).ok) fail({ code: 'unconfirmed', status: result.status, detail: `unreadable ${action} answer` });
  }

  return {
    id: 'better-auth',
    userCodeFormat: BETTER_AUTH_USER_CODE,

    /**
     * `GET /device?user_code=…`. While signed in this CLAIMS a pending code for the session, so
     * call it only after sign-in, once per attempt (better-auth allows 5 per `expiresIn` per IP).
     */
    async verify(userCode, callOptions) {
      // A malformed code is refused here: every lookup spends the person's rate limit.
      const check = checkUserCode(userCode, BETTER_AUTH_USER_CODE);
      if (!check.ok) fail({ code: 'invalid_code', detail: check.problem.kind });
      const result = await call('device', undefined, deviceError, callOptions, { user_code: check.code });
      const body = parseBody(DeviceStatus, result);
      // Approved or denied already: "used" would be untrue for a denied request.
      if (body.status !== 'pending') fail({ code: 'already_answered', status: result.status, detail: `code is ${body.status}` });
      if (!body.client_id) {
        // better-auth answers 200 without the client both to a signed-out page and to an account
        // that did not claim the code; only the session can tell which, and the fix differs.
        const user = await signIn.getSession(callOptions);
        fail(
          user
            ? { code: 'forbidden', status: result.status, detail: 'another session claimed this code' }
            : { code: 'unauthenticated', status: result.status, detail: 'not signed in, so the code was not claimed' },
        );
      }
      return { userCode: check.code, clientId: body.client_id, scopes: splitScopes(body.scope), providers: [] };
    },

    approve: (context, callOptions) => decide('approve', context, callOptions),
    deny: (context, callOptions) => decide('deny', context, callOptions),

    /**
     * Answers the `twoFactor` plugin's challenge: 6 digits (`123 456` too) go to
     * `/two-factor/verify-totp`, anything else to `/two-factor/verify-backup-code` (backup codes
     * are case-sensitive, so they are sent as typed). The challenge lives in a cookie better-auth
     * set at sign-in, so `challenge`'s fields are unused here; pass any `MfaChallengeData`.
     */
    async verifyMfa(_challenge, code, callOptions) {
      // Cannot be right, and five wrong answers end the challenge: refused before it is sent.
      const answer = readMfaAnswer(code, BACKUP_CODE_MAX) ?? fail({ code: 'mfa_wrong_code', detail: 'not a 6-digit code or a backup code' });
      const path = answer.totp ? 'two-factor/verify-totp' : 'two-factor/verify-backup-code';
      const result = await call(path, { code: answer.code }, mfaError, callOptions);
      // The body holds the new session's token: checked for shape (an HTML 200 is no sign-in), then dropped.
      if (!MfaSession(result.json).ok) fail({ code: 'unexpected_response', status: result.status, detail: 'MFA answer is not a better-auth session' });
    },

    signIn,
  };
}
