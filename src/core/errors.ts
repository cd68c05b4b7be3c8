/**
 * Every way an activation can fail, each with a stable code so a screen can say something
 * specific and true (never "invalid or expired" when the backend told us which).
 */
export type ActivationErrorCode =
  /** The backend does not know this code (or rejected its format). */
  | 'invalid_code'
  /** The code existed but has expired; the device must start again. */
  | 'expired'
  /** The code was already used to sign a device in. */
  | 'already_used'
  /**
   * The backend rejected the code without saying why (newer AuthOS servers merge unknown,
   * expired and used on purpose, so the page must not guess).
   */
  | 'code_unavailable'
  /** Too many attempts; `retryAfterSeconds` says when to try again when the backend told us. */
  | 'rate_limited'
  /** The organisation or service behind the code no longer exists. */
  | 'not_found'
  /** The signed-in person may not authorise this device. */
  | 'forbidden'
  /** The page is not signed in to the backend (explicit-consent backends). */
  | 'unauthenticated'
  /**
   * The backend could not be reached although the browser says it is online (the service is down,
   * the connection broke mid-answer, or CORS refused the page).
   */
  | 'network'
  /** The browser says it is offline: the person's own connection is the problem. */
  | 'offline'
  /**
   * The backend, or the proxy in front of it, answered 502, 503 or 504: a temporary outage, with
   * `retryAfterSeconds` when it said how long.
   */
  | 'service_unavailable'
  /** The backend refused to look the code up at all (a 403 before anyone signed in). */
  | 'lookup_refused'
  /** The consent request was already approved or denied (explicit-consent backends). */
  | 'already_answered'
  /**
   * The link the page was opened with is incomplete or damaged (a return link missing its
   * challenge, oversized values, a `user_code` that cannot be a code).
   */
  | 'bad_link'
  /**
   * An approval or MFA answer was sent, and the backend said 2xx, but its answer is unreadable:
   * it may have approved the device. The person must look at the device, not simply retry.
   */
  | 'unconfirmed'
  /** The backend did not answer in time. */
  | 'timeout'
  /** The backend answered with something of the wrong shape (HTML error page, bad JSON, …). */
  | 'unexpected_response'
  /** The authenticator or recovery code was wrong. */
  | 'mfa_wrong_code'
  /** The MFA challenge timed out or was already used; sign in again. */
  | 'mfa_challenge_expired'
  /** The identity provider reported an error or the person cancelled there. */
  | 'provider_error'
  /** The person or the provider denied access. */
  | 'access_denied'
  /** The email or password was wrong (backends where the person signs in on the page, e.g. better-auth). */
  | 'invalid_credentials';

interface ErrorBase<C extends ActivationErrorCode> {
  readonly code: C;
  /** The backend's own words, for logs and support; never shown as the main message. */
  readonly detail?: string;
  /** HTTP status, when there was a response. */
  readonly status?: number;
}

/** The failures that come with a wait: a rate limit, or a temporary outage. */
export type WaitCode = 'rate_limited' | 'service_unavailable';

export type ActivationError =
  | (ErrorBase<WaitCode> & {
      /**
       * Seconds to wait, from `Retry-After`, `X-Retry-After` or the body; `null` when unknown or
       * too long to count down (more than an hour).
       */
      readonly retryAfterSeconds: number | null;
    })
  | ErrorBase<PlainErrorCode>;

/** Every code but the waits: the failures that are only a code (and a detail). */
export type PlainErrorCode = Exclude<ActivationErrorCode, WaitCode>;

/** Whether the failure says how long to wait: rate limits and outages. */
export const isWait = (error: ActivationError): error is Extract<ActivationError, { code: WaitCode }> =>
  'retryAfterSeconds' in error;

/** Thrown by adapters so react-query (and any caller) sees a typed failure, never a raw crash. */
export class ActivationFailure extends Error {
  override readonly name = 'ActivationFailure';
  constructor(readonly error: ActivationError) {
    super(error.detail ? `${error.code}: ${error.detail}` : error.code);
  }
}

export function fail(error: ActivationError): never {
  throw new ActivationFailure(error);
}

/** Errors a person can fix by retyping the code, as opposed to waiting or retrying. */
const CODE_ERRORS: ReadonlySet<ActivationErrorCode> = new Set<ActivationErrorCode>([
  'invalid_code',
  'expired',
  'already_used',
  'code_unavailable',
  'not_found',
]);

export const isCodeError = (error: ActivationError): boolean => CODE_ERRORS.has(error.code);

/**
 * Whether the failure was the way to the service (the network, a deadline, an outage) rather than
 * its answer: sending the same code again is the fix, and the code form's button says "Try again".
 */
export const isUnreached = (error: ActivationError): boolean => /^(network|offline|timeout|service_unavailable)$/.test(error.code);

/**
 * Whether the same request might succeed if sent again. A wrong-shaped 2xx or an unknown 4xx
 * would only get the same answer and spend rate limit, so only server-side trouble counts.
 */
export const isTransient = (error: ActivationError): boolean =>
  isUnreached(error) || (error.code === 'unexpected_response' && (error.status ?? 500) >= 500);

/**
 * A request that never got an answer. Only the browser knows whether it is offline; when it says
 * it is online, blaming the person's connection would be false (a dead service, a connection cut
 * mid-answer and a CORS refusal look the same to the page).
 */
export const unreachable = (detail?: string): ActivationError =>
  ({ code: globalThis.navigator?.onLine === false ? 'offline' : 'network', detail });

/** Any thrown value as an ActivationError: adapters' failures pass through, the rest is a bug or the network. */
export const toActivationError = (thrown: unknown): ActivationError => {
  if (thrown instanceof ActivationFailure) return thrown.error;
  if (thrown instanceof DOMException && thrown.name === 'TimeoutError') return { code: 'timeout' };
  // Only fetch's own TypeError means the network: any other one is a bug and must not read as
  // "offline". These are what browsers and Node say when `fetch` never reached the server.
  if (thrown instanceof TypeError && /failed to fetch|networkerror|load failed|fetch failed|network request failed/i.test(thrown.message)) {
    return unreachable(thrown.message);
  }
  return { code: 'unexpected_response', detail: thrown instanceof Error ? thrown.message : String(thrown) };
};
