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
  /** The request never reached the backend (offline, DNS, CORS). */
  | 'network'
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

export type ActivationError =
  | (ErrorBase<'rate_limited'> & {
      /** Seconds to wait, from `Retry-After`, `X-Retry-After` or the body; `null` when unknown. */
      readonly retryAfterSeconds: number | null;
    })
  | ErrorBase<Exclude<ActivationErrorCode, 'rate_limited'>>;

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

export function isCodeError(error: ActivationError): boolean {
  return CODE_ERRORS.has(error.code);
}

/**
 * Whether the same request might succeed if sent again. A wrong-shaped 2xx or an unknown 4xx
 * would only get the same answer and spend rate limit, so only server-side trouble counts.
 */
export function isTransient(error: ActivationError): boolean {
  if (error.code === 'network' || error.code === 'timeout') return true;
  return error.code === 'unexpected_response' && (error.status ?? 500) >= 500;
}

/** What browsers and Node say when `fetch` never reached the server. */
const FETCH_FAILED = /failed to fetch|networkerror|load failed|fetch failed|network request failed/i;

/** Any thrown value as an ActivationError: adapters' failures pass through, the rest is a bug or the network. */
export function toActivationError(thrown: unknown): ActivationError {
  if (thrown instanceof ActivationFailure) return thrown.error;
  if (thrown instanceof DOMException && thrown.name === 'TimeoutError') return { code: 'timeout' };
  // Only fetch's own TypeError means the network: any other one is a bug and must not read as "offline".
  if (thrown instanceof TypeError && FETCH_FAILED.test(thrown.message)) return { code: 'network', detail: thrown.message };
  return { code: 'unexpected_response', detail: thrown instanceof Error ? thrown.message : String(thrown) };
}
