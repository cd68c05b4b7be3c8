#!/usr/bin/env node
// `npm start`: the whole device flow on one machine, for trying the kit out.
//   1. builds the standalone app (dist-app/) when it is missing or older than its sources;
//   2. starts the AuthOS development simulator and serves the app on 127.0.0.1, with a
//      config.json (served from memory) that points the app at the simulator;
//   3. runs one simulated device (like a CLI) that prints the verification URL and code and
//      polls until you approve it in the browser. Enter starts another; Ctrl-C stops everything;
//   4. builds (when stale) and serves the device page (dev/device-page → dist-device/) on its own
//      port: a TV-style screen made with <DeviceCodeDisplay>, a second device to open in a tab.
//
//   npm start -- [--port 5173] [--sim-port 8787] [--device-port 5180] [--admin] [--generation older]
//                [--no-rate-limit] [--legacy-mfa-fragment] [--ttl 900] [--base /] [--rebuild]
//
// `--backend better-auth` starts a REAL better-auth development server (dev/better-auth/server.mjs,
// in memory, two demo users) and its device client in place of the simulator; the app's
// config.json then says `"adapter": "better-auth"`. --sim-port, --ttl, --no-rate-limit apply.

import { spawn } from 'node:child_process';
import { stat } from 'node:fs/promises';
import http from 'node:http';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { newestMtime } from './newest-mtime.mjs';
import { APP_DIR, builtBase, startStaticServer } from './static-server.mjs';
import { ensureDevicePageBuilt } from '../dev/device-page/build.mjs';
import { startDevicePageServer } from '../dev/device-page/serve.mjs';

const REPO = fileURLToPath(new URL('../', import.meta.url));
/** What the app build reads: when any of it is newer than dist-app/index.html, rebuild. */
const BUILD_INPUTS = ['index.html', 'vite.config.ts', 'package-lock.json', 'src', 'public/favicon.svg'];

/**
 * What to build: the URL path the app is served under, and the folder to build it into.
 * @typedef {{ base?: string, outDir?: string }} AppTarget
 */

/**
 * Why the app build needs a (re)build, or null when it is up to date.
 * @param {AppTarget} [target] @returns {Promise<string | null>}
 */
export async function appBuildNeeded({ base = '/', outDir = APP_DIR } = {}) {
  const built = await stat(join(outDir, 'index.html')).catch(() => null);
  if (!built) return `${outDir} is missing`;
  if ((await builtBase(outDir)) !== base) return `it was built for another base path than ${base}`;
  const newest = Math.max(...(await Promise.all(BUILD_INPUTS.map((input) => newestMtime(join(REPO, input))))));
  return newest > built.mtimeMs ? 'its sources changed since the last build' : null;
}

/**
 * Runs `vite build` (the same as `npm run build:app -- --base BASE`). Asset URLs in the build are
 * absolute from `base`. Output is shown only when it fails, unless `quiet` is false.
 * @param {AppTarget & { quiet?: boolean }} [options]
 */
export function buildApp({ quiet = true, base = '/', outDir = APP_DIR } = {}) {
  const vite = join(REPO, 'node_modules', 'vite', 'bin', 'vite.js');
  return new Promise((resolveBuild, reject) => {
    const child = spawn(process.execPath, [vite, 'build', '--base', base, '--outDir', outDir], {
      cwd: REPO,
      env: { ...process.env, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' },
      stdio: quiet ? ['ignore', 'pipe', 'pipe'] : 'inherit',
    });
    let output = '';
    child.stdout?.on('data', (chunk) => (output += chunk));
    child.stderr?.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolveBuild(undefined) : reject(new Error(`vite build failed (exit ${code})\n${output}`))));
  });
}

/**
 * Builds the app when needed. @param {(line: string) => void} [log] @param {AppTarget} [target]
 * @returns {Promise<boolean>} whether it built
 */
export async function ensureAppBuilt(log = () => {}, target = {}) {
  const reason = await appBuildNeeded(target);
  if (!reason) return false;
  const started = Date.now();
  log(`Building the standalone app (${reason})…`);
  await buildApp(target);
  log(`Built ${target.outDir ?? 'dist-app/'} in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  return true;
}

/**
 * A fetch for the simulated device that connects from another loopback address (127.0.0.2),
 * so the device and the browser land in different rate-limit buckets, as they would on two
 * machines. Falls back to the global fetch where that address is unavailable (e.g. macOS).
 * Enough of fetch for runDevice: method, headers, string body, signal; http: only.
 * @param {string} [localAddress] @returns {typeof fetch}
 */
export function deviceFetch(localAddress = '127.0.0.2') {
  let usable = true;
  return /** @type {typeof fetch} */ (
    async (input, init = {}) => {
      const url = new URL(String(input instanceof Request ? input.url : input));
      if (!usable || url.protocol !== 'http:') return fetch(input, init);
      try {
        return await requestFrom(localAddress, url, init);
      } catch (error) {
        const code = /** @type {NodeJS.ErrnoException} */ (error).code;
        if (code !== 'EADDRNOTAVAIL' && code !== 'EINVAL') throw error;
        usable = false;
        return fetch(input, init);
      }
    }
  );
}

/** @param {string} localAddress @param {URL} url @param {RequestInit} init @returns {Promise<Response>} */
function requestFrom(localAddress, url, init) {
  return new Promise((resolveResponse, reject) => {
    const headers = Object.fromEntries(new Headers(init.headers).entries());
    const request = http.request(url, { method: init.method ?? 'GET', headers, localAddress, signal: init.signal ?? undefined }, (response) => {
      /** @type {Buffer[]} */
      const chunks = [];
      response.on('data', (chunk) => chunks.push(chunk));
      response.on('error', reject);
      response.on('end', () => {
        const responseHeaders = new Headers();
        for (const [name, value] of Object.entries(response.headers)) {
          if (value !== undefined) responseHeaders.set(name, Array.isArray(value) ? value.join(', ') : value);
        }
        const status = response.statusCode ?? 500;
        const body = [101, 204, 205, 304].includes(status) ? null : Buffer.concat(chunks);
        resolveResponse(new Response(body, { status, headers: responseHeaders }));
      });
    });
    request.on('error', reject);
    request.end(typeof init.body === 'string' ? init.body : undefined);
  });
}

/**
 * The simulator on `port`, or the next free port (saying so).
 * @param {import('../dev/simulator/node-server.mjs').startSimulatorServer} start
 * @param {Parameters<import('../dev/simulator/node-server.mjs').startSimulatorServer>[0] & { port: number }} options
 * @param {(line: string) => void} log
 */
async function startSimulatorNear(start, options, log, search = 20) {
  for (let attempt = 0; ; attempt++) {
    try {
      const server = await start({ ...options, port: options.port === 0 ? 0 : options.port + attempt });
      if (attempt > 0) log(`Port ${options.port} is busy; the ${server.simulator ? 'simulator' : 'server'} uses ${new URL(server.url).port} instead.`);
      return server;
    } catch (error) {
      if (/** @type {NodeJS.ErrnoException} */ (error).code !== 'EADDRINUSE' || options.port === 0 || attempt >= search) throw error;
    }
  }
}

async function main() {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        port: { type: 'string', default: process.env.PORT ?? '5173' },
        'sim-port': { type: 'string', default: '8787' },
        'device-port': { type: 'string', default: '5180' },
        base: { type: 'string', default: '/' },
        admin: { type: 'boolean', default: false },
        generation: { type: 'string', default: 'newer' },
        'no-rate-limit': { type: 'boolean', default: false },
        'legacy-mfa-fragment': { type: 'boolean', default: false },
        ttl: { type: 'string', default: '900' },
        rebuild: { type: 'boolean', default: false },
        backend: { type: 'string', default: 'authos' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }));
  } catch (error) {
    console.error(`${/** @type {Error} */ (error).message}\nTry: npm start -- --help`);
    process.exit(64);
  }
  if (values.help) {
    console.log(
      'Usage: npm start -- [--port 5173] [--sim-port 8787] [--device-port 5180] [--admin] [--generation newer|older]\n' +
        '                    [--no-rate-limit] [--legacy-mfa-fragment] [--ttl SECONDS] [--base /path/] [--rebuild]\n' +
        '       npm start -- --backend better-auth [--port 5173] [--sim-port 8787] [--device-port 5180] [--no-rate-limit] [--ttl SECONDS]',
    );
    return;
  }
  if (values.backend !== 'authos' && values.backend !== 'better-auth') {
    console.error(`--backend must be authos or better-auth, not "${values.backend}".`);
    process.exit(64);
  }
  const log = (/** @type {string} */ line) => console.log(line);

  // The build's asset URLs are absolute from the base path, so each base path is its own build.
  values.base = new URL(values.base, 'http://localhost').pathname.replace(/\/?$/, '/');
  if (values.rebuild) {
    log('Building the standalone app (--rebuild)…');
    await buildApp({ base: values.base });
  } else await ensureAppBuilt(log, { base: values.base });
  await ensureDevicePageBuilt(log, { force: values.rebuild });
  if (values.backend === 'better-auth') return startBetterAuth(values, log);
  const { startSimulatorServer, simulatorBanner } = await import('../dev/simulator/node-server.mjs');
  const { runDevice } = await import('../dev/device-cli.mjs');

  /** @type {Awaited<ReturnType<typeof startSimulatorServer>> | undefined} */
  let sim;
  const app = await startStaticServer({
    port: Number(values.port),
    portSearch: 20,
    base: values.base,
    log: (line) => log(`${line} (app)`),
    connectSrc: () => sim?.url ?? [],
    config: () =>
      sim && {
        adapter: 'authos',
        baseUrl: sim.url,
        title: 'activate-kit · development simulator',
        logoUrl: 'favicon.svg',
        supportUrl: `${sim.url}/auth/_sim/info`,
        theme: 'system',
      },
  });
  const appBase = app.appUrl.replace(/\/$/, '');
  const devicePage = await startDevicePageServer({
    port: Number(values['device-port']),
    portSearch: 20,
    log: (line) => log(`${line} (device page)`),
    connectSrc: () => sim?.url ?? [],
    config: () =>
      sim && {
        backend: 'authos',
        server: sim.url,
        clientId: 'acme-cli',
        org: 'acme',
        service: 'cli',
        layout: 'tv',
        locale: 'auto',
        title: 'Acme TV · activate-kit device page',
      },
  });
  sim = await startSimulatorNear(
    startSimulatorServer,
    {
      port: Number(values['sim-port']),
      // The activation URI and the platform base are the app's folder; AuthOS sends the service
      // flow back to that origin's /activate/…, which the static server routes as well.
      appOrigin: appBase,
      platformBaseUrl: appBase,
      generation: values.generation === 'older' ? 'older' : 'newer',
      ttlSeconds: Number(values.ttl) > 0 ? Number(values.ttl) : 900,
      rateLimit: { enabled: !values['no-rate-limit'] },
      legacyMfaFragment: values['legacy-mfa-fragment'],
    },
    (line) => log(line),
  );
  // The device page is its own origin, as a real web device would be: the simulator must allow it.
  sim.simulator.allowOrigin(devicePage.url);

  log('');
  log(simulatorBanner(sim));
  log(`  Standalone app     ${app.appUrl}  (dist-app/, config.json → ${sim.url})`);
  log(devicePageLine(devicePage.url));
  log('');
  log('  Walk the flow: open the URL below, confirm the code, pick a provider, then on the');
  log('  simulated provider page choose "Continue as demo user", or "Continue as MFA user" and');
  log('  enter the current TOTP (any authenticator app with the secret above, or the page at');
  log(`  ${sim.url}/auth/_sim/info) or a recovery code. Ctrl-C stops everything.`);

  const fetchFromDevice = deviceFetch();
  await runDevices(
    (signal) => {
      log(`\n── Simulated device (${values.admin ? 'platform admin CLI' : 'acme / cli'}) ──`);
      return runDevice({ server: sim.url, admin: values.admin, signal, fetch: fetchFromDevice, log }).then((result) => result.status !== 'cancelled');
    },
    () => Promise.allSettled([sim?.close(), app.close(), devicePage.close()]),
    'the simulator',
    log,
  );
}

/**
 * One device sign-in after another (Enter starts the next) until Ctrl-C, then `close`.
 * @param {(signal: AbortSignal) => Promise<boolean>} runOne resolves false when cancelled
 * @param {() => Promise<unknown>} close @param {string} backendName @param {(line: string) => void} log
 */
async function runDevices(runOne, close, backendName, log) {
  const controller = new AbortController();
  let stopping = false;
  const stop = async (/** @type {string} */ signal) => {
    if (stopping) {
      process.exit(130);
    }
    stopping = true;
    log(`\n${signal === 'SIGINT' ? 'Ctrl-C' : signal}: stopping the device, ${backendName} and the app server…`);
    controller.abort(new Error('stopped'));
    await close();
    log('Stopped.');
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));

  while (!stopping) {
    const goOn = await runOne(controller.signal).catch((error) => {
      if (!controller.signal.aborted) log(`Device error: ${error instanceof Error ? error.message : error}`);
      return !controller.signal.aborted;
    });
    if (stopping || !goOn) break;
    log('\nPress Enter to start another device sign-in, or Ctrl-C to stop.');
    await nextLine(controller.signal);
  }
}

/**
 * `--backend better-auth`: a real better-auth (in memory) with demo users, the app pointed at it,
 * and better-auth's device client. @param {Record<string, any>} values @param {(line: string) => void} log
 */
async function startBetterAuth(values, log) {
  const { startBetterAuthServer } = await import('../dev/better-auth/server.mjs');
  const { runBetterAuthDevice } = await import('../dev/better-auth/device-client.mjs');
  /** @type {Awaited<ReturnType<typeof startBetterAuthServer>> | undefined} */
  let auth;
  const app = await startStaticServer({
    port: Number(values.port),
    portSearch: 20,
    base: values.base,
    log: (line) => log(`${line} (app)`),
    connectSrc: () => auth?.url ?? [],
    config: () => auth && { adapter: 'better-auth', baseUrl: auth.baseURL, title: 'activate-kit · better-auth development server', logoUrl: 'favicon.svg' },
  });
  const devicePage = await startDevicePageServer({
    port: Number(values['device-port']),
    portSearch: 20,
    log: (line) => log(`${line} (device page)`),
    connectSrc: () => auth?.url ?? [],
    config: () =>
      auth && {
        backend: 'better-auth',
        baseURL: auth.baseURL,
        clientId: 'demo-tv',
        scope: 'openid profile',
        layout: 'tv',
        locale: 'auto',
        title: 'Demo TV · activate-kit device page',
      },
  });
  auth = await startSimulatorNear(
    startBetterAuthServer,
    {
      port: Number(values['sim-port']),
      trustedOrigins: [app.url, devicePage.url],
      appOrigin: app.appUrl.replace(/\/$/, ''),
      expiresIn: Number(values.ttl) > 0 ? Number(values.ttl) : 900,
      rateLimit: { enabled: !values['no-rate-limit'] },
    },
    log,
  );
  const password = 'demo-password-123';
  await auth.seedUser('demo@example.com', password, { name: 'Demo' });
  const { totpSecret, backupCodes = [] } = await auth.seedUser('totp@example.com', password, { totp: true, name: 'TOTP demo' });

  log('');
  log('  better-auth DEVELOPMENT server — in memory, random secret, for local use only. Never deploy it.');
  log(`  better-auth        ${auth.baseURL}  (rate limiting ${values['no-rate-limit'] ? 'off' : 'on'})`);
  log(`  Standalone app     ${app.appUrl}  (dist-app/, config.json → ${auth.baseURL})`);
  log(devicePageLine(devicePage.url));
  log(`  Demo users         demo@example.com and totp@example.com, password ${password}`);
  log(`  totp@example.com   TOTP secret ${totpSecret} (any authenticator app), backup codes ${backupCodes.slice(0, 3).join(', ')}`);
  log('');
  log('  Walk the flow: open the URL below, sign in as a demo user, confirm the code, then Allow or Deny.');
  log('  Ctrl-C stops everything.');

  const fetchFromDevice = deviceFetch();
  await runDevices(
    async (signal) => {
      log('\n── better-auth device (client demo-cli) ──');
      const outcome = await runBetterAuthDevice({
        baseURL: auth.baseURL,
        clientId: 'demo-cli',
        scope: 'openid profile',
        signal,
        fetch: fetchFromDevice,
        onCode: (code) => log(`  Open ${code.verificationUriComplete}\n  or ${code.verificationUri} and enter ${code.userCode.slice(0, 4)}-${code.userCode.slice(4)}`),
      });
      // Never the token itself.
      log(outcome.status === 'approved' ? `  Signed in: the device holds a ${outcome.tokenType} token (${outcome.expiresIn} s).` : `  Not signed in: ${outcome.status}.`);
      return true;
    },
    () => Promise.allSettled([auth?.close(), app.close(), devicePage.close()]),
    'better-auth',
    log,
  );
}

/** The banner's line for the device page: a second device, in a browser tab. @param {string} url */
function devicePageLine(url) {
  return `  Device screen (TV-style page): ${url}/ — open it in a tab (?layout=standard, ?locale=ja, ?theme=dark to try)`;
}

/** Resolves on the next line typed on stdin (never when stdin is not a terminal), or on abort. */
function nextLine(/** @type {AbortSignal} */ signal) {
  return new Promise((resolveLine) => {
    const done = () => {
      process.stdin.off('data', done);
      process.stdin.pause();
      resolveLine(undefined);
    };
    signal.addEventListener('abort', done, { once: true });
    if (!process.stdin.isTTY) return;
    process.stdin.resume();
    process.stdin.once('data', done);
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error) => {
    console.error(`\nnpm start failed: ${error instanceof Error ? error.message : error}`);
    process.exit(1);
  });
}
