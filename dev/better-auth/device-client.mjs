// DEVELOPMENT / TEST TOOL — the device half of RFC 8628 against better-auth's deviceAuthorization
// plugin, on the kit's own device client (src/device, hence tsx): asks for a code, then polls
// politely until the person decides. It never prints or returns the access token; a resolved
// `approved` means a well-formed one arrived.
//
//   node --import tsx dev/better-auth/device-client.mjs --base-url http://127.0.0.1:3005/api/auth [--client-id demo-cli]

import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { authorizeDevice, betterAuthDialect, readableCode } from '../../src/device/index.ts';

/**
 * @typedef {{ userCode: string, verificationUri: string, verificationUriComplete: string,
 *   expiresIn: number, interval: number }} DeviceCode
 * @typedef {{ status: 'approved', tokenType: string, expiresIn: number, scope: string }
 *   | { status: 'denied' | 'expired' }} DeviceOutcome
 * @typedef {{ baseURL: string, clientId: string, scope?: string,
 *   onCode?: (code: DeviceCode) => unknown, signal?: AbortSignal, fetch?: typeof fetch }} DeviceOptions
 */

/**
 * One device sign-in with the kit's client (`authorizeDevice` + `betterAuthDialect`). Resolves with
 * the outcome; rejects on abort (with the signal's reason) and when the sign-in ends in an error
 * (with an Error that never quotes a token).
 * @param {DeviceOptions} options @returns {Promise<DeviceOutcome>}
 */
export async function runBetterAuthDevice({ baseURL, clientId, scope, onCode, signal, fetch }) {
  /** @type {string | undefined} */
  let shown;
  const outcome = await authorizeDevice({
    dialect: betterAuthDialect({ baseURL, clientId, scope }),
    signal,
    fetch,
    onState: (state) => {
      // `waiting` comes again around an outage; the code is handed on once.
      if (state.status !== 'waiting' || state.trouble || state.code.userCode === shown) return;
      shown = state.code.userCode;
      const { userCode, verificationUri, verificationUriComplete = verificationUri, expiresIn, interval } = state.code;
      void Promise.resolve(onCode?.({ userCode, verificationUri, verificationUriComplete, expiresIn, interval })).catch(() => undefined);
    },
  });
  if (outcome.status === 'approved') {
    const { token } = outcome;
    return { status: 'approved', tokenType: token.token_type, expiresIn: Number(token.expires_in), scope: String(token.scope ?? '') };
  }
  if (outcome.status === 'error') {
    const { code, status, detail } = outcome.error;
    throw new Error(`device sign-in failed: ${code}${status ? ` (HTTP ${status})` : ''}: ${detail}`);
  }
  return { status: outcome.status };
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
      onCode: (info) => console.log(`Open ${info.verificationUriComplete}\nand confirm the code ${readableCode(info.userCode)}`),
    });
    console.log(outcome.status === 'approved' ? `Signed in (${outcome.tokenType} token, ${outcome.expiresIn} s).` : `Not signed in: ${outcome.status}.`);
    process.exit(outcome.status === 'approved' ? 0 : outcome.status === 'expired' ? 2 : 3);
  } catch (error) {
    console.error(controller.signal.aborted ? 'Cancelled.' : `Error: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(controller.signal.aborted ? 130 : 1);
  }
}
