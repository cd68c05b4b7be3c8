/**
 * AuthOS error answers as ActivationErrors. Two server generations are in the wild: the older one
 * names each problem, the newer one answers every bad user code with one uniform message on
 * purpose, so `code_unavailable` must never be guessed into `expired` or `already_used`.
 */
import type { ActivationError, PlainErrorCode } from '../../core/errors';
import type { HttpResult } from '../http';
import { rateLimited, snippet, unexpected } from '../http';
import { ErrorBody } from './schemas';

/**
 * What AuthOS said: the HTTP `status`; `error_code`, upper case, if any; and `error`,
 * lower case, for matching across wording and case changes.
 */
type Naming = (status: number, code: string | undefined, message: string) => PlainErrorCode | undefined;

/**
 * What both routes share: a 429 is a rate limit, and only AuthOS's own JSON error body counts (an
 * HTML 403 or 404 comes from a proxy, a WAF or a wrong `baseUrl`, and calling it "forbidden" or
 * "not found" would tell the person something false). `name` maps the rest; what it does not
 * name is an `unexpected_response`. Given a route's `name`, answers that route's `onError`.
 */
const authosError = (name: Naming) => (result: HttpResult): ActivationError => {
  if (result.status === 429) return rateLimited(result);
  const parsed = ErrorBody(result.json);
  if (!parsed.ok) return unexpected(result);
  const { error, error_code } = parsed.value;
  const detail = snippet(error);
  const code = name(result.status, error_code?.toUpperCase(), error.toLowerCase());
  return code ? { code, status: result.status, detail } : unexpected(result, detail);
};

/** `POST /auth/device/verify` answered with anything but 2xx. */
export const verifyError = authosError((status, code, message) => {
  if (code === 'DEVICE_CODE_EXPIRED') return 'expired';
  if (status === 404 || code === 'NOT_FOUND') return 'not_found';
  // Nobody has signed in yet, so it is not the person's account that is refused: the service
  // (an inactive organisation, a platform policy) will not look codes up for anyone.
  if (status === 403) return 'lookup_refused';
  if (status !== 400) return undefined;
  if (message.includes('unavailable')) return 'code_unavailable';
  if (message.includes('already')) return 'already_used';
  if (message.includes('expired')) return 'expired';
  if (message.includes('invalid user code')) return 'invalid_code';
  return undefined;
});

/** `POST /api/auth/mfa/verify` answered with anything but 2xx. */
export const mfaError = authosError((status, code, message) => {
  if (code === 'DEVICE_CODE_EXPIRED') return 'expired';
  // Every other 401 is the pre-auth token: expired (5 minutes), malformed or signed by someone else.
  if (status === 401) return message.includes('mfa code') ? 'mfa_wrong_code' : 'mfa_challenge_expired';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'not_found';
  if (status !== 400) return undefined;
  if (message.includes('pre-authentication') || message.includes('preauth')) return 'mfa_challenge_expired';
  if (message.includes('expired')) return 'expired';
  return undefined;
});
