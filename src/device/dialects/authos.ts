/**
 * AuthOS (shared/authos-contract.md): JSON bodies, the code request names the org and service, the
 * token endpoint says `DEVICE_CODE_PENDING` / `DEVICE_CODE_EXPIRED` in `error_code`, and the rate
 * limiter answers 429 in plain text ("Too Many Requests! Wait for 4s") with `x-ratelimit-after`.
 */
import type { DeviceDialect, DeviceHttpAnswer, PollAnswer } from '../types';
import { DEVICE_GRANT_TYPE, codeRequestError, deviceError, errorField, excerpt, httpBase, postRequest, readCodeAnswer, readCommonTokenAnswer } from './answers';
import { readOAuthTokenError } from './rfc8628';

/** AuthOS's device routes, relative to `server` (no `/api` prefix). */
export interface AuthOSDevicePaths {
  /** The device authorization request. Default `/auth/device/code`. */
  readonly code?: string;
  /** The token request. Default `/auth/token`. */
  readonly token?: string;
}

/** Options of {@link authosDialect}. */
export interface AuthOSDialectOptions {
  /** The AuthOS server, e.g. `https://sso.example.com` (or its prefix, when mounted under one). */
  readonly server: string;
  /** The device's `client_id`, e.g. `acme-cli` (`platform-admin-cli` for the platform admin CLI). */
  readonly clientId: string;
  /** The organisation slug (`platform` for the platform admin CLI). */
  readonly org: string;
  /** The service slug (`admin-cli` for the platform admin CLI). */
  readonly service: string;
  /** Route overrides, for deployments that mount AuthOS elsewhere. Default: AuthOS's own routes. */
  readonly paths?: AuthOSDevicePaths;
}

// The RFC's words, in case a server speaks them; AuthOS's own `error` is an English sentence.
const RFC_WORDS = new Set(['authorization_pending', 'slow_down', 'expired_token', 'access_denied', 'invalid_grant']);

function readAuthOSTokenError(answer: DeviceHttpAnswer): PollAnswer {
  const code = errorField(answer, 'error_code');
  const words = errorField(answer);
  switch (code) {
    case 'DEVICE_CODE_PENDING':
      return { kind: 'pending' };
    case 'DEVICE_CODE_EXPIRED':
      return { kind: 'expired' };
    case 'SLOW_DOWN':
      return { kind: 'slow_down' };
    case 'ACCESS_DENIED':
      return { kind: 'denied' };
  }
  if (RFC_WORDS.has(words)) return readOAuthTokenError(answer, words);
  // "Invalid device code": unknown, already redeemed, or not this client's. Like RFC's
  // invalid_grant, this code will never be approved; the remedy is a new one.
  if (code === 'BAD_REQUEST' && /invalid device code/i.test(words)) return { kind: 'expired' };
  if (answer.status >= 400 && answer.status < 500 && code) {
    return { kind: 'error', error: deviceError('client_refused', excerpt(words) || code, answer.status) };
  }
  return { kind: 'error', error: deviceError('bad_response', `HTTP ${answer.status}`, answer.status) };
}

/** `server` + `path`, which must stay on the server's origin (`//evil.example` lands under it). */
function route(base: string, path: string): string {
  const url = new URL(`${base}/${path.replace(/^[/\\]+/, '')}`);
  if (url.origin !== new URL(base).origin) throw new TypeError('activate-kit/device: a path override must stay on the server');
  return url.href;
}

/**
 * AuthOS (drmhse/sso) and its development simulator.
 * @example
 * const dialect = authosDialect({ server: 'https://sso.example.com', clientId: 'acme-cli', org: 'acme', service: 'cli' });
 */
export function authosDialect(options: AuthOSDialectOptions): DeviceDialect {
  const base = httpBase(options.server);
  const codeUrl = route(base, options.paths?.code ?? '/auth/device/code');
  const tokenUrl = route(base, options.paths?.token ?? '/auth/token');
  const { clientId, org, service } = options;
  return {
    id: 'authos',
    codeRequest: () => postRequest(codeUrl, { client_id: clientId, org, service }, 'json'),
    readCode(answer, now) {
      if (answer.status >= 200 && answer.status < 300) return readCodeAnswer(answer, now);
      return codeRequestError(answer, excerpt(errorField(answer)) || excerpt(errorField(answer, 'error_code')));
    },
    tokenRequest: (deviceCode) => postRequest(tokenUrl, { grant_type: DEVICE_GRANT_TYPE, device_code: deviceCode, client_id: clientId }, 'json'),
    readToken: (answer) => readCommonTokenAnswer(answer) ?? readAuthOSTokenError(answer),
  };
}
