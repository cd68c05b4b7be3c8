/**
 * AuthOS (drmhse/sso) as an ActivationAdapter. What the server does is written down in
 * shared/authos-contract.md; this file wires those facts to the kit's seam.
 */
import type { ActivationAdapter, DeviceContext } from '../core/adapter';
import { isSafeProviderId } from '../core/adapter';
import { fail } from '../core/errors';
import { readMfaAnswer } from '../core/mfa-code';
import { AUTHOS_USER_CODE, checkUserCode, toRequestCode } from '../core/user-code';
import { mfaError, verifyError } from './authos/errors';
import { AUTHOS_RETURN_PARAMS, readAuthOSReturn } from './authos/return-url';
import { ContextResponse, MfaSession, VerifyResponse, displayName } from './authos/schemas';
import type { FetchLike } from './http';
import { joinUrl, jsonInit, parseBaseUrl, parseBody, transport, unexpected } from './http';

export type { FetchLike } from './http';

/** AuthOS routes, relative to `baseUrl`. `{provider}` is replaced by a safe provider slug. */
export interface AuthOSPaths {
  /** Looks up a user code. Default `/auth/device/verify` (no `/api` prefix). */
  readonly verify: string;
  /** Display names for an org and service. Default `/api/auth/context`. */
  readonly context: string;
  /** Browser sign-in for the service flow. Default `/auth/{provider}`. */
  readonly login: string;
  /** Browser sign-in for the platform admin flow. Default `/auth/admin/{provider}`. */
  readonly adminLogin: string;
  /** Answers an MFA challenge. Default `/api/auth/mfa/verify`. */
  readonly mfaVerify: string;
}

export const AUTHOS_DEFAULT_PATHS: Readonly<AuthOSPaths> = {
  verify: '/auth/device/verify',
  context: '/api/auth/context',
  login: '/auth/{provider}',
  adminLogin: '/auth/admin/{provider}',
  mfaVerify: '/api/auth/mfa/verify',
};

export interface AuthOSAdapterOptions {
  /**
   * The AuthOS backend, e.g. `https://sso.example.com` or `https://example.com/authos` when it is
   * mounted under a prefix. Required. A relative value resolves against the current page.
   * Every URL the adapter builds, the login URL included, stays on this origin.
   */
  readonly baseUrl: string | URL;
  /**
   * The fetch to use. Default: `globalThis.fetch`, looked up on every call (so a mock installed
   * later, such as MSW's, is honoured) and called with the right `this`.
   */
  readonly fetch?: FetchLike;
  /** Overrides for individual routes; each default is listed on {@link AuthOSPaths}. */
  readonly paths?: Partial<AuthOSPaths>;
  /** How long one request may take, body included, before it fails with `timeout`. Default `10000`. */
  readonly timeoutMs?: number;
  /**
   * Whether to ask `GET /api/auth/context` for the organisation and service names, so the page
   * can say "Acme CLI by Acme" rather than slugs. Default `true`; `false` removes `describe`.
   */
  readonly describe?: boolean;
}

/** The platform admin flow: asked for, or AuthOS's own `admin-cli` service of the platform org. */
const isPlatform = (context: Pick<DeviceContext, 'orgSlug' | 'serviceSlug' | 'admin'>): boolean =>
  context.admin === true || (context.orgSlug === 'platform' && context.serviceSlug === 'admin-cli');

export const createAuthOSAdapter = (options: AuthOSAdapterOptions): ActivationAdapter => {
  const base = parseBaseUrl(options.baseUrl);
  const path = (name: keyof AuthOSPaths): string => options.paths?.[name] ?? AUTHOS_DEFAULT_PATHS[name];
  const call = transport(options);

  const adapter: ActivationAdapter = {
    id: 'authos',
    userCodeFormat: AUTHOS_USER_CODE,
    returnParams: AUTHOS_RETURN_PARAMS,

    async verify(userCode, { signal } = {}) {
      // A malformed code is refused here: every verify call spends the person's rate limit.
      const check = checkUserCode(userCode, AUTHOS_USER_CODE);
      if (!check.ok) fail({ code: 'invalid_code', detail: check.problem.kind });
      const result = await call(joinUrl(base, path('verify')), jsonInit('POST', { user_code: check.code }), verifyError, signal);
      const body = parseBody(VerifyResponse, result);
      const context = {
        userCode: check.code,
        orgSlug: body.org_slug,
        serviceSlug: body.service_slug,
        providers: [...new Set(body.available_providers.filter(isSafeProviderId))],
      };
      return { ...context, admin: isPlatform(context) };
    },

    loginUrl(provider, context) {
      const { orgSlug, serviceSlug } = context;
      const user_code = toRequestCode(context.userCode, AUTHOS_USER_CODE);
      const admin = isPlatform(context);
      // The provider id becomes part of the path; a service login names both slugs.
      if (!isSafeProviderId(provider) || (!admin && (!orgSlug || !serviceSlug))) fail({ code: 'unexpected_response' });
      // The server tells a device activation from a web login by the absence of redirect_uri.
      return joinUrl(
        base,
        path(admin ? 'adminLogin' : 'login').replaceAll('{provider}', provider),
        admin ? { org_slug: 'platform', user_code } : { org: orgSlug!, service: serviceSlug!, user_code },
      );
    },

    readReturn: readAuthOSReturn,

    async verifyMfa(challenge, code, { signal } = {}) {
      // Up to 32 characters: AuthOS recovery codes are far shorter; anything longer cannot be right.
      const answer = readMfaAnswer(code, 32) ?? fail({ code: 'mfa_wrong_code' });
      const body = { preauth_token: challenge.preauthToken, code: answer.code, device_code_id: challenge.deviceCodeId };
      const result = await call(joinUrl(base, path('mfaVerify')), jsonInit('POST', body), mfaError, signal);
      // The body is a full session for the person: checked, then dropped. Never quoted in an error,
      // never returned, never stored. An unreadable 200 (an HTML page from a misrouted proxy, an
      // empty body) is no approval, yet the server may have approved: the person must look.
      if (!MfaSession(result.json).ok) fail({ code: 'unconfirmed', status: result.status, detail: 'unreadable MFA answer' });
    },
  };

  if (options.describe === false) return adapter;
  return {
    ...adapter,
    async describe(context, { signal } = {}) {
      const { orgSlug, serviceSlug } = context;
      if (isPlatform(context) || !orgSlug || !serviceSlug) return {};
      try {
        const result = await call(joinUrl(base, path('context'), { org: orgSlug, service: serviceSlug }), jsonInit('GET'), unexpected, signal);
        const parsed = ContextResponse(result.json);
        if (!parsed.ok) return {};
        // A name with nothing visible left is `undefined`: the slug is shown for it.
        return { orgName: displayName(parsed.value.organization?.name), serviceName: displayName(parsed.value.service?.name) };
      } catch (error) {
        // Names are a nicety: the slugs are shown instead. Only a cancellation goes through.
        if (signal?.aborted) throw error;
        return {};
      }
    },
  };
};
