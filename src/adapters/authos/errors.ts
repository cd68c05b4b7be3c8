/**
 * AuthOS error answers as ActivationErrors. Two server generations are in the wild: the older one
 * names each problem, the newer one answers every bad user code with one uniform message on
 * purpose, so `code_unavailable` must never be guessed into `expired` or `already_used`.
 */
import type { ActivationError, ActivationErrorCode } from '../../core/errors';
import type { HttpResult } from '../http';
import { rateLimited, snippet, unexpected } from '../http';
import { ErrorBody } from './schemas';

type PlainCode = Exclude<ActivationErrorCode, 'rate_limited'>;

interface Said {
  /** `error_code`, upper case, `''` when absent. */
  readonly code: string;
  /** `error`, lower case, for matching across wording and case changes. */
  readonly message: string;
  readonly detail: string | undefined;
}

/**
 * Only AuthOS's own JSON error body counts: an HTML 403 or 404 comes from a proxy, a WAF or a
 * wrong `baseUrl`, and calling it "forbidden" or "not found" would tell the person something false.
 */
function said(result: HttpResult): Said | null {
  const parsed = ErrorBody(result.json);
  if (!parsed.ok) return null;
  const { error, error_code } = parsed.value;
  return { code: (error_code ?? '').toUpperCase(), message: error.toLowerCase(), detail: snippet(error) };
}

function as(code: PlainCode, result: HttpResult, body: Said): ActivationError {
  return { code, status: result.status, detail: body.detail };
}

/** `POST /auth/device/verify` answered with anything but 2xx. */
export function verifyError(result: HttpResult): ActivationError {
  if (result.status === 429) return rateLimited(result);
  const body = said(result);
  if (!body) return unexpected(result);
  if (body.code === 'DEVICE_CODE_EXPIRED') return as('expired', result, body);
  if (result.status === 404 || body.code === 'NOT_FOUND') return as('not_found', result, body);
  if (result.status === 403) return as('forbidden', result, body);
  if (result.status === 400) {
    const m = body.message;
    if (m.includes('unavailable')) return as('code_unavailable', result, body);
    if (m.includes('already')) return as('already_used', result, body);
    if (m.includes('expired')) return as('expired', result, body);
    if (m.includes('invalid user code')) return as('invalid_code', result, body);
  }
  return unexpected(result, body.detail);
}

/** `POST /api/auth/mfa/verify` answered with anything but 2xx. */
export function mfaError(result: HttpResult): ActivationError {
  if (result.status === 429) return rateLimited(result);
  const body = said(result);
  if (!body) return unexpected(result);
  const m = body.message;
  if (body.code === 'DEVICE_CODE_EXPIRED') return as('expired', result, body);
  // Every other 401 is the pre-auth token: expired (5 minutes), malformed or signed by someone else.
  if (result.status === 401) return as(m.includes('mfa code') ? 'mfa_wrong_code' : 'mfa_challenge_expired', result, body);
  if (result.status === 403) return as('forbidden', result, body);
  if (result.status === 404) return as('not_found', result, body);
  if (result.status === 400) {
    if (m.includes('pre-authentication') || m.includes('preauth')) return as('mfa_challenge_expired', result, body);
    if (m.includes('expired')) return as('expired', result, body);
  }
  return unexpected(result, body.detail);
}
