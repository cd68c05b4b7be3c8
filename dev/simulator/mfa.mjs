// DEVELOPMENT SIMULATOR — not an AuthOS server, never deploy it.
// The demo MFA user's second factor. The secret is public on purpose: add it to any
// authenticator app (or use `currentDemoTotp()`) to get codes for the simulator.

import { Secret, TOTP } from 'otpauth';

/** Base32 TOTP secret of the simulator's "MFA user" (SHA-1, 6 digits, 30 s). */
export const DEMO_TOTP_SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';

/** Single-use recovery codes of the "MFA user"; each works once per simulator (until reset). */
export const DEMO_RECOVERY_CODES = Object.freeze([
  'sim-recovery-1111',
  'sim-recovery-2222',
  'sim-recovery-3333',
  'sim-recovery-4444',
  'sim-recovery-5555',
]);

const totp = new TOTP({
  issuer: 'AuthOS dev simulator',
  label: 'mfa-user@simulator.test',
  algorithm: 'SHA1',
  digits: 6,
  period: 30,
  secret: Secret.fromBase32(DEMO_TOTP_SECRET),
});

/** `otpauth://` URI for the demo secret, for authenticator apps. */
export const DEMO_TOTP_URI = totp.toString();

/** The demo user's TOTP code at `timestamp` (ms). */
export function currentDemoTotp(timestamp = Date.now()) {
  return totp.generate({ timestamp });
}

/**
 * Checks a TOTP (±1 step, like most servers) or an unused recovery code, consuming the
 * recovery code when it matches.
 * @param {string} code @param {number} timestamp @param {Set<string>} unusedRecovery
 */
export function checkMfaCode(code, timestamp, unusedRecovery) {
  const trimmed = code.trim();
  if (/^\d{6}$/.test(trimmed)) {
    return totp.validate({ token: trimmed, timestamp, window: 1 }) !== null;
  }
  const normalised = trimmed.toLowerCase();
  if (trimmed.length <= 32 && unusedRecovery.has(normalised)) {
    unusedRecovery.delete(normalised);
    return true;
  }
  return false;
}
