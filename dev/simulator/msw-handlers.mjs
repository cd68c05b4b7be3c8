// DEVELOPMENT SIMULATOR — MSW 2 request handlers that answer from the in-memory AuthOS
// imitation (core.mjs), for Storybook and browser tests. Browser-safe: no node-only imports.
// Not a server to deploy.

import { http, HttpResponse } from 'msw';

/**
 * Routes every AuthOS path under `baseUrl` to `simulator.handle`.
 * @param {import('./core.mjs').Simulator} simulator
 * @param {{ baseUrl: string, ip?: string }} options
 *   `baseUrl`: the AuthOS base the adapter is configured with (e.g. 'https://auth.example.test').
 *   When it has a path ('https://x.test/authos'), create the simulator with the same `basePath`.
 *   `ip`: the client address the rate limiter sees (browsers have none to offer).
 */
export function createSimulatorHandlers(simulator, options) {
  const base = options.baseUrl.replace(/\/+$/, '');
  /** @type {Parameters<typeof http.all>[1]} */
  const forward = async ({ request }) => {
    const hasBody = request.method !== 'GET' && request.method !== 'HEAD';
    const response = simulator.handle({
      method: request.method,
      url: request.url,
      headers: Object.fromEntries(request.headers.entries()),
      body: hasBody ? await request.text() : undefined,
      ip: options.ip ?? '127.0.0.1',
    });
    // 204 and 302 must not carry a body, or the Response constructor throws.
    const body = response.status === 204 || response.status === 302 ? null : response.body;
    return new HttpResponse(body, { status: response.status, headers: response.headers });
  };
  return [http.all(`${base}/auth/*`, forward), http.all(`${base}/api/auth/*`, forward)];
}
