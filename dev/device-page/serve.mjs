// Serves the built device page (dist-device/) with scripts/static-server.mjs: a strict CSP that
// lets it call only itself (config.json) and the backend, and a config.json from memory. The
// device page gets its own origin (port), as a real web device or kiosk would have: the backend
// must allow it by CORS, exactly as in production, and the activation app's routes, config.json
// and CSP stay untouched.

import { startStaticServer } from '../../scripts/static-server.mjs';
import { DEVICE_DIR } from './build.mjs';

/**
 * @typedef {{ port?: number, portSearch?: number, log?: (line: string) => void,
 *   config: () => Record<string, unknown> | undefined, connectSrc: () => string | string[] }} DevicePageServerOptions
 *   `config`: config.json's content, read on every request (so it may point at a backend that
 *   starts after this server); `connectSrc`: the backend origin(s) the CSP allows.
 */

/**
 * Starts the device page's server on 127.0.0.1. Resolves once listening.
 * @param {DevicePageServerOptions} options
 */
export function startDevicePageServer(options) {
  return startStaticServer({
    root: DEVICE_DIR,
    base: '/',
    // The page has no routes of its own: only /, its assets and config.json.
    routes: [],
    port: options.port ?? 0,
    portSearch: options.portSearch ?? 0,
    log: options.log,
    config: options.config,
    connectSrc: options.connectSrc,
  });
}
