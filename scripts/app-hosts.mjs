// Real servers for the built app, as operators run them: Debian's nginx with exactly the repo's
// deploy/nginx/*.conf included in a minimal server block, and `serve -s` from npm (an SPA host
// that only falls back to index.html). Each serves a temporary, world-readable copy of a build
// with a config.json. Used by the end-to-end tests (e2e/hosts.ts) and `npm run bench:app`.

import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = fileURLToPath(new URL('../', import.meta.url));
export const NGINX = process.env.NGINX_PATH ?? '/usr/sbin/nginx';
const BROTLI_MODULE = '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';

/**
 * @typedef {{ port: number, base: string, backend: string, config: Record<string, unknown> | string | null }} HostOptions
 *   `base`: the app's folder (`/`, `/activate/`); `backend`: the origin the CSP lets the page call.
 * @typedef {{ url: string, appUrl: string, close(): Promise<void> }} Hosted
 */

/** A free loopback port, so a backend can be told the app's address before the app starts. @returns {Promise<number>} */
export function freePort() {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
      server.close(() => resolvePort(port));
    });
  });
}

/** A world-readable copy of `build` in `base` below a new web root, with config.json. @param {string} build @param {HostOptions} options */
async function webRoot(build, options) {
  const dir = await mkdtemp(join(tmpdir(), 'activate-host-'));
  const folder = join(dir, 'www', options.base);
  await cp(build, folder, { recursive: true });
  if (options.config !== null) {
    await writeFile(join(folder, 'config.json'), typeof options.config === 'string' ? options.config : JSON.stringify(options.config));
  }
  // nginx's workers run as another user: they must be able to read it all.
  await chmod(dir, 0o755);
  return { dir, www: join(dir, 'www') };
}

const origin = (/** @type {number} */ port) => `http://127.0.0.1:${port}`;

/**
 * nginx serving `build`, configured by deploy/nginx/activate.conf (base `/`) or
 * activate-subpath.conf (base `/activate/`), as is. @param {string} build @param {HostOptions} options
 * @returns {Promise<Hosted>}
 */
export async function startNginx(build, options) {
  if (!existsSync(NGINX)) throw new Error(`nginx is not installed (${NGINX}): apt-get install nginx libnginx-mod-http-brotli-static, as .ci/run does`);
  const { dir, www } = await webRoot(build, options);
  const snippet = join(REPO, 'deploy', 'nginx', options.base === '/' ? 'activate.conf' : 'activate-subpath.conf');
  // Only what the operator's own server block would say; the app's part is the repo's file.
  const conf = `
daemon off;
worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
${existsSync(BROTLI_MODULE) ? `load_module ${BROTLI_MODULE};` : ''}
events { worker_connections 256; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  server {
    listen 127.0.0.1:${options.port};
    server_name localhost;
    root ${www};
    set $activate_backend ${new URL(options.backend).origin};
    include ${snippet};
  }
}
`;
  await writeFile(join(dir, 'nginx.conf'), conf);
  const child = spawn(NGINX, ['-c', join(dir, 'nginx.conf'), '-p', dir], { stdio: ['ignore', 'pipe', 'pipe'] });
  await waitForHttp(child, origin(options.port), () => readFile(join(dir, 'error.log'), 'utf8').catch(() => ''));
  return hosted(child, dir, options);
}

/** `serve -s` (every unknown path answers index.html) serving `build`. @param {string} build @param {HostOptions} options @returns {Promise<Hosted>} */
export async function startServe(build, options) {
  const { dir, www } = await webRoot(build, options);
  const bin = join(REPO, 'node_modules', 'serve', 'build', 'main.js');
  const child = spawn(process.execPath, [bin, '-s', www, '-l', `tcp://127.0.0.1:${options.port}`, '--no-clipboard', '--no-port-switching'], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NO_UPDATE_NOTIFIER: '1' },
  });
  await waitForHttp(child, origin(options.port));
  return hosted(child, dir, options);
}

/** @param {import('node:child_process').ChildProcess} child @param {string} dir @param {HostOptions} options @returns {Hosted} */
function hosted(child, dir, options) {
  return {
    url: origin(options.port),
    appUrl: `${origin(options.port)}${options.base}`,
    async close() {
      const exited = new Promise((resolveExit) => child.once('exit', resolveExit));
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((resolveWait) => setTimeout(resolveWait, 3000))]);
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/**
 * Resolves once `url` answers; rejects with the server's own words when it exits or never does.
 * @param {import('node:child_process').ChildProcess} child @param {string} url @param {() => Promise<string>} [extraLog]
 */
async function waitForHttp(child, url, extraLog) {
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  /** @type {number | null} */
  let exited = null;
  child.once('exit', (code) => (exited = code ?? -1));
  for (let attempt = 0; attempt < 100 && exited === null; attempt++) {
    const ok = await fetch(url, { redirect: 'manual' }).then(
      () => true,
      () => false,
    );
    if (ok) return;
    await new Promise((resolveWait) => setTimeout(resolveWait, 100));
  }
  child.kill('SIGKILL');
  throw new Error(`${url} never answered (exit ${exited}):\n${output}${extraLog ? await extraLog() : ''}`);
}
