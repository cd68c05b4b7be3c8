/**
 * The backends the standalone app can talk to, by the `adapter` name in config.json.
 * Adding one is one line here (its name becomes valid in config.json automatically).
 *
 * Each adapter is its own chunk, loaded once config.json has named it: a deployment downloads
 * only its backend's adapter (`npm run bench:app` reports the JS of each deployment).
 */
import type { ActivationAdapter } from '../index';

/** What every adapter factory receives: config.json, checked, with `baseUrl` made absolute. */
export interface AdapterSettings {
  readonly baseUrl: string;
}

/** Loads an adapter's module; the factory it resolves to may throw on settings it refuses. */
type LoadAdapter = () => Promise<(config: AdapterSettings) => ActivationAdapter>;

export const ADAPTERS = {
  authos: () => import('../adapters/authos').then((m) => (config) => m.createAuthOSAdapter({ baseUrl: config.baseUrl })),
  'better-auth': () => import('../adapters/better-auth').then((m) => (config) => m.createBetterAuthAdapter({ baseUrl: config.baseUrl })),
} satisfies Record<string, LoadAdapter>;

export type AdapterName = keyof typeof ADAPTERS;

export const ADAPTER_NAMES = Object.keys(ADAPTERS) as [AdapterName, ...AdapterName[]];
