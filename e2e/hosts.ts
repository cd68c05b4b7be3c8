/**
 * The servers the built app is tried behind, as operators host it: the project's reference
 * server (scripts/static-server.mjs), Debian's nginx with exactly the repo's deploy/nginx/*.conf,
 * and `serve -s` from npm (a popular static server in SPA mode: every unknown path gets
 * index.html, nothing rewritten). Each serves a temporary copy of a build with a config.json.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { APP_DIR, startStaticServer } from '../scripts/static-server.mjs';

const REPO = fileURLToPath(new URL('..', import.meta.url));

/** Which server hosts the app in a test. */
export type AppHostKind = 'reference' | 'nginx' | 'serve';

export interface AppServer {
  /** The origin, e.g. `http://127.0.0.1:5173`. */
  readonly url: string;
  /** The app's folder, e.g. `http://127.0.0.1:5173/activate/`. */
  readonly appUrl: string;
  close(): Promise<void>;
}

/** The builds the tests use, one per base path (asset URLs are absolute from it). */
export const SUBPATH_APP = { base: '/tools/activate/', outDir: join(REPO, 'dist-app-tools') };
export const FOLDER_APP = { base: '/activate/', outDir: join(REPO, 'dist-app-activate') };
const BUILDS: Readonly<Record<string, string>> = { '/': APP_DIR, [SUBPATH_APP.base]: SUBPATH_APP.outDir, [FOLDER_APP.base]: FOLDER_APP.outDir };

export const NGINX = process.env.NGINX_PATH ?? '/usr/sbin/nginx';
const BROTLI_MODULE = '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';

export interface AppHostOptions {
  readonly port: number;
  /** The app's folder: `/`, `/activate/` or `/tools/activate/`. */
  readonly base: string;
  /** The backend's origin, allowed in the CSP's connect-src. */
  readonly backend: string;
  /** config.json's content (an object, raw text, or null for none). */
  readonly config: Record<string, unknown> | string | null;
}

/** A free loopback port, so the backend can be told the app's address before the app starts. */
export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolvePort(port));
    });
  });
}

export function startAppHost(kind: AppHostKind, options: AppHostOptions): Promise<AppServer> {
  const build = BUILDS[options.base];
  if (!build) throw new Error(`no test build for base ${options.base}`);
  if (kind === 'reference') return startStaticServer({ port: options.port, base: options.base, root: build, connectSrc: options.backend, config: options.config });
  return kind === 'nginx' ? startNginx(build, options) : startServe(build, options);
}

/** A world-readable copy of `build` at `folder` below a new web root, with config.json. */
async function webRoot(build: string, options: AppHostOptions) {
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

const origin = (port: number) => `http://127.0.0.1:${port}`;

async function startNginx(build: string, options: AppHostOptions): Promise<AppServer> {
  if (!existsSync(NGINX)) throw new Error(`nginx is not installed (${NGINX}): apt-get install nginx libnginx-mod-http-brotli-static, as .ci/run does`);
  const { dir, www } = await webRoot(build, options);
  const snippet = join(REPO, 'deploy', 'nginx', options.base === '/' ? 'activate.conf' : 'activate-subpath.conf');
  // Only what the operator's own server block would say; the app's part is the repo's file, as is.
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
  await waitForHttp(child, origin(options.port), async () => readFile(join(dir, 'error.log'), 'utf8').catch(() => ''));
  return hosted(child, dir, options);
}

async function startServe(build: string, options: AppHostOptions): Promise<AppServer> {
  const { dir, www } = await webRoot(build, options);
  const bin = join(REPO, 'node_modules', 'serve', 'build', 'main.js');
  const child = spawn(process.execPath, [bin, '-s', www, '-l', `tcp://127.0.0.1:${options.port}`, '--no-clipboard', '--no-port-switching'], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NO_UPDATE_NOTIFIER: '1' },
  });
  await waitForHttp(child, origin(options.port));
  return hosted(child, dir, options);
}

function hosted(child: ChildProcess, dir: string, options: AppHostOptions): AppServer {
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

/** Resolves once `url` answers; rejects with the server's own words if it exits or never does. */
async function waitForHttp(child: ChildProcess, url: string, extraLog?: () => Promise<string>) {
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  let exited: number | null = null;
  child.once('exit', (code) => (exited = code ?? -1));
  for (let attempt = 0; attempt < 100; attempt++) {
    if (exited !== null) break;
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
