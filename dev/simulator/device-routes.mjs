// DEVELOPMENT SIMULATOR — not an AuthOS server, never deploy it.
// The device-grant JSON routes: issue a code, verify a user code, exchange a device code.
// Error wording and codes follow authos-contract.md §1 and §7 for both server generations.

import { json, parseBody, requireStrings } from './http-util.mjs';
import {
  DEVICE_GRANT_TYPE,
  PLATFORM_CLIENT_ID,
  PLATFORM_ORG,
  PLATFORM_SERVICE,
  PROVIDERS,
  trimSlash,
} from './defaults.mjs';

/** @typedef {import('./state.mjs').SimStore} SimStore */
/** @typedef {import('./state.mjs').DeviceRecord} DeviceRecord */
/** @typedef {import('./http-util.mjs').SimRequest} SimRequest */

const UNAVAILABLE = 'Invalid or unavailable user code';
const SLUG_CHARS = /^[\p{L}\p{N}_-]*$/u;

/**
 * The RFC 8628 device authorization response (plus `verification_uri_complete`, which real
 * AuthOS omits but devices commonly print as a QR code).
 * @param {SimStore} store @param {DeviceRecord} record
 */
export function codeResponse(store, record) {
  const { opts } = store;
  const base = record.platform ? opts.platformBaseUrl : opts.appOrigin;
  const verificationUri = `${trimSlash(base)}/activate`;
  return {
    device_code: record.deviceCode,
    user_code: record.userCode,
    verification_uri: verificationUri,
    verification_uri_complete: `${verificationUri}?user_code=${encodeURIComponent(record.userCode)}`,
    expires_in: opts.ttlSeconds,
    interval: opts.interval,
  };
}

/** @param {SimStore} store @param {SimRequest} request */
export function deviceCode(store, request) {
  const parsed = parseBody(request);
  if (!parsed.ok) return store.fail(400, parsed.message, 'BAD_REQUEST');
  const data = parsed.data;
  const clientId = data.client_id;
  if (typeof clientId !== 'string') {
    return store.fail(400, 'Invalid JSON data: missing field `client_id`', 'BAD_REQUEST');
  }
  const platform = clientId === PLATFORM_CLIENT_ID || data.org === PLATFORM_ORG;
  if (platform) {
    const record = store.issue({ clientId, org: PLATFORM_ORG, service: PLATFORM_SERVICE, platform });
    return json(200, codeResponse(store, record));
  }
  const fields = requireStrings(data, ['org', 'service']);
  if (!fields.ok) return store.fail(400, fields.message, 'BAD_REQUEST');
  const { org, service } = fields.values;
  /** @type {Array<[string, string, number]>} */
  const checks = [['client_id', clientId, 500], ['org slug', org ?? '', 100], ['service slug', service ?? '', 100]];
  for (const [name, text, max] of checks) {
    if (text.length > max) {
      return store.fail(400, `${name} too long (max ${max} characters)`, 'BAD_REQUEST');
    }
    if (!SLUG_CHARS.test(text)) {
      return store.fail(400, `${name} contains invalid characters`, 'BAD_REQUEST');
    }
  }
  const target = store.orgs.get(org ?? '')?.services.find((s) => s.slug === service);
  if (!target || (target.clientId !== undefined && target.clientId !== clientId)) {
    return store.fail(400, 'Invalid client credentials', 'BAD_REQUEST');
  }
  const record = store.issue({ clientId, org: org ?? '', service: service ?? '', platform: false });
  return json(200, codeResponse(store, record));
}

/** @param {SimStore} store @param {SimRequest} request */
export function deviceVerify(store, request) {
  const parsed = parseBody(request);
  if (!parsed.ok) return store.fail(400, parsed.message, 'BAD_REQUEST');
  const fields = requireStrings(parsed.data, ['user_code']);
  if (!fields.ok) return store.fail(400, fields.message, 'BAD_REQUEST');
  const userCode = fields.values.user_code ?? '';
  const newer = store.opts.generation === 'newer';
  const bad = (/** @type {string} */ message, code = 'BAD_REQUEST') =>
    store.fail(400, newer ? UNAVAILABLE : message, newer ? 'BAD_REQUEST' : code);

  if (userCode.length !== 9 || !userCode.includes('-') || !/^[A-Za-z0-9-]+$/.test(userCode)) {
    return bad('Invalid user code format');
  }
  const record = store.codes.get(userCode);
  if (!record) return bad('Invalid user code');
  if (store.isExpired(record)) return bad('Device code expired', 'DEVICE_CODE_EXPIRED');
  if (record.status !== 'pending') return bad('Device already authorized');
  // The newer server also hides codes already bound to a user who still owes an MFA code.
  if (newer && record.userId !== null) return bad(UNAVAILABLE);

  if (record.platform) {
    return json(200, { org_slug: record.org, service_slug: record.service, available_providers: [...PROVIDERS] });
  }
  const target = store.findTarget(record.org, record.service);
  if (!target.ok) return target.response;
  return json(200, {
    org_slug: record.org,
    service_slug: record.service,
    available_providers: [...target.org.providers],
  });
}

/** @param {SimStore} store @param {SimRequest} request */
export function tokenExchange(store, request) {
  const parsed = parseBody(request);
  if (!parsed.ok) return store.fail(400, parsed.message, 'BAD_REQUEST');
  if (parsed.data.grant_type !== DEVICE_GRANT_TYPE) {
    return store.fail(400, 'Invalid grant type', 'BAD_REQUEST');
  }
  const fields = requireStrings(parsed.data, ['device_code', 'client_id']);
  if (!fields.ok) return store.fail(400, fields.message, 'BAD_REQUEST');
  const record = store.byDeviceCode(fields.values.device_code ?? '');
  if (!record || record.clientId !== fields.values.client_id || record.status === 'consumed') {
    return store.fail(400, 'Invalid device code', 'BAD_REQUEST');
  }
  if (store.isExpired(record)) {
    return store.fail(400, 'Device code expired', 'DEVICE_CODE_EXPIRED');
  }
  if (record.status !== 'authorized') {
    return store.fail(400, 'Authorization pending', 'DEVICE_CODE_PENDING');
  }
  if (!record.platform) {
    const target = store.findTarget(record.org, record.service);
    if (!target.ok) return store.fail(404, 'Service not found', 'NOT_FOUND');
  }
  record.status = 'consumed';
  const session = store.newSession();
  return json(200, {
    access_token: session.access_token,
    token_type: 'Bearer',
    expires_in: session.expires_in,
    refresh_token: session.refresh_token,
  });
}
