// DEVELOPMENT SIMULATOR — not an AuthOS server, never deploy it.
// Seed data, option defaults and random identifiers. Uses only Web Crypto so the module
// also loads in the browser (Storybook, MSW).

/**
 * @typedef {{ slug: string, name: string, clientId?: string }} SimService
 *   `clientId`, when set, is the only client id allowed to request codes for the service.
 * @typedef {{ slug: string, name: string, providers: string[], services: SimService[] }} SimOrg
 * @typedef {{ enabled: boolean, deviceBurst: number, deviceRefillMs: number,
 *   mfaBurst: number, mfaRefillMs: number }} SimRateLimit
 */

export const PROVIDERS = Object.freeze(['github', 'google', 'microsoft']);

export const PROVIDER_LABELS = Object.freeze({
  github: 'GitHub',
  google: 'Google',
  microsoft: 'Microsoft',
});

export const PLATFORM_ORG = 'platform';
export const PLATFORM_SERVICE = 'admin-cli';
export const PLATFORM_CLIENT_ID = 'platform-admin-cli';
export const DEVICE_GRANT_TYPE = 'urn:ietf:params:oauth:grant-type:device_code';

/** @returns {SimOrg[]} */
export function defaultOrgs() {
  return [
    {
      slug: 'acme',
      name: 'Acme Corp',
      providers: [...PROVIDERS],
      services: [{ slug: 'cli', name: 'Acme CLI' }],
    },
    platformOrg(),
  ];
}

/** @returns {SimOrg} */
export function platformOrg() {
  return {
    slug: PLATFORM_ORG,
    name: 'AuthOS Platform',
    providers: [...PROVIDERS],
    services: [{ slug: PLATFORM_SERVICE, name: 'Platform Admin CLI' }],
  };
}

/** @returns {SimRateLimit} */
export function defaultRateLimit() {
  return { enabled: true, deviceBurst: 10, deviceRefillMs: 5000, mfaBurst: 3, mfaRefillMs: 1000 };
}

/** AuthOS's user-code alphabet: no I, O, 0 or 1. */
export const USER_CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** @param {number} length */
function randomBytes(length) {
  return globalThis.crypto.getRandomValues(new Uint8Array(length));
}

/** `XXXX-XXXX`; 256 is a multiple of 32, so `% 32` has no bias. */
export function newUserCode() {
  const chars = Array.from(randomBytes(8), (b) => USER_CODE_ALPHABET[b % 32]);
  return `${chars.slice(0, 4).join('')}-${chars.slice(4).join('')}`;
}

/** @param {string} prefix @param {number} [bytes] */
export function newSecret(prefix, bytes = 24) {
  const hex = Array.from(randomBytes(bytes), (b) => b.toString(16).padStart(2, '0')).join('');
  return `${prefix}${hex}`;
}

/** A UUID v4, built by hand because `crypto.randomUUID` needs a secure context in browsers. */
export function newUuid() {
  const b = randomBytes(16);
  b[6] = ((b[6] ?? 0) & 0x0f) | 0x40;
  b[8] = ((b[8] ?? 0) & 0x3f) | 0x80;
  const hex = Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** @param {string} url */
export function trimSlash(url) {
  return url.replace(/\/+$/, '');
}
