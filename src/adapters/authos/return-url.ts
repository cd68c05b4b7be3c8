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

const APPROVED: ReturnResult = { kind: 'approved' };
// A JWT is well under this; anything longer is not something AuthOS wrote.
const TOKEN_MAX = 8192;
const ID_MAX = 256;

function challenge(params: URLSearchParams): ReturnResult {
  const preauthToken = params.get('preauth_token')?.trim() ?? '';
  const deviceCodeId = params.get('device_code_id')?.trim() ?? '';
  if (!preauthToken || !deviceCodeId || preauthToken.length > TOKEN_MAX || deviceCodeId.length > ID_MAX) {
    return { kind: 'error', error: { code: 'unexpected_response', detail: 'incomplete MFA challenge in the return URL' } };
  }
  const userCode = checkUserCode(params.get('user_code') ?? '', AUTHOS_USER_CODE);
  return { kind: 'mfa', challenge: { preauthToken, deviceCodeId, ...(userCode.ok ? { userCode: userCode.code } : {}) } };
}

export function readAuthOSReturn(url: URL): ReturnResult | null {
  const path = url.pathname.replace(/\/+$/, '');
  const query = url.searchParams;

  if (path.endsWith('/activate/success')) return query.get('status') === 'success' ? APPROVED : null;
  if (path.endsWith('/activate/mfa-challenge')) {
    // A bare visit (or a reload after the parameters were scrubbed) is a fresh start, not an error.
    return query.has('preauth_token') || query.has('device_code_id') ? challenge(query) : null;
  }
  if (!path.endsWith('/callback')) return null;

  // The platform flow writes MFA into the fragment; the fragment wins over the query.
  const params = new URLSearchParams(query);
  if (url.hash.includes('=')) new URLSearchParams(url.hash.slice(1)).forEach((value, name) => params.set(name, value));

  const error = params.get('error')?.trim();
  if (error) {
    const detail = snippet(params.get('error_description')) ?? snippet(error);
    return { kind: 'error', error: { code: error.toLowerCase() === 'access_denied' ? 'access_denied' : 'provider_error', detail } };
  }
  if (['mfa_required', 'mfa_challenge'].some((name) => params.get(name)?.trim().toLowerCase() === 'true')) return challenge(params);
  if (params.get('device_flow_status') === 'success') return APPROVED;
  return null;
}
