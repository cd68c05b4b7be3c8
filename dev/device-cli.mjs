#!/usr/bin/env node
// DEVELOPMENT TOOL — a stand-in for a CLI or TV that signs in with the device authorization
// grant (RFC 8628) against an AuthOS server or the development simulator, on the kit's own device
// client (src/device). It prints the code and never prints a token. Not a product; not for deployment.
// It imports TypeScript, so it runs under tsx (a devDependency).
//
//   node --import tsx dev/device-cli.mjs --server http://127.0.0.1:8787 [--client-id x]
//                           [--org acme --service cli] [--admin]
// Exit codes: 0 signed in, 1 error, 2 expired, 3 denied, 64 bad usage, 130 cancelled (Ctrl-C).

import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { authorizeDevice, authosDialect } from '../src/device/index.ts';

/**
 * @typedef {{ userCode: string, verificationUri: string, verificationUriComplete?: string,
 *   expiresIn: number, interval: number }} DeviceCodeInfo
 * @typedef {{ status: 'success', tokenType: string, expiresIn: number | null }
 *   | { status: 'expired' | 'denied' | 'cancelled' } | { status: 'error', message: string }} DeviceResult
 * @typedef {{ server: string, clientId?: string, org?: string, service?: string, admin?: boolean,
 *   paths?: { code?: string, token?: string }, onCode?: (info: DeviceCodeInfo) => unknown,
 *   signal?: AbortSignal, log?: (line: string) => void, fetch?: typeof fetch,
 *   slowDownStepMs?: number }} RunDeviceOptions
 */

/**
 * Runs one device sign-in with the kit's client (`authorizeDevice` + `authosDialect`): request a
 * code, show it, poll until the person approves, the code expires, or `signal` aborts.
 * Resolves; never throws. The token is checked and dropped, never printed.
 * @param {RunDeviceOptions} options @returns {Promise<DeviceResult>}
 */
export async function runDevice(options) {
  const { signal, log = (line) => console.log(line), slowDownStepMs = 5000 } = options;
  const admin = options.admin ?? false;
  const clientId = options.clientId ?? (admin ? 'platform-admin-cli' : 'acme-cli');
  const [org, service] = admin ? ['platform', 'admin-cli'] : [options.org ?? 'acme', options.service ?? 'cli'];
  try {
    const dialect = authosDialect({ server: options.server, clientId, org, service, paths: options.paths });
    /** @type {string | undefined} */
    let shown;
    const outcome = await authorizeDevice({
      dialect,
      signal,
      fetch: options.fetch,
      slowDownStep: slowDownStepMs / 1000,
      onState: (state) => {
        if (state.status === 'waiting' && state.trouble) {
          log(`  Can't reach the server (${state.trouble}); still trying, the code still works.`);
        } else if (state.status === 'waiting' && state.code.userCode !== shown) {
          // `waiting` comes again when the server answers after an outage: the code is printed once.
          shown = state.code.userCode;
          const { userCode, verificationUri, verificationUriComplete, expiresIn, interval } = state.code;
          /** @type {DeviceCodeInfo} */
          const info = { userCode, verificationUri, verificationUriComplete, expiresIn, interval };
          printCode(info, log);
          void Promise.resolve(options.onCode?.(info)).catch(() => undefined);
        } else if (state.status === 'slow_down') {
          log(`  Server asked to slow down; polling every ${state.interval} s now.`);
        }
      },
    });
    switch (outcome.status) {
      case 'approved': {
        const { token } = outcome;
        const tokenType = clean(token.token_type) || 'Bearer';
        const expiresIn = positive(token.expires_in) ?? null;
        log(`\n  ✔ Signed in. Received a ${tokenType} token${expiresIn ? ` valid for ${expiresIn} s` : ''}.`);
        log('    (A real device would store it securely; this tool never prints it.)');
        return { status: 'success', tokenType, expiresIn };
      }
      case 'expired':
        return expired(log);
      case 'denied':
        log('\n  ✘ Denied. The sign-in request was refused.');
        return { status: 'denied' };
      default:
        return fail(log, `Device sign-in failed (${outcome.error.code}${outcome.error.status ? `, HTTP ${outcome.error.status}` : ''}): ${clean(outcome.error.detail)}`);
    }
  } catch (error) {
    if (signal?.aborted) return { status: 'cancelled' };
    return fail(log, `Device sign-in failed: ${/** @type {Error} */ (error).message}`);
  }
}

/** @param {(line: string) => void} log @returns {DeviceResult} */
function expired(log) {
  log('\n  ✘ Expired. The code was not approved in time; run the command again.');
  return { status: 'expired' };
}

/** @param {(line: string) => void} log @param {string} message @returns {DeviceResult} */
function fail(log, message) {
  log(`\n  ✘ ${message}`);
  return { status: 'error', message };
}

/** @param {DeviceCodeInfo} info @param {(line: string) => void} log */
function printCode(info, log) {
  const spaced = [...info.userCode].join(' ');
  const bar = '═'.repeat(spaced.length + 8);
  log('');
  log('  To sign in, open this page on your phone or computer:');
  log(`\n      ${info.verificationUri}\n`);
  log('  and enter the code:');
  log(`\n      ╔${bar}╗\n      ║    ${spaced}    ║\n      ╚${bar}╝\n`);
  if (info.verificationUriComplete) {
    log('  Or open this link, which fills the code in for you:');
    log(`      ${info.verificationUriComplete}\n`);
  }
  log(`  The code expires in ${Math.round(info.expiresIn / 60)} min. Waiting for approval… (Ctrl-C to cancel)`);
}

/** Strips control characters so a hostile server cannot drive the terminal. @param {string} s */
function clean(s) {
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  return s.replace(/[\u0000-\u001f\u007f-\u009f]/g, '');
}

/** @param {unknown} value */
function positive(value) {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : undefined;
}

const EXIT_CODES = { success: 0, error: 1, expired: 2, denied: 3, cancelled: 130 };

async function main() {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        server: { type: 'string', default: process.env.AUTHOS_URL ?? 'http://127.0.0.1:8787' },
        'client-id': { type: 'string' },
        org: { type: 'string' },
        service: { type: 'string' },
        admin: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }));
  } catch (error) {
    console.error(`${/** @type {Error} */ (error).message}\nTry --help.`);
    process.exit(64);
  }
  if (values.help) {
    console.log('Usage: node --import tsx dev/device-cli.mjs --server URL [--client-id ID] [--org ORG --service SERVICE] [--admin]');
    console.log('A development stand-in for a device (RFC 8628). Prints the code; never prints tokens.');
    return;
  }
  const controller = new AbortController();
  process.once('SIGINT', () => controller.abort(new Error('cancelled')));
  console.log(`DEVELOPMENT TOOL — simulated device signing in against ${values.server}`);
  const result = await runDevice({
    server: values.server,
    clientId: values['client-id'],
    org: values.org,
    service: values.service,
    admin: values.admin,
    signal: controller.signal,
  });
  if (result.status === 'cancelled') console.log('\n  Cancelled. Nothing was signed in.');
  process.exitCode = EXIT_CODES[result.status];
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) void main();
