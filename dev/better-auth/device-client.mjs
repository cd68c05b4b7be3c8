// DEVELOPMENT / TEST TOOL — the device half of RFC 8628 against better-auth's deviceAuthorization
// plugin: asks for a code, then polls politely until the person decides. It never prints or
// returns the access token; a resolved `approved` means a well-formed one arrived.
//
//   node dev/better-auth/device-client.mjs --base-url http://127.0.0.1:3005/api/auth [--client-id demo-cli]

import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const GRANT_TYPE = 'urn:ietf:params:oauth:grant-type:device_code';
const SLOW_DOWN_STEP_S = 5;

/**
 * @typedef {{ userCode: string, verificationUri: string, verificationUriComplete: string,
 *   expiresIn: number, interval: number }} DeviceCode
 * @typedef {{ status: 'approved', tokenType: string, expiresIn: number, scope: string }
 *   | { status: 'denied' | 'expired' }} DeviceOutcome
 * @typedef {{ baseURL: string, clientId: string, scope?: string,
 *   onCode?: (code: DeviceCode) => unknown, signal?: AbortSignal, fetch?: typeof fetch }} DeviceOptions
 */

/** POSTs JSON; returns status and parsed body (`null` when not JSON). */
async function postJson(doFetch, url, body, signal) {
  const response = await doFetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify(body),
    signal,
  });
  const text = await response.text();
  try {
    return { status: response.status, body: JSON.parse(text) };
  } catch {
    return { status: response.status, body: null };
  }
}

function sleep(ms, signal) {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve(undefined);
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/**
 * One device sign-in. Resolves with the outcome; rejects on abort (with the signal's reason)
 * and on answers RFC 8628 does not allow (with an Error that never quotes a token).
 * @param {DeviceOptions} options @returns {Promise<DeviceOutcome>}
 */
export async function runBetterAuthDevice({ baseURL, clientId, scope, onCode, signal, fetch: doFetch = globalThis.fetch }) {
  const base = baseURL.replace(/\/+$/, '');
  const started = await postJson(doFetch, `${base}/device/code`, { client_id: clientId, ...(scope ? { scope } : {}) }, signal);
  const code = started.body;
  if (started.status !== 200 || typeof code?.device_code !== 'string' || typeof code.user_code !== 'string') {
    throw new Error(`device/code answered ${started.status}: ${code?.error ?? 'unexpected body'}`);
  }
  let interval = Number(code.interval) > 0 ? Number(code.interval) : 5;
  const deadline = Date.now() + (Number(code.expires_in) > 0 ? Number(code.expires_in) : 1800) * 1000;
  await onCode?.({
    userCode: code.user_code,
    verificationUri: code.verification_uri,
    verificationUriComplete: code.verification_uri_complete,
    expiresIn: code.expires_in,
    interval,
  });

  for (;;) {
    await sleep(interval * 1000, signal);
    const { status, body } = await postJson(
      doFetch,
      `${base}/device/token`,
      { grant_type: GRANT_TYPE, device_code: code.device_code, client_id: clientId },
      signal,
    );
    if (status === 200) {
      if (typeof body?.access_token !== 'string' || !body.access_token) throw new Error('device/token answered 200 without an access token');
      return { status: 'approved', tokenType: String(body.token_type), expiresIn: Number(body.expires_in), scope: String(body.scope ?? '') };
    }
    const error = body?.error;
    if (error === 'authorization_pending') continue;
    // RFC 8628 §3.5: every slow_down adds 5 seconds, for the rest of this grant.
    if (error === 'slow_down') interval += SLOW_DOWN_STEP_S;
    else if (error === 'access_denied') return { status: 'denied' };
    else if (error === 'expired_token') return { status: 'expired' };
    // better-auth deletes an expired code on the poll that notices, so a later poll finds none.
    else if (error === 'invalid_grant' && Date.now() > deadline) return { status: 'expired' };
    else throw new Error(`device/token answered ${status}: ${error ?? 'unexpected body'}`);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { values } = parseArgs({
    options: {
      'base-url': { type: 'string', default: 'http://127.0.0.1:3005/api/auth' },
      'client-id': { type: 'string', default: 'demo-cli' },
      scope: { type: 'string', default: 'openid profile' },
    },
  });
  const controller = new AbortController();
  process.on('SIGINT', () => controller.abort(new Error('cancelled')));
  try {
    const outcome = await runBetterAuthDevice({
      baseURL: values['base-url'],
      clientId: values['client-id'],
      scope: values.scope,
      signal: controller.signal,
      onCode: (info) => console.log(`Open ${info.verificationUriComplete}\nand confirm the code ${info.userCode.slice(0, 4)}-${info.userCode.slice(4)}`),
    });
    console.log(outcome.status === 'approved' ? `Signed in (${outcome.tokenType} token, ${outcome.expiresIn} s).` : `Not signed in: ${outcome.status}.`);
    process.exit(outcome.status === 'approved' ? 0 : outcome.status === 'expired' ? 2 : 3);
  } catch (error) {
    console.error(controller.signal.aborted ? 'Cancelled.' : `Error: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(controller.signal.aborted ? 130 : 1);
  }
}
