/**
 * `activate-kit/device`: the device half of RFC 8628 (the TV, kiosk, CLI or desktop app that shows
 * the code), framework-free. `authorizeDevice` runs a session against a server described by a
 * dialect; `<DeviceCodeDisplay>` (the React entry) renders its states.
 *
 * A custom server is one short object (`DeviceDialect`, from this entry):
 * @example
 * const acme: DeviceDialect = {
 *   id: 'acme',
 *   codeRequest: () => ({ url: 'https://id.acme.test/device', body: '{"app":"tv"}', headers: { 'content-type': 'application/json' } }),
 *   readCode: (answer, now) => {
 *     const body = answer.json as { ticket?: unknown; pin?: unknown; ttl?: unknown } | undefined;
 *     if (answer.status !== 200 || typeof body?.ticket !== 'string' || typeof body.pin !== 'string' || typeof body.ttl !== 'number') {
 *       return { code: 'bad_response', detail: `HTTP ${answer.status}`, status: answer.status };
 *     }
 *     return {
 *       deviceCode: body.ticket,
 *       code: { userCode: body.pin, verificationUri: 'https://acme.test/link', expiresIn: body.ttl, expiresAt: now + body.ttl * 1000, interval: 5 },
 *     };
 *   },
 *   tokenRequest: (ticket) => ({ url: 'https://id.acme.test/device/poll', body: JSON.stringify({ ticket }), headers: { 'content-type': 'application/json' } }),
 *   readToken: (answer) => {
 *     const body = answer.json as { state?: unknown; token?: unknown } | undefined;
 *     if (answer.status === 429) return { kind: 'rate_limited' };
 *     if (body?.state === 'waiting') return { kind: 'pending' };
 *     if (body?.state === 'refused') return { kind: 'denied' };
 *     if (body?.state === 'gone') return { kind: 'expired' };
 *     if (body?.state === 'done' && typeof body.token === 'string') return { kind: 'token', token: { access_token: body.token, token_type: 'Bearer' } };
 *     return { kind: 'error', error: { code: 'bad_response', detail: `HTTP ${answer.status}`, status: answer.status } };
 *   },
 * };
 * const outcome = await authorizeDevice({ dialect: acme, onState: show });
 */
export type {
  DeviceCode,
  DeviceDialect,
  DeviceError,
  DeviceErrorCode,
  DeviceHttpAnswer,
  DeviceHttpRequest,
  DeviceState,
  DeviceStatus,
  DeviceTokenResponse,
  PollAnswer,
} from './types';
export { authorizeDevice } from './authorize';
export type { AuthorizeDeviceOptions, DeviceAuthorization, DeviceClock, DeviceFetch } from './authorize';
export { rfc8628Dialect } from './dialects/rfc8628';
export type { Rfc8628DialectOptions } from './dialects/rfc8628';
export { betterAuthDialect } from './dialects/better-auth';
export type { BetterAuthDialectOptions } from './dialects/better-auth';
export { authosDialect } from './dialects/authos';
export type { AuthOSDevicePaths, AuthOSDialectOptions } from './dialects/authos';
export { DEVICE_GRANT_TYPE } from './dialects/answers';
export { readableCode } from './readable-code';
