/**
 * RFC 8628 as written: form-encoded requests, errors in `error` (RFC 6749 §5.2, RFC 8628 §3.5).
 */
import type { DeviceDialect, DeviceHttpAnswer, PollAnswer } from '../types';
import { DEVICE_GRANT_TYPE, codeRequestError, deviceError, errorField, excerpt, postRequest, readCodeAnswer, readCommonTokenAnswer } from './answers';

/** Options of {@link rfc8628Dialect}. */
export interface Rfc8628DialectOptions {
  /** The device authorization endpoint (RFC 8628 §3.1), an absolute http(s) URL. */
  readonly deviceAuthorizationEndpoint: string;
  /** The token endpoint (RFC 8628 §3.4), an absolute http(s) URL. */
  readonly tokenEndpoint: string;
  /** The device's `client_id`. */
  readonly clientId: string;
  /** Space-separated scopes to ask for. Default: none sent (the server's default). */
  readonly scope?: string;
  /** Request body encoding. Default `'form'` (`application/x-www-form-urlencoded`, as the RFC says). */
  readonly encoding?: 'form' | 'json';
  /** The dialect's `id`. Default `'rfc8628'`. */
  readonly id?: string;
}

// RFC 6749 §5.2 errors that mean "this client, as configured, may not do this": retrying will not help.
const REFUSALS = new Set(['invalid_client', 'unauthorized_client', 'unsupported_grant_type', 'invalid_request', 'invalid_scope']);

/**
 * What a token error in `error` means. `invalid_grant` is read as `expired`: RFC 6749 says the grant
 * is "invalid, expired, revoked", and better-auth answers it once the code is gone (deleted on the
 * poll after a decision or expiry, or redeemed). Either way this code will never be approved, and
 * the person's remedy is a new code.
 */
export function readOAuthTokenError(answer: DeviceHttpAnswer, error: string): PollAnswer {
  switch (error) {
    case 'authorization_pending':
      return { kind: 'pending' };
    case 'slow_down':
      return { kind: 'slow_down' };
    case 'expired_token':
    case 'invalid_grant':
      return { kind: 'expired' };
    case 'access_denied':
      return { kind: 'denied' };
  }
  if (REFUSALS.has(error) || answer.status === 401 || answer.status === 403) {
    return { kind: 'error', error: deviceError('client_refused', error || `HTTP ${answer.status}`, answer.status) };
  }
  return { kind: 'error', error: deviceError('bad_response', error ? `unknown error "${excerpt(error)}"` : `HTTP ${answer.status}`, answer.status) };
}

/**
 * Any RFC 8628 server.
 * @example
 * const dialect = rfc8628Dialect({
 *   deviceAuthorizationEndpoint: 'https://id.example.com/oauth/device_authorization',
 *   tokenEndpoint: 'https://id.example.com/oauth/token',
 *   clientId: 'tv-app',
 *   scope: 'openid profile',
 * });
 */
export function rfc8628Dialect(options: Rfc8628DialectOptions): DeviceDialect {
  const { clientId, scope, encoding = 'form' } = options;
  return {
    id: options.id ?? 'rfc8628',
    codeRequest: () => postRequest(options.deviceAuthorizationEndpoint, { client_id: clientId, scope }, encoding),
    readCode(answer, now) {
      if (answer.status >= 200 && answer.status < 300) return readCodeAnswer(answer, now);
      return codeRequestError(answer, excerpt(errorField(answer)));
    },
    tokenRequest: (deviceCode) =>
      postRequest(options.tokenEndpoint, { grant_type: DEVICE_GRANT_TYPE, device_code: deviceCode, client_id: clientId }, encoding),
    readToken: (answer) => readCommonTokenAnswer(answer) ?? readOAuthTokenError(answer, errorField(answer)),
  };
}
