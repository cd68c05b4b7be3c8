import type { ActivationError } from './errors';
import type { UserCodeFormat } from './user-code';

/** What the backend says a user code belongs to: shown so the person can spot a phishing attempt. */
export interface DeviceContext {
  /** The code as the backend wants it (already normalised and checked). */
  readonly userCode: string;
  /** Organisation slug (AuthOS) — shown when no display name is known. */
  readonly orgSlug?: string;
  /** Service slug (AuthOS) — shown when no display name is known. */
  readonly serviceSlug?: string;
  /** Human name of the organisation, when the backend can tell. */
  readonly orgName?: string;
  /** Human name of the service or application, when the backend can tell. */
  readonly serviceName?: string;
  /** OAuth client id of the device app (better-auth). */
  readonly clientId?: string;
  /** Scopes the device asks for (better-auth). */
  readonly scopes?: readonly string[];
  /** Login providers offered, each a safe slug (see {@link isSafeProviderId}). */
  readonly providers: readonly string[];
  /** Whether this is the backend's administrator sign-in (AuthOS platform flow). */
  readonly admin?: boolean;
}

/** What the browser carries back from the backend after the provider hop. */
/**
 * The second-factor challenge the backend handed the page. Redirect backends (AuthOS) put it in
 * the return URL; cookie backends (better-auth) keep it in a cookie, so theirs is empty.
 */
export interface MfaChallengeData {
  /** Short-lived pre-authentication token. Secret: never stored, never logged. */
  readonly preauthToken?: string;
  /** Identifies the pending device authorization. */
  readonly deviceCodeId?: string;
  /** The user code, when the backend sent it back. */
  readonly userCode?: string;
}

export type ReturnResult =
  | { readonly kind: 'approved' }
  | { readonly kind: 'mfa'; readonly challenge: MfaChallengeData }
  | { readonly kind: 'error'; readonly error: ActivationError };

/** Options every network call accepts. */
export interface CallOptions {
  /** Aborts the request (react-query passes one per query). */
  readonly signal?: AbortSignal;
}

/**
 * The seam between the kit and a backend. Components never call `fetch`, never build URLs and
 * never read `window.location`; an adapter does all three, and fails only with
 * `ActivationFailure` (see `errors.ts`).
 *
 * Only `id`, `userCodeFormat` and `verify` are required; the kit discovers the rest.
 */
export interface ActivationAdapter {
  /** Stable id, part of cache keys (`'authos'`, `'better-auth'`, …). */
  readonly id: string;
  /** How this backend writes user codes. */
  readonly userCodeFormat: UserCodeFormat;
  /** URL parameters this adapter reads on return, scrubbed from the address bar once read. */
  readonly returnParams?: readonly string[];
  /** Looks up a user code. One call per attempt: backends rate-limit it hard. */
  verify(userCode: string, options?: CallOptions): Promise<DeviceContext>;
  /** Human names for the context (optional; failures fall back to slugs). */
  describe?(context: DeviceContext, options?: CallOptions): Promise<Partial<Pick<DeviceContext, 'orgName' | 'serviceName'>>>;
  /** Where to send the browser to sign in with `provider` (redirect backends such as AuthOS). */
  loginUrl?(provider: string, context: DeviceContext): string;
  /** Reads what the backend put in the URL on return, or `null` when this is a fresh visit. */
  readReturn?(url: URL): ReturnResult | null;
  /** Answers an MFA challenge. Any session the backend returns is discarded. */
  verifyMfa?(challenge: MfaChallengeData, code: string, options?: CallOptions): Promise<void>;
  /** Explicitly approves the device (consent backends such as better-auth). */
  approve?(context: DeviceContext, options?: CallOptions): Promise<void>;
  /** Explicitly denies the device; without it, "This wasn't me" only ends the page. */
  deny?(context: DeviceContext, options?: CallOptions): Promise<void>;
  /** Signing in on the activation page itself (better-auth), before `verify` claims the code. */
  signIn?: SignInCapability;
}

/** Whether `id` is a provider id that may become part of a URL path or a CSS class. */
export const isSafeProviderId = (id: unknown): id is string =>
  typeof id === 'string' && /^[a-z0-9][a-z0-9_-]{0,63}$/.test(id);

/** How the ceremony continues after a successful verify, decided by what the adapter can do. */
export const nextStepAfterVerify = (adapter: ActivationAdapter): 'choose' | 'consent' =>
  adapter.approve ? 'consent' : 'choose';

/** Who is signed in, as far as the page may show it. Never a token. */
export interface SignedInUser {
  readonly email?: string;
  readonly name?: string;
}

/** How a password sign-in ended: done, or a second factor is needed (answer it with `verifyMfa`). */
export type PasswordSignInResult = { readonly kind: 'signed-in' } | { readonly kind: 'mfa' };

/**
 * Sign-in on the page, for backends whose session is a cookie the browser keeps (better-auth).
 * The adapter stores nothing itself; any token in a response body is dropped.
 */
export interface SignInCapability {
  /** The current session's person, or `null` when nobody is signed in. */
  getSession(options?: CallOptions): Promise<SignedInUser | null>;
  /** Signs in with email and password; a wrong pair fails with `invalid_credentials`. */
  withPassword(email: string, password: string, options?: CallOptions): Promise<PasswordSignInResult>;
  /** Ends the session (so "not you?" can switch accounts). */
  signOut(options?: CallOptions): Promise<void>;
}
