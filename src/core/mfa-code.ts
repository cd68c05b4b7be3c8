/** Second-factor answers as people type them, read one way by the form and by every adapter. */

export interface MfaAnswer {
  /** Whether it is a 6-digit authenticator (TOTP) code rather than a recovery code. */
  readonly totp: boolean;
  /** What to send: the six digits, or the recovery code as typed (they can be case-sensitive). */
  readonly code: string;
}

/**
 * A 6-digit authenticator code however it was typed (`123 456`, `123-456`, full-width digits),
 * or a recovery code of up to `recoveryMax` characters; `null` when it can be neither, so no
 * request is spent on it (AuthOS allows one MFA attempt a second, better-auth five in all).
 */
export const readMfaAnswer = (input: string, recoveryMax: number): MfaAnswer | null => {
  const typed = String(input).normalize('NFKC').trim();
  const digits = typed.replace(/[\s-]/g, '');
  if (/^\d{6}$/.test(digits)) return { totp: true, code: digits };
  return typed && typed.length <= recoveryMax ? { totp: false, code: typed } : null;
};
