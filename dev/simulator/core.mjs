// DEVELOPMENT SIMULATOR — an in-memory imitation of the parts of an AuthOS server that the
// /activate page and a device talk to (see /work/shared/authos-contract.md). It is for local
// development, Storybook and tests. It has no real security: never deploy it.
//
// Framework-free and transport-neutral: `handle()` takes a plain request object and returns a
// plain response object, so node:http (node-server.mjs) and MSW (msw-handlers.mjs) both serve it.

import { corsHeaders, header, json, preflight } from './http-util.mjs';
import { tooManyRequests } from './rate-limit.mjs';
import { createStore } from './state.mjs';
import { codeResponse, deviceCode, deviceVerify, tokenExchange } from './device-routes.mjs';
import { authContext, completeHop, mfaVerify, providerHop } from './browser-routes.mjs';
import { currentDemoTotp, DEMO_TOTP_SECRET, DEMO_TOTP_URI } from './mfa.mjs';
import { defaultOrgs, defaultRateLimit, PLATFORM_CLIENT_ID, trimSlash } from './defaults.mjs';

export { DEMO_RECOVERY_CODES, DEMO_TOTP_SECRET, DEMO_TOTP_URI, currentDemoTotp } from './mfa.mjs';
export { DEVICE_GRANT_TYPE, USER_CODE_ALPHABET } from './defaults.mjs';

/**
 * @typedef {import('./http-util.mjs').SimRequest} SimRequest
 * @typedef {import('./http-util.mjs').SimResponse} SimResponse
 * @typedef {import('./state.mjs').ResolvedOptions} ResolvedOptions
 * @typedef {import('./defaults.mjs').SimOrg} SimOrg
 * @typedef {import('./defaults.mjs').SimRateLimit} SimRateLimit
 * @typedef {{ generation?: 'newer' | 'older', ttlSeconds?: number, interval?: number,
 *   rateLimit?: Partial<SimRateLimit>, appOrigin?: string, platformBaseUrl?: string,
 *   basePath?: string, legacyMfaFragment?: boolean, corsOrigins?: string[], orgs?: SimOrg[],
 *   now?: () => number }} SimulatorOptions
 */

const DEVICE_ROUTES = new Set(['/auth/device/code', '/auth/device/verify', '/auth/token']);

/** @param {SimulatorOptions} options @returns {ResolvedOptions} */
function resolveOptions(options) {
  const appOrigin = trimSlash(options.appOrigin ?? 'http://127.0.0.1:5173');
  const platformBaseUrl = trimSlash(options.platformBaseUrl ?? appOrigin);
  const origins = [new URL(appOrigin).origin, new URL(platformBaseUrl).origin];
  return {
    generation: options.generation ?? 'newer',
    ttlSeconds: options.ttlSeconds ?? 900,
    interval: options.interval ?? 5,
    rateLimit: { ...defaultRateLimit(), ...options.rateLimit },
    appOrigin,
    platformBaseUrl,
    basePath: trimSlash(options.basePath ?? ''),
    legacyMfaFragment: options.legacyMfaFragment ?? false,
    corsOrigins: [...new Set(options.corsOrigins ?? origins)],
    orgs: structuredClone(options.orgs ?? defaultOrgs()),
    now: options.now ?? (() => Date.now()),
  };
}

/**
 * Creates an isolated simulator. Every instance has its own codes, buckets and recovery codes.
 * @param {SimulatorOptions} [options]
 */
export function createSimulator(options = {}) {
  const initial = resolveOptions(options);
  const opts = structuredClone({ ...initial, now: undefined });
  /** @type {ResolvedOptions} */
  const live = { ...opts, now: initial.now };
  const store = createStore(live);

  /** @param {SimRequest} request @returns {SimResponse} */
  function route(request) {
    const url = new URL(request.url, 'http://simulator.invalid');
    const method = request.method.toUpperCase();
    const base = live.basePath;
    if (base && !url.pathname.startsWith(`${base}/`)) return notFound();
    const path = url.pathname.slice(base.length).replace(/\/+$/, '') || '/';
    const isApi = DEVICE_ROUTES.has(path) || path.startsWith('/api/');
    if (method === 'OPTIONS' && isApi) return preflight(request, live.corsOrigins);

    if (DEVICE_ROUTES.has(path) && method === 'POST' && live.rateLimit.enabled) {
      const wait = store.deviceBucket.take(clientIp(request));
      if (wait > 0) return tooManyRequests(wait);
    }
    if (path === '/api/auth/mfa/verify' && method === 'POST' && live.rateLimit.enabled) {
      const wait = store.mfaBucket.take(clientIp(request));
      if (wait > 0) return tooManyRequests(wait);
    }
    const provider = /^\/auth\/(admin\/)?([^/]+)$/.exec(path);
    if (method === 'POST' && path === '/auth/device/code') return deviceCode(store, request);
    if (method === 'POST' && path === '/auth/device/verify') return deviceVerify(store, request);
    if (method === 'POST' && path === '/auth/token') return tokenExchange(store, request);
    if (method === 'POST' && path === '/api/auth/mfa/verify') return mfaVerify(store, request);
    if (method === 'GET' && path === '/api/auth/context') return authContext(store, url);
    if (method === 'GET' && path === '/auth/_sim/complete') return completeHop(store, url);
    if (method === 'GET' && path === '/auth/_sim/info') return info();
    if (method === 'GET' && provider && !path.startsWith('/auth/_sim')) {
      return providerHop(store, url, decodeURIComponent(provider[2] ?? ''), Boolean(provider[1]));
    }
    return notFound();
  }

  function notFound() {
    return store.fail(404, 'Not found (development simulator)', 'NOT_FOUND');
  }

  /** A dev-only page of everything needed to play the MFA user; no real server has it. */
  function info() {
    return json(200, {
      notice: 'AuthOS development simulator - not a real server, never deploy it',
      generation: live.generation,
      totp_secret: DEMO_TOTP_SECRET,
      totp_uri: DEMO_TOTP_URI,
      totp_now: currentDemoTotp(live.now()),
      recovery_codes_unused: [...store.recovery],
    });
  }

  return {
    /**
     * Answers one HTTP request. Synchronous; `body` may be raw text (JSON or form) or an
     * already-parsed object. `ip` keys the rate limiter (defaults to 127.0.0.1).
     * @param {SimRequest} request @returns {SimResponse}
     */
    handle(request) {
      let response;
      try {
        response = route(request);
      } catch (error) {
        // A simulator bug must show up as a response, not take the dev server down.
        response = store.fail(500, `Simulator error: ${/** @type {Error} */ (error).message}`, 'INTERNAL_SERVER_ERROR');
      }
      const isHtmlOrRedirect =
        response.status === 302 || (response.headers['content-type'] ?? '').startsWith('text/html');
      if (!isHtmlOrRedirect && !response.headers['access-control-allow-origin']) {
        Object.assign(response.headers, corsHeaders(request, live.corsOrigins));
      }
      return response;
    },

    /** The live options (generation, rate limit, URLs). Read-only by convention. */
    get options() {
      return live;
    },

    /**
     * Test helper: issues a code as if a device asked for one.
     * @param {{ clientId?: string, org?: string, service?: string, admin?: boolean }} [input]
     */
    issueCode(input = {}) {
      const admin = input.admin ?? input.clientId === PLATFORM_CLIENT_ID;
      const record = store.issue(admin
        ? { clientId: PLATFORM_CLIENT_ID, org: 'platform', service: 'admin-cli', platform: true }
        : { clientId: input.clientId ?? 'acme-cli', org: input.org ?? 'acme', service: input.service ?? 'cli', platform: false });
      return { ...codeResponse(store, record), device_code_id: record.id };
    },

    /** Test helper: makes a code expire now (the clock is not moved). @param {string} userCode */
    expireCode(userCode) {
      store.mustGet(userCode).expiresAt = live.now();
    },

    /**
     * Test helper: approves a code as if the person finished the browser flow.
     * @param {string} userCode @param {string} [userId]
     */
    authorize(userCode, userId = 'demo-user') {
      const record = store.mustGet(userCode);
      record.status = 'authorized';
      record.userId = userId;
    },

    /** Test helper: a snapshot of one code's state, or undefined. @param {string} userCode */
    inspect(userCode) {
      const record = store.codes.get(userCode);
      return record && { ...record, expired: store.isExpired(record) };
    },

    /** @param {'newer' | 'older'} generation */
    setGeneration(generation) {
      live.generation = generation;
    },

    /**
     * Lets one more browser origin call the JSON routes (CORS), e.g. a web device page served
     * beside the activation app. @param {string} origin
     */
    allowOrigin(origin) {
      const { origin: normalised } = new URL(origin);
      if (!live.corsOrigins.includes(normalised)) live.corsOrigins = [...live.corsOrigins, normalised];
    },

    /** Changes rate limiting and empties every bucket. @param {Partial<SimRateLimit>} rateLimit */
    setRateLimit(rateLimit) {
      live.rateLimit = { ...live.rateLimit, ...rateLimit };
      store.deviceBucket.clear();
      store.mfaBucket.clear();
    },

    /**
     * Deletes an organisation, or only one of its services, so verify answers 404.
     * @param {string} slug @param {string} [serviceSlug]
     */
    removeOrg(slug, serviceSlug) {
      const org = store.orgs.get(slug);
      if (!org) return;
      if (serviceSlug === undefined) store.orgs.delete(slug);
      else org.services = org.services.filter((s) => s.slug !== serviceSlug);
    },

    /**
     * Replaces an organisation's configured providers (an empty list is a real AuthOS state).
     * @param {string} slug @param {string[]} providers
     */
    setProviders(slug, providers) {
      const org = store.orgs.get(slug);
      if (!org) throw new Error(`Simulator: no organisation ${slug}`);
      org.providers = [...providers];
    },

    /** Back to the freshly created state: options, orgs, codes, buckets, recovery codes. */
    reset() {
      Object.assign(live, structuredClone(opts), { now: initial.now });
      store.seed();
    },
  };
}

/** @param {SimRequest} request */
function clientIp(request) {
  return request.ip ?? header(request, 'x-simulator-client-ip') ?? '127.0.0.1';
}

/** @typedef {ReturnType<typeof createSimulator>} Simulator */
