/**
 * better-auth's `deviceAuthorization` plugin: RFC 8628 in JSON under the auth base path
 * (shared/better-auth-contract.md). Its 429 is `{ message }` with `X-Retry-After`, which the shared
 * reader understands.
 */
import type { DeviceDialect } from '../types';
import { httpBase } from './answers';
import { rfc8628Dialect } from './rfc8628';

/** Options of {@link betterAuthDialect}. */
export interface BetterAuthDialectOptions {
  /** better-auth's base URL including its base path, e.g. `https://app.example.com/api/auth`. */
  readonly baseURL: string;
  /** The device's `client_id` (checked by the plugin's `validateClient`, when configured). */
  readonly clientId: string;
  /** Space-separated scopes to ask for. Default: none sent. */
  readonly scope?: string;
}

/**
 * better-auth: `POST {baseURL}/device/code` and `POST {baseURL}/device/token`, JSON bodies.
 * @example
 * const dialect = betterAuthDialect({ baseURL: 'https://app.example.com/api/auth', clientId: 'tv-app' });
 */
export function betterAuthDialect(options: BetterAuthDialectOptions): DeviceDialect {
  const base = httpBase(options.baseURL);
  return rfc8628Dialect({
    id: 'better-auth',
    deviceAuthorizationEndpoint: `${base}/device/code`,
    tokenEndpoint: `${base}/device/token`,
    clientId: options.clientId,
    scope: options.scope,
    encoding: 'json',
  });
}
