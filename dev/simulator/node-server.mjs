// DEVELOPMENT SIMULATOR — serves the in-memory AuthOS imitation (core.mjs) over node:http
// for `npm start` and end-to-end tests. No TLS, no persistence, no real security: never
// deploy it. Run directly: `node dev/simulator/node-server.mjs --port 8787`.

import http from 'node:http';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { createSimulator, DEMO_RECOVERY_CODES, DEMO_TOTP_SECRET, DEMO_TOTP_URI } from './core.mjs';

/** @typedef {import('./core.mjs').SimulatorOptions} SimulatorOptions */

const MAX_BODY_BYTES = 64 * 1024;

/**
 * Starts the simulator on `host:port` (port 0 picks a free one).
 * @param {SimulatorOptions & { port?: number, host?: string }} [options]
 * @returns {Promise<{ url: string, port: number, close: () => Promise<void>,
 *   simulator: import('./core.mjs').Simulator }>}
 */
export async function startSimulatorServer(options = {}) {
  const { port = 0, host = '127.0.0.1', ...simulatorOptions } = options;
  const simulator = createSimulator(simulatorOptions);
  const server = http.createServer((req, res) => {
    readBody(req).then(
      (body) => {
        const response = simulator.handle({
          method: req.method ?? 'GET',
          url: req.url ?? '/',
          headers: /** @type {Record<string, string | string[] | undefined>} */ (req.headers),
          body,
          ip: (req.socket.remoteAddress ?? '127.0.0.1').replace(/^::ffff:/, ''),
        });
        res.writeHead(response.status, response.headers).end(response.body);
      },
      (/** @type {Error & { status?: number }} */ error) => {
        res.writeHead(error.status ?? 400, { 'content-type': 'text/plain' }).end(error.message);
      },
    );
  });

  await new Promise((resolve, reject) => {
    server.once('error', (/** @type {NodeJS.ErrnoException} */ error) => {
      if (error.code === 'EADDRINUSE') {
        const busy = new Error(
          `AuthOS development simulator: ${host}:${port} is already in use. Stop whatever ` +
            'is listening there (another simulator?) or choose another port (0 picks a free one).',
        );
        reject(Object.assign(busy, { code: 'EADDRINUSE', cause: error }));
      } else reject(error);
    });
    server.listen(port, host, () => resolve(undefined));
  });

  const address = /** @type {import('node:net').AddressInfo} */ (server.address());
  const urlHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    url: `http://${urlHost}:${address.port}`,
    port: address.port,
    simulator,
    close: () =>
      new Promise((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

/** @param {http.IncomingMessage} req @returns {Promise<string>} */
function readBody(req) {
  return new Promise((resolve, reject) => {
    /** @type {Buffer[]} */
    const chunks = [];
    let size = 0;
    req.on('data', (/** @type {Buffer} */ chunk) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(Object.assign(new Error('Request body too large'), { status: 413 }));
        req.destroy();
      } else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/**
 * The startup text: what this is, where it listens, and how to play the MFA user.
 * @param {{ url: string, simulator: import('./core.mjs').Simulator }} server
 */
export function simulatorBanner(server) {
  const { options } = server.simulator;
  const rl = options.rateLimit;
  const limits = `on (device routes share burst ${rl.deviceBurst}, then 1 per ${rl.deviceRefillMs / 1000} s per IP)`;
  return [
    '┌──────────────────────────────────────────────────────────────────┐',
    '│  AuthOS DEVELOPMENT SIMULATOR — for local development only.      │',
    '│  Not a real AuthOS server, no real security. Never deploy it.    │',
    '└──────────────────────────────────────────────────────────────────┘',
    `  Listening on       ${server.url}  (generation: ${options.generation})`,
    `  Activation app     ${options.appOrigin}/activate`,
    `  Rate limiting      ${rl.enabled ? limits : 'off'}`,
    `  Org / service      acme / cli  (platform admin: --admin in the device CLI)`,
    `  MFA user TOTP      ${DEMO_TOTP_SECRET}`,
    `  otpauth URI        ${DEMO_TOTP_URI}`,
    `  Recovery codes     ${DEMO_RECOVERY_CODES.join(', ')}`,
    `  Current TOTP       ${server.url}/auth/_sim/info`,
  ].join('\n');
}

async function main() {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '8787' },
      host: { type: 'string', default: '127.0.0.1' },
      generation: { type: 'string', default: 'newer' },
      'app-origin': { type: 'string', default: 'http://127.0.0.1:5173' },
      'platform-base-url': { type: 'string' },
      'no-rate-limit': { type: 'boolean', default: false },
      'legacy-mfa-fragment': { type: 'boolean', default: false },
    },
  });
  const generation = values.generation === 'older' ? 'older' : 'newer';
  try {
    const server = await startSimulatorServer({
      port: Number(values.port),
      host: values.host,
      generation,
      appOrigin: values['app-origin'],
      platformBaseUrl: values['platform-base-url'],
      rateLimit: { enabled: !values['no-rate-limit'] },
      legacyMfaFragment: values['legacy-mfa-fragment'],
    });
    console.log(simulatorBanner(server));
    const stop = () => server.close().then(() => process.exit(0));
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  } catch (error) {
    console.error(/** @type {Error} */ (error).message);
    process.exit(1);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) void main();
