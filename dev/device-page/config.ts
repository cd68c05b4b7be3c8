/**
 * The device page's run-time settings: `config.json` beside its index.html (which backend, which
 * client, which layout and language), with `?layout=tv&locale=ja&theme=dark` in the address for
 * trying things out. Checked by hand: a typo becomes a sentence on the page, never a crash.
 */
import type { DeviceDialect } from '../../src/device';
import { authosDialect, betterAuthDialect } from '../../src/device';
import type { DeviceLayout } from '../../src/react/device';

export type DevicePageTheme = 'light' | 'dark' | 'system';

interface Shared {
  /** `'standard'` (desktop, kiosk) or `'tv'` (read from the sofa). Default `'standard'`. */
  readonly layout: DeviceLayout;
  /** `'auto'` follows the browser's languages; otherwise a BCP 47 tag such as `ja`. Default `'auto'`. */
  readonly locale: string;
  /** Default `'system'`. */
  readonly theme: DevicePageTheme;
  /** The tab's title. Default `'Device sign-in'`. */
  readonly title: string;
}

/** config.json after checking: which server the device asks, as whom. */
export type DevicePageConfig =
  | (Shared & { readonly backend: 'authos'; readonly server: string; readonly clientId: string; readonly org: string; readonly service: string })
  | (Shared & { readonly backend: 'better-auth'; readonly baseURL: string; readonly clientId: string; readonly scope?: string });

export type CheckedDevicePageConfig = { readonly ok: true; readonly config: DevicePageConfig } | { readonly ok: false; readonly issues: readonly string[] };

const LAYOUTS: readonly DeviceLayout[] = ['standard', 'tv'];
const THEMES: readonly DevicePageTheme[] = ['light', 'dark', 'system'];

/**
 * Checks config.json's parsed content and applies the address's overrides (`layout`, `locale`,
 * `theme`; unknown values are ignored there, since anyone can type an address).
 * @example
 * readDevicePageConfig({ backend: 'authos', server: 'http://127.0.0.1:8787', clientId: 'acme-cli', org: 'acme', service: 'cli' }, new URLSearchParams('layout=tv'))
 */
export function readDevicePageConfig(json: unknown, query: URLSearchParams = new URLSearchParams()): CheckedDevicePageConfig {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return { ok: false, issues: ['config.json must be a JSON object'] };
  const raw = json as Record<string, unknown>;
  const issues: string[] = [];
  const text = (key: string, required: boolean): string | undefined => {
    const value = raw[key];
    if (value === undefined && !required) return undefined;
    if (typeof value !== 'string' || value.trim() === '') issues.push(`"${key}" ${required ? 'is required and ' : ''}must be text`);
    return typeof value === 'string' ? value.trim() : undefined;
  };
  const url = (key: string): string => {
    const value = text(key, true) ?? '';
    try {
      const parsed = new URL(value);
      if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') issues.push(`"${key}" must be an http(s) URL`);
    } catch {
      if (value) issues.push(`"${key}" must be an absolute URL`);
    }
    return value;
  };
  const choice = <T extends string>(key: string, choices: readonly T[], fallback: T): T => {
    const fromQuery = query.get(key);
    if (fromQuery !== null && (choices as readonly string[]).includes(fromQuery)) return fromQuery as T;
    const value = raw[key] ?? fallback;
    if (!(choices as readonly string[]).includes(value as string)) issues.push(`"${key}" must be one of: ${choices.join(', ')}`);
    return value as T;
  };

  const shared: Shared = {
    layout: choice('layout', LAYOUTS, 'standard'),
    theme: choice('theme', THEMES, 'system'),
    locale: validTag(query.get('locale')) ?? text('locale', false) ?? 'auto',
    title: text('title', false) ?? 'Device sign-in',
  };
  if (shared.locale !== 'auto' && !validTag(shared.locale)) issues.push('"locale" must be "auto" or a language tag such as "ja"');

  let config: DevicePageConfig | undefined;
  if (raw.backend === 'authos') {
    config = { ...shared, backend: 'authos', server: url('server'), clientId: text('clientId', true) ?? '', org: text('org', true) ?? '', service: text('service', true) ?? '' };
  } else if (raw.backend === 'better-auth') {
    config = { ...shared, backend: 'better-auth', baseURL: url('baseURL'), clientId: text('clientId', true) ?? '', scope: text('scope', false) };
  } else issues.push('"backend" must be one of: authos, better-auth');
  return config && issues.length === 0 ? { ok: true, config } : { ok: false, issues };
}

/** `tag` when it is a well-formed language tag (or `auto`), else undefined. */
function validTag(tag: string | null): string | undefined {
  if (!tag) return undefined;
  if (tag === 'auto') return tag;
  try {
    return new Intl.Locale(tag).toString();
  } catch {
    return undefined;
  }
}

/** The kit's dialect for the configured backend. */
export function dialectFor(config: DevicePageConfig): DeviceDialect {
  return config.backend === 'authos'
    ? authosDialect({ server: config.server, clientId: config.clientId, org: config.org, service: config.service })
    : betterAuthDialect({ baseURL: config.baseURL, clientId: config.clientId, scope: config.scope });
}
