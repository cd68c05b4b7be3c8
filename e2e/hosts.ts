/**
 * The servers the built app is tried behind, as operators host it: the project's reference
 * server (scripts/static-server.mjs), Debian's nginx with exactly deploy/nginx/*.conf, and
 * `serve -s` (a popular SPA host that only falls back to index.html) — scripts/app-hosts.mjs.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort, startNginx, startServe } from '../scripts/app-hosts.mjs';
import { APP_DIR, startStaticServer } from '../scripts/static-server.mjs';

export { freePort };

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

export interface AppHostOptions {
  readonly port: number;
  /** The app's folder: `/`, `/activate/` or `/tools/activate/`. */
  readonly base: string;
  /** The backend's origin, allowed in the CSP's connect-src. */
  readonly backend: string;
  /** config.json's content (an object, raw text, or null for none). */
  readonly config: Record<string, unknown> | string | null;
}

export function startAppHost(kind: AppHostKind, options: AppHostOptions): Promise<AppServer> {
  const build = BUILDS[options.base];
  if (!build) throw new Error(`no test build for base ${options.base}`);
  if (kind === 'reference') return startStaticServer({ port: options.port, base: options.base, root: build, connectSrc: options.backend, config: options.config });
  return (kind === 'nginx' ? startNginx : startServe)(build, options);
}
