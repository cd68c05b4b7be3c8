/**
 * The backends the standalone app can talk to, by the `adapter` name in config.json.
 * Adding one is one line here (its name becomes valid in config.json automatically), e.g.
 *   'better-auth': (config) => createBetterAuthAdapter({ baseUrl: config.baseUrl }),
 */
import type { ActivationAdapter } from '../index';
import { createAuthOSAdapter } from '../adapters/authos';

/** What every adapter factory receives: config.json, checked, with `baseUrl` made absolute. */
export interface AdapterSettings {
  readonly baseUrl: string;
}

export const ADAPTERS = {
  authos: (config: AdapterSettings): ActivationAdapter => createAuthOSAdapter({ baseUrl: config.baseUrl }),
} satisfies Record<string, (config: AdapterSettings) => ActivationAdapter>;

export type AdapterName = keyof typeof ADAPTERS;

export const ADAPTER_NAMES = Object.keys(ADAPTERS) as [AdapterName, ...AdapterName[]];
