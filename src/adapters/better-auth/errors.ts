/**
 * better-auth error answers as ActivationErrors. The device routes answer OAuth-style
 * (`{ error, error_description }`), everything else `{ code, message }`; the rate limiter
 * answers 429 `{ message }` with `X-Retry-After`. Only better-auth's own JSON body counts: an HTML
 * 401 or 403 comes from a proxy or a wrong `baseUrl`, and naming it would tell the person something false.
 */
import type { ActivationError, PlainErrorCode } from '../../core/errors';
import type { HttpResult } from '../http';
import { rateLimited, snippet, unexpected } from '../http';
import { ErrorBody } from './schemas';


interface Said {
  /** `error` (device routes) or `code` (the rest), `''` when absent. */
  readonly code: string;
  /** `error_description` or `message`, lower case, for matching across wording changes. */
  readonly message: string;
  readonly detail: string | undefined;
}

function said(result: HttpResult): Said | null {
  const parsed = ErrorBody(result.json);
  if (!parsed.ok) return null;
  const { error, error_description, code, message } = parsed.value;
  const text = error_description ?? message ?? '';
  if (!error && !code && !text) return null;
  return { code: error ?? code ?? '', message: text.toLowerCase(), detail: snippet(text || error || code) };
}

const as = (code: PlainErrorCode, result: HttpResult, body: Said): ActivationError => ({ code, status: result.status, detail: body.detail });

/**
 * What every route shares. 403 `INVALID_ORIGIN` / `MISSING_OR_NULL_ORIGIN` means the page's
 * origin is missing from better-auth's `trustedOrigins`: a deployment mistake, so it is an
 * `unexpected_response` with that detail, never "your account isn't allowed".
 */
function common(result: HttpResult, body: Said): ActivationError {
  if (body.code.endsWith('_ORIGIN')) {
    return unexpected(result, `better-auth refused this page's origin (${body.detail ?? body.code}); add it to trustedOrigins`);
  }
  return unexpected(result, body.detail);
}

/**
 * `GET /device`, `POST /device/approve|deny` answered with anything but 2xx.
 *
 * - 400 `invalid_request` "Invalid user code" → `invalid_code`; "already processed" →
 *   `already_answered` (approved or denied before, here or on another tab).
 * - 400 `invalid_request` "not been claimed" → `unauthenticated`: the code was looked up while no
 *   session was signed in, so nobody claimed it. Signing in and verifying again claims it, which is
 *   what the `unauthenticated` screen leads to.
 * - any other 400 `invalid_request` → `code_unavailable`: better-auth rejected the code without a
 *   reason we recognise, and guessing "expired" or "used" would be a lie.
 * - 400 `expired_token` → `expired`; 401 → `unauthenticated`.
 * - 403 `access_denied` → `forbidden`: another account claimed the code. Not `access_denied`,
 *   which the kit reads as "the device was refused and told so" — nothing was refused here.
 */
export function deviceError(result: HttpResult): ActivationError {
  if (result.status === 429) return rateLimited(result);
  const body = said(result);
  if (!body) return unexpected(result);
  if (result.status === 401) return as('unauthenticated', result, body);
  if (body.code === 'expired_token') return as('expired', result, body);
  if (result.status === 403 && body.code === 'access_denied') return as('forbidden', result, body);
  if (result.status === 400 && body.code === 'invalid_request') {
    const m = body.message;
    if (m.includes('invalid user code')) return as('invalid_code', result, body);
    if (m.includes('already processed')) return as('already_answered', result, body);
    if (m.includes('not been claimed')) return as('unauthenticated', result, body);
    return as('code_unavailable', result, body);
  }
  return common(result, body);
}

/** `POST /sign-in/email`: a wrong pair is 401 `INVALID_EMAIL_OR_PASSWORD`, a malformed email 400 `INVALID_EMAIL`. */
export function signInError(result: HttpResult): ActivationError {
  if (result.status === 429) return rateLimited(result);
  const body = said(result);
  if (!body) return unexpected(result);
  if (result.status === 401) return as('invalid_credentials', result, body);
  if (result.status === 400 && /^(INVALID_EMAIL|INVALID_PASSWORD|PASSWORD_TOO_(SHORT|LONG))$/.test(body.code)) {
    return as('invalid_credentials', result, body);
  }
  if (body.code === 'EMAIL_NOT_VERIFIED') return as('forbidden', result, body);
  return common(result, body);
}

/**
 * `POST /two-factor/verify-totp|verify-backup-code`. A wrong code is 401 `INVALID_CODE` /
 * `INVALID_BACKUP_CODE`; a missing or used-up challenge cookie is 401 `INVALID_TWO_FACTOR_COOKIE`;
 * five wrong answers end the challenge (400 `TOO_MANY_ATTEMPTS_…`), ten lock the account
 * (429 `ACCOUNT_TEMPORARILY_LOCKED`, no retry-after header).
 */
export function mfaError(result: HttpResult): ActivationError {
  if (result.status === 429) return rateLimited(result);
  const body = said(result);
  if (!body) return unexpected(result);
  if (body.code === 'INVALID_CODE' || body.code === 'INVALID_BACKUP_CODE') return as('mfa_wrong_code', result, body);
  if (body.code === 'INVALID_TWO_FACTOR_COOKIE' || body.code.startsWith('TOO_MANY_ATTEMPTS')) {
    return as('mfa_challenge_expired', result, body);
  }
  return common(result, body);
}

/** `GET /get-session`, `POST /sign-out`: nothing route-specific to say. */
export function sessionError(result: HttpResult): ActivationError {
  if (result.status === 429) return rateLimited(result);
  const body = said(result);
  return body ? common(result, body) : unexpected(result);
}
