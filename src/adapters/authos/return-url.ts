/**
 * Where AuthOS sends the browser back (contract §4). The service flow replaces the path of the
 * service's `device_activation_uri`; the platform flow lands on `/callback` and puts the MFA
 * challenge in the fragment. Paths are matched by their end, so a base path is fine.
 */
import type { ReturnResult } from '../../core/adapter';
import { AUTHOS_USER_CODE, checkUserCode } from '../../core/user-code';
import { snippet } from '../http';

/** Every parameter read below: the kit scrubs them from the address bar once read. */
export const AUTHOS_RETURN_PARAMS: readonly string[] = [
  'preauth_token',
  'device_code_id',
  'user_code',
  'status',
  'device_flow',
  'device_flow_status',
  'mfa_required',
  'mfa_challenge',
  'error',
  'error_description',
];

const challenge = (params: URLSearchParams): ReturnResult => {
  const preauthToken = params.get('preauth_token')?.trim();
  const deviceCodeId = params.get('device_code_id')?.trim();
  // A JWT is well under 8192 characters, an id under 256; anything longer is not something AuthOS wrote.
  if (!preauthToken || !deviceCodeId || preauthToken.length > 8192 || deviceCodeId.length > 256) {
    // A return link that lacks what AuthOS always writes, or carries what it never would.
    return { kind: 'error', error: { code: 'bad_link', detail: 'incomplete or oversized MFA challenge in the return URL' } };
  }
  const userCode = checkUserCode(params.get('user_code') ?? '', AUTHOS_USER_CODE);
  return { kind: 'mfa', challenge: { preauthToken, deviceCodeId, ...(userCode.ok ? { userCode: userCode.code } : {}) } };
};

export const readAuthOSReturn = (url: URL): ReturnResult | null => {
  // `/activate/success`, `/activate/mfa-challenge` (service flow) or `/callback` (platform flow), `step` undefined.
  const end = /\/(?:activate\/(success|mfa-challenge)|callback)\/*$/.exec(url.pathname);
  if (!end) return null;
  const step = end[1];

  // The platform flow writes MFA into the fragment; the fragment wins over the query.
  const params = new URLSearchParams(url.search);
  if (url.hash.includes('=')) new URLSearchParams(url.hash.slice(1)).forEach((value, name) => params.set(name, value));

  // An error wins over any success flag beside it: "approved" must never be shown for it.
  const error = params.get('error')?.trim();
  if (error) {
    return {
      kind: 'error',
      error: {
        code: error.toLowerCase() === 'access_denied' ? 'access_denied' : 'provider_error',
        detail: snippet(params.get('error_description')) ?? snippet(error),
      },
    };
  }
  if (step === 'mfa-challenge') {
    // A bare visit (or a reload after the parameters were scrubbed) is a fresh start; a link with
    // some of AuthOS's parameters but not a whole challenge is a damaged one.
    return AUTHOS_RETURN_PARAMS.some((name) => params.has(name)) ? challenge(params) : null;
  }
  if (!step && ['mfa_required', 'mfa_challenge'].some((name) => params.get(name)?.trim().toLowerCase() === 'true')) return challenge(params);
  // The service flow says `status=success`, the platform flow `device_flow_status=success`.
  return params.get(step ? 'status' : 'device_flow_status') === 'success' ? { kind: 'approved' } : null;
};
