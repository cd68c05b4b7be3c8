#!/usr/bin/env node
// DEVELOPMENT TOOL — a stand-in for a CLI or TV that signs in with the device authorization
// grant (RFC 8628) against an AuthOS server or the development simulator. It prints the code,
// polls politely, and never prints a token. Not a product; not for deployment.
//
//   node dev/device-cli.mjs --server http://127.0.0.1:8787 [--client-id x]
//                           [--org acme --service cli] [--admin]
// Exit codes: 0 signed in, 1 error, 2 expired, 3 denied, 64 bad usage, 130 cancelled (Ctrl-C).

import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const GRANT_TYPE = 'urn:ietf:params:oauth:grant-type:device_code';
const MAX_NETWORK_FAILURES = 5;

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
 * Runs one device sign-in: request a code, show it, poll the token endpoint until the
 * person approves, the code expires, or `signal` aborts. Resolves; never throws.
 * @param {RunDeviceOptions} options @returns {Promise<DeviceResult>}
 */
export async function runDevice(options) {
  const { signal, log = (line) => console.log(line), slowDownStepMs = 5000 } = options;
  const doFetch = options.fetch ?? globalThis.fetch;
  const base = options.server.replace(/\/+$/, '');
  const admin = options.admin ?? false;
  const clientId = options.clientId ?? (admin ? 'platform-admin-cli' : 'acme-cli');
  const request = admin
    ? { client_id: clientId, org: 'platform', service: 'admin-cli' }
    : { client_id: clientId, org: options.org ?? 'acme', service: options.service ?? 'cli' };
  /** @param {string} path @param {object} body */
  const post = (path, body) =>
    doFetch(`${base}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify(body),
      signal,
    });

  try {
    const codeResponse = await post(options.paths?.code ?? '/auth/device/code', request);
    const code = await readJson(codeResponse);
    if (!codeResponse.ok || typeof code?.device_code !== 'string' || typeof code.user_code !== 'string'
      || typeof code.verification_uri !== 'string') {
      return { status: 'error', message: `Could not get a device code (HTTP ${codeResponse.status}): ${describe(code)}` };
    }
    /** @type {DeviceCodeInfo} */
    const info = {
      userCode: clean(code.user_code),
      verificationUri: clean(code.verification_uri),
      verificationUriComplete: typeof code.verification_uri_complete === 'string' ? clean(code.verification_uri_complete) : undefined,
      expiresIn: positive(code.expires_in) ?? 900,
      interval: positive(code.interval) ?? 5,
    };
    printCode(info, log);
    await options.onCode?.(info);

    const deadline = Date.now() + info.expiresIn * 1000;
    let intervalMs = info.interval * 1000;
    let waitMs = intervalMs;
    let failures = 0;
    for (;;) {
      await sleep(waitMs, signal);
      waitMs = intervalMs;
      if (Date.now() >= deadline) return expired(log);
      let response;
      try {
        response = await post(options.paths?.token ?? '/auth/token',
          { grant_type: GRANT_TYPE, device_code: code.device_code, client_id: clientId });
      } catch (error) {
        if (signal?.aborted) throw error;
        if (++failures >= MAX_NETWORK_FAILURES) return fail(log, `Server unreachable: ${/** @type {Error} */ (error).message}`);
        continue;
      }
      failures = 0;
      if (response.status === 429) {
        // Rate limited: slow down for good, and wait at least as long as the server asked.
        intervalMs += slowDownStepMs;
        waitMs = Math.max(intervalMs, (positive(Number(response.headers.get('retry-after'))) ?? 0) * 1000);
        log(`  Server asked to slow down; polling every ${intervalMs / 1000} s now.`);
        await response.body?.cancel();
        continue;
      }
      const body = await readJson(response);
      if (response.ok && typeof body?.access_token === 'string') {
        const tokenType = typeof body.token_type === 'string' ? clean(body.token_type) : 'Bearer';
        const expiresIn = positive(body.expires_in) ?? null;
        log(`\n  ✔ Signed in. Received a ${tokenType} token${expiresIn ? ` valid for ${expiresIn} s` : ''}.`);
        log('    (A real device would store it securely; this tool never prints it.)');
        return { status: 'success', tokenType, expiresIn };
      }
      const errorCode = String(body?.error_code ?? body?.error ?? '');
      if (['DEVICE_CODE_PENDING', 'authorization_pending'].includes(errorCode)) continue;
      if (['SLOW_DOWN', 'slow_down'].includes(errorCode)) {
        intervalMs += slowDownStepMs;
        waitMs = intervalMs;
        continue;
      }
      if (['DEVICE_CODE_EXPIRED', 'expired_token'].includes(errorCode)) return expired(log);
      if (['ACCESS_DENIED', 'access_denied'].includes(errorCode)) {
        log('\n  ✘ Denied. The sign-in request was refused.');
        return { status: 'denied' };
      }
      return fail(log, `Token request failed (HTTP ${response.status}): ${describe(body)}`);
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

/** @param {any} body */
function describe(body) {
  if (body && typeof body === 'object') return clean(String(body.error ?? body.error_code ?? 'unexpected response'));
  return 'unexpected response';
}

/** @param {Response} response @returns {Promise<any>} */
async function readJson(response) {
  const text = await response.text();
  try {
    return JSON.parse(text);
  } catch {
    return { error: text.slice(0, 200) };
  }
}

/** @param {number} ms @param {AbortSignal | undefined} signal */
function sleep(ms, signal) {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve(undefined);
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
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
    console.log('Usage: node dev/device-cli.mjs --server URL [--client-id ID] [--org ORG --service SERVICE] [--admin]');
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
