// DEVELOPMENT SIMULATOR — not an AuthOS server, never deploy it.
// The simulator's in-memory world: organisations, device codes, provider hops, pre-auth
// tokens, recovery codes and rate-limit buckets. Routes read and change it through here.

import { DEMO_RECOVERY_CODES } from './mfa.mjs';
import { createBucket } from './rate-limit.mjs';
import { jsonError } from './http-util.mjs';
import { newSecret, newUserCode, newUuid, platformOrg, PLATFORM_ORG } from './defaults.mjs';

/**
 * @typedef {import('./defaults.mjs').SimOrg} SimOrg
 * @typedef {import('./defaults.mjs').SimService} SimService
 * @typedef {import('./defaults.mjs').SimRateLimit} SimRateLimit
 * @typedef {{ generation: 'newer' | 'older', ttlSeconds: number, interval: number,
 *   rateLimit: SimRateLimit, appOrigin: string, platformBaseUrl: string, basePath: string,
 *   legacyMfaFragment: boolean, corsOrigins: string[], orgs: SimOrg[], now: () => number
 * }} ResolvedOptions
 * @typedef {{ id: string, deviceCode: string, userCode: string, clientId: string,
 *   org: string, service: string, platform: boolean, createdAt: number, expiresAt: number,
 *   status: 'pending' | 'authorized' | 'consumed', userId: string | null }} DeviceRecord
 *   `status: 'pending'` with a `userId` means "bound to an MFA user, waiting for the code".
 * @typedef {{ id: string, provider: string, flow: 'service' | 'platform', userCode: string }} Hop
 * @typedef {{ userId: string, deviceCodeId: string, expiresAt: number, used: boolean }} PreAuth
 */

/** Pre-auth tokens live five minutes, like AuthOS's MFA JWTs. */
export const PREAUTH_TTL_MS = 5 * 60 * 1000;

/** @param {ResolvedOptions} opts */
export function createStore(opts) {
  const rl = () => opts.rateLimit;
  const deviceBucket = createBucket({
    get burst() { return rl().deviceBurst; },
    get refillMs() { return rl().deviceRefillMs; },
    now: () => opts.now(),
  });
  const mfaBucket = createBucket({
    get burst() { return rl().mfaBurst; },
    get refillMs() { return rl().mfaRefillMs; },
    now: () => opts.now(),
  });

  const store = {
    opts,
    now: () => opts.now(),
    /** @type {Map<string, SimOrg>} */ orgs: new Map(),
    /** @type {Map<string, DeviceRecord>} keyed by user code */ codes: new Map(),
    /** @type {Map<string, Hop>} */ hops: new Map(),
    /** @type {Map<string, PreAuth>} */ preauth: new Map(),
    /** @type {Set<string>} */ recovery: new Set(),
    deviceBucket,
    mfaBucket,

    /** Back to the state the simulator was created with (orgs, codes, buckets, recovery). */
    seed() {
      store.orgs = new Map(structuredClone(opts.orgs).map((org) => [org.slug, org]));
      if (!store.orgs.has(PLATFORM_ORG)) store.orgs.set(PLATFORM_ORG, platformOrg());
      store.codes.clear();
      store.hops.clear();
      store.preauth.clear();
      store.recovery = new Set(DEMO_RECOVERY_CODES);
      deviceBucket.clear();
      mfaBucket.clear();
    },

    /** @param {number} status @param {string} message @param {string} code */
    fail(status, message, code) {
      return jsonError(status, message, code, store.now);
    },

    /** @param {DeviceRecord} record */
    isExpired(record) {
      return store.now() >= record.expiresAt;
    },

    /**
     * The org and service a code belongs to, or the 404 AuthOS answers when either is gone.
     * @param {string} orgSlug @param {string} serviceSlug
     * @returns {{ ok: true, org: SimOrg, service: SimService }
     *   | { ok: false, response: import('./http-util.mjs').SimResponse }}
     */
    findTarget(orgSlug, serviceSlug) {
      const org = store.orgs.get(orgSlug);
      if (!org) return { ok: false, response: store.fail(404, 'Organization not found', 'NOT_FOUND') };
      const service = org.services.find((s) => s.slug === serviceSlug);
      if (!service) return { ok: false, response: store.fail(404, 'Service not found', 'NOT_FOUND') };
      return { ok: true, org, service };
    },

    /**
     * @param {{ clientId: string, org: string, service: string, platform: boolean }} input
     * @returns {DeviceRecord}
     */
    issue(input) {
      let userCode = newUserCode();
      while (store.codes.has(userCode)) userCode = newUserCode();
      const createdAt = store.now();
      /** @type {DeviceRecord} */
      const record = {
        id: newUuid(),
        deviceCode: newSecret('sim_dc_', 32),
        userCode,
        ...input,
        createdAt,
        expiresAt: createdAt + opts.ttlSeconds * 1000,
        status: 'pending',
        userId: null,
      };
      store.codes.set(userCode, record);
      return record;
    },

    /** @param {string} deviceCode */
    byDeviceCode(deviceCode) {
      for (const record of store.codes.values()) if (record.deviceCode === deviceCode) return record;
      return undefined;
    },

    /** @param {string} id */
    byId(id) {
      for (const record of store.codes.values()) if (record.id === id) return record;
      return undefined;
    },

    /** @param {string} userCode */
    mustGet(userCode) {
      const record = store.codes.get(userCode);
      if (!record) throw new Error(`Simulator: no device code with user code ${userCode}`);
      return record;
    },

    /** @param {string} userId @param {string} deviceCodeId */
    newPreAuth(userId, deviceCodeId) {
      const token = newSecret('sim_preauth_', 24);
      store.preauth.set(token, {
        userId,
        deviceCodeId,
        expiresAt: store.now() + PREAUTH_TTL_MS,
        used: false,
      });
      return token;
    },

    /** Clearly fake tokens; the activation page must throw them away anyway. */
    newSession() {
      return {
        access_token: newSecret('sim_at_', 24),
        refresh_token: newSecret('sim_rt_', 24),
        expires_in: 3600,
      };
    },
  };
  store.seed();
  return store;
}

/** @typedef {ReturnType<typeof createStore>} SimStore */
