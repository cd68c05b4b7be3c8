// DEVELOPMENT SIMULATOR — not an AuthOS server, never deploy it.
// What the browser touches besides verify: display names, the hop through a (simulated)
// identity provider and back, and the MFA step (authos-contract.md §2–§5).

import { json, parseBody, redirect, requireStrings } from './http-util.mjs';
import { newSecret, PLATFORM_ORG, PROVIDERS, trimSlash } from './defaults.mjs';
import { errorPage, providerLabel, providerPage } from './pages.mjs';
import { checkMfaCode } from './mfa.mjs';

/** @typedef {import('./state.mjs').SimStore} SimStore */
/** @typedef {import('./http-util.mjs').SimRequest} SimRequest */

/** @param {SimStore} store @param {URL} url */
export function authContext(store, url) {
  const org = url.searchParams.get('org');
  const service = url.searchParams.get('service');
  if (!org || !service) return store.fail(400, 'org and service are required', 'BAD_REQUEST');
  const target = store.findTarget(org, service);
  if (!target.ok) return target.response;
  return json(200, {
    organization: { slug: target.org.slug, name: target.org.name },
    service: { slug: target.service.slug, name: target.service.name },
  });
}

/**
 * `GET /auth/{provider}` and `GET /auth/admin/{provider}`: validates the query the way
 * AuthOS does, then shows the simulated provider instead of redirecting to a real one.
 * @param {SimStore} store @param {URL} url @param {string} provider @param {boolean} admin
 */
export function providerHop(store, url, provider, admin) {
  const q = url.searchParams;
  if (!PROVIDERS.includes(provider)) return store.fail(400, `Unsupported provider: ${provider}`, 'BAD_REQUEST');
  const userCode = q.get('user_code') ?? '';
  if (admin && (q.get('org_slug') !== PLATFORM_ORG || !userCode)) {
    return store.fail(403, 'Platform admin sign-in needs org_slug=platform and a user_code', 'FORBIDDEN');
  }
  if (!admin) {
    // AuthOS tells device activation apart from a normal login by the ABSENCE of redirect_uri.
    if (q.has('redirect_uri')) {
      return store.fail(400, 'redirect_uri must not be sent for device activation (simulator)', 'BAD_REQUEST');
    }
    const org = q.get('org');
    const service = q.get('service');
    if (!org || !service || !userCode) {
      return store.fail(400, 'org, service and user_code are required', 'BAD_REQUEST');
    }
    const target = store.findTarget(org, service);
    if (!target.ok) return target.response;
    if (!target.org.providers.includes(provider)) {
      return store.fail(400, `${providerLabel(provider)} is not configured for this organization`, 'BAD_REQUEST');
    }
  }
  const record = store.codes.get(userCode);
  const matches = record && (admin
    ? record.platform
    : !record.platform && record.org === q.get('org') && record.service === q.get('service'));
  if (!record || !matches || record.status !== 'pending' || record.userId !== null) {
    return errorPage('Invalid device code', 'This code is unknown, already used, or belongs to another service.');
  }
  if (store.isExpired(record)) {
    return errorPage('Device code expired', 'The code expired before sign-in started.');
  }
  const flow = admin ? 'platform' : 'service';
  const id = newSecret('hop_', 12);
  store.hops.set(id, { id, provider, flow, userCode });
  const names = store.findTarget(record.org, record.service);
  const target = names.ok ? `${names.service.name} by ${names.org.name}` : `${record.service} (${record.org})`;
  const base = store.opts.basePath;
  return providerPage({
    provider,
    flow,
    userCode,
    target,
    completeUrl: (choice) => `${base}/auth/_sim/complete?hop=${encodeURIComponent(id)}&as=${choice}`,
  });
}

/**
 * The provider said yes (or no): redirect exactly where AuthOS would (contract §4).
 * @param {SimStore} store @param {URL} url
 */
export function completeHop(store, url) {
  const hop = store.hops.get(url.searchParams.get('hop') ?? '');
  const choice = url.searchParams.get('as');
  if (!hop || !['demo', 'mfa', 'cancel'].includes(choice ?? '')) {
    return errorPage('Unknown sign-in attempt', 'This simulated sign-in link is unknown or was already used.');
  }
  store.hops.delete(hop.id);
  const { opts } = store;
  const platformBase = trimSlash(opts.platformBaseUrl);
  // The service flow goes back to the ORIGIN of the activation URI; AuthOS replaces the path.
  const appOrigin = new URL(opts.appOrigin).origin;

  if (choice === 'cancel') {
    if (hop.flow === 'service') {
      return errorPage('Sign-in cancelled', `You cancelled at simulated ${providerLabel(hop.provider)}.`);
    }
    const query = new URLSearchParams({ error: 'access_denied', error_description: 'The user cancelled sign-in' });
    return redirect(`${platformBase}/callback?${query}`);
  }
  const record = store.codes.get(hop.userCode);
  if (!record) return errorPage('Invalid device code', 'The device code no longer exists.');
  const expired = store.isExpired(record);

  if (choice === 'mfa') {
    // The code is bound to the user and stays pending until the MFA code arrives.
    if (!expired && record.status === 'pending') record.userId = 'mfa-user';
    const token = store.newPreAuth('mfa-user', record.id);
    const params = new URLSearchParams({
      preauth_token: token,
      device_code_id: record.id,
      user_code: record.userCode,
    });
    if (hop.flow === 'service') return redirect(`${appOrigin}/activate/mfa-challenge?${params}`);
    const marker = opts.legacyMfaFragment ? 'mfa_challenge=true' : 'mfa_required=true';
    return redirect(`${platformBase}/callback#${marker}&${params}`);
  }

  // Contract quirk: an expiry during the provider hop still lands on the success page.
  if (!expired && record.status === 'pending') {
    record.status = 'authorized';
    record.userId = 'demo-user';
  }
  if (hop.flow === 'service') return redirect(`${appOrigin}/activate/success?status=success&device_flow=true`);
  return redirect(`${platformBase}/callback?device_flow_status=success`);
}

/** @param {SimStore} store @param {SimRequest} request */
export function mfaVerify(store, request) {
  const parsed = parseBody(request);
  if (!parsed.ok) return store.fail(400, parsed.message, 'BAD_REQUEST');
  const fields = requireStrings(parsed.data, ['preauth_token', 'code']);
  if (!fields.ok) return store.fail(400, fields.message, 'BAD_REQUEST');
  const { preauth_token: token = '', code = '' } = fields.values;
  const deviceCodeId = parsed.data.device_code_id;

  const preauth = store.preauth.get(token);
  if (!preauth) return store.fail(401, 'Invalid token', 'JWT_ERROR');
  if (store.now() >= preauth.expiresAt) return store.fail(401, 'Token expired', 'TOKEN_EXPIRED');
  // AuthOS checks the code before it consumes the token, so a typo does not burn the challenge.
  if (!checkMfaCode(code, store.now(), store.recovery)) {
    return store.fail(401, 'Invalid MFA code', 'UNAUTHORIZED');
  }
  if (preauth.used) return store.fail(400, 'Invalid pre-authentication token', 'BAD_REQUEST');

  // Without device_code_id AuthOS just signs the user in; the device is never authorised.
  const record = typeof deviceCodeId === 'string' ? store.byId(deviceCodeId) : undefined;
  if (deviceCodeId !== undefined && deviceCodeId !== null) {
    const valid = record && record.id === preauth.deviceCodeId && !store.isExpired(record)
      && record.status === 'pending' && record.userId === preauth.userId;
    if (!valid) {
      preauth.used = true;
      return store.fail(400, 'Device authorization context is invalid or expired', 'BAD_REQUEST');
    }
  }
  preauth.used = true;
  if (record) record.status = 'authorized';
  return json(200, store.newSession());
}
