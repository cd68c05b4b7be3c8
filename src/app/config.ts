/**
 * The standalone app's run-time settings: `config.json` beside index.html, fetched once at boot
 * and checked by hand (six keys do not need a validation library in the app's JS budget). Every
 * way it can go wrong becomes a `ConfigProblem` that the error page explains to whoever deploys
 * the app.
 */
import type { ActivationAdapter } from '../index';
import { LOCALES, negotiateLocale } from '../i18n/locales/index';
import { ADAPTERS, ADAPTER_NAMES, type AdapterName } from './adapters';

export type Theme = 'light' | 'dark' | 'system';

const TEXT = 'must be text';

/** Each setting: required or not, and the values it accepts (`null`: any text), with the message for others. */
const SETTINGS: Record<string, readonly [required: boolean, choices: readonly string[] | null, message: string]> = {
  adapter: [true, ADAPTER_NAMES, `must be one of: ${ADAPTER_NAMES.join(', ')}`],
  baseUrl: [true, null, TEXT],
  title: [false, null, TEXT],
  logoUrl: [false, null, TEXT],
  supportUrl: [false, null, TEXT],
  theme: [false, ['light', 'dark', 'system'], 'must be light, dark or system'],
  locale: [false, null, TEXT],
};

/** config.json after checking, with every URL made absolute. */
export interface AppConfig {
  readonly adapter: AdapterName;
  readonly baseUrl: string;
  readonly title?: string;
  readonly logoUrl?: string;
  readonly supportUrl?: string;
  readonly theme: Theme;
  /** `auto`: the pack that best fits the visitor's browser languages (the default); else that pack. */
  readonly locale: 'auto' | (typeof LOCALES)[number];
}

export type ConfigProblem =
  | { readonly kind: 'unreachable' | 'not-json'; readonly url: string; readonly detail: string }
  | { readonly kind: 'http'; readonly url: string; readonly status: number }
  | { readonly kind: 'invalid'; readonly url: string; readonly issues: readonly string[] }
  /** The adapter config.json names could not be loaded (its chunk is missing or blocked). */
  | { readonly kind: 'adapter'; readonly url: string; readonly detail: string };

export type LoadedConfig =
  | { readonly ok: true; readonly config: AppConfig; readonly adapter: ActivationAdapter }
  | { readonly ok: false; readonly problem: ConfigProblem };

export type CheckedConfig = { readonly ok: true; readonly config: AppConfig } | { readonly ok: false; readonly problem: ConfigProblem };

/** What the error page offers to copy. */
export const EXAMPLE_CONFIG = `{
  "adapter": "authos",
  "baseUrl": "https://auth.example.com",
  "title": "Example Inc.",
  "logoUrl": "logo.svg",
  "supportUrl": "https://example.com/help",
  "theme": "system",
  "locale": "auto"
}`;

const TIMEOUT_S = 10;

/** Fetches, parses and checks config.json, then loads and creates the adapter it names. Never throws. */
export async function loadConfig(configUrl: URL, page = new URL(window.location.href)): Promise<LoadedConfig> {
  const url = configUrl.href;
  const fail = (problem: ConfigProblem): LoadedConfig => ({ ok: false, problem });
  let text: string;
  try {
    // A plain GET, no extra headers or options: it must match index.html's <link rel="preload">.
    const response = await fetch(url, { signal: AbortSignal.timeout(TIMEOUT_S * 1000) });
    if (!response.ok) return fail({ kind: 'http', url, status: response.status });
    text = await response.text();
  } catch {
    // Kept general on purpose: the browser does not say which of these it was.
    const detail = `got no answer: the server is down or unreachable, took over ${TIMEOUT_S} s, or the page's Content-Security-Policy does not allow connect-src 'self'`;
    return fail({ kind: 'unreachable', url, detail });
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const detail = /^\s*</.test(text)
      ? 'is a web page, not JSON: the file is probably missing and the server sent index.html in its place'
      : `does not parse as JSON (${(error as Error).message})`;
    return fail({ kind: 'not-json', url, detail });
  }
  const checked = checkConfig(data, configUrl, page);
  if (!checked.ok) return checked;
  const { config } = checked;
  let create;
  try {
    create = await ADAPTERS[config.adapter]();
  } catch (error) {
    const detail = `The ${config.adapter} adapter's script did not load (${(error as Error).message}). Deploy every file in assets/ from one build, and allow script-src 'self'`;
    return fail({ kind: 'adapter', url, detail });
  }
  try {
    return { ok: true, config, adapter: create(config) };
  } catch (error) {
    return fail({ kind: 'invalid', url, issues: [`The ${config.adapter} adapter refused these settings: ${(error as Error).message}`] });
  }
}

/** Checks parsed config.json; relative URLs resolve against the folder of `configUrl`. */
export function checkConfig(data: unknown, configUrl: URL, page: URL): CheckedConfig {
  const invalid = (issues: string[]): CheckedConfig => ({ ok: false, problem: { kind: 'invalid', url: configUrl.href, issues } });
  if (!data || typeof data !== 'object' || Array.isArray(data)) return invalid(['The file must hold one JSON object, like the example below.']);
  const record = data as Record<string, unknown>;
  // Unknown keys are most likely typos ("tittle"): reported, not ignored.
  const issues = Object.keys(record)
    .filter((key) => !Object.hasOwn(SETTINGS, key))
    .map((key) => `"${key}" is not a known setting.`);
  for (const [key, [required, choices, message]] of Object.entries(SETTINGS)) {
    const value = record[key];
    if (value === undefined) {
      if (required) issues.push(`"${key}" is required.`);
    } else if (typeof value !== 'string' || (choices && !choices.includes(value))) issues.push(`"${key}" ${message}.`);
  }
  if (issues.length > 0) return invalid(issues);
  const { adapter, theme = 'system', locale = 'auto', ...raw } = record as {
    adapter: AdapterName;
    baseUrl: string;
    title?: string;
    logoUrl?: string;
    supportUrl?: string;
    theme?: Theme;
    locale?: AppConfig['locale'];
  };
  const resolve = (key: 'baseUrl' | 'logoUrl' | 'supportUrl', schemes: string, expected = 'an http:// or https:// address, or a path on this site') => {
    const value = raw[key]?.trim();
    if (!value) return undefined;
    try {
      const url = new URL(value, configUrl);
      if (schemes.split(' ').includes(url.protocol)) return url;
    } catch {
      // reported below
    }
    issues.push(`"${key}" must be ${expected}.`);
  };
  const baseUrl = resolve('baseUrl', 'https: http:');
  const logoUrl = resolve('logoUrl', 'https: http:');
  const supportUrl = resolve('supportUrl', 'https: http: mailto:', 'an https://, http:// or mailto: address');
  if (!raw.baseUrl?.trim()) issues.push('"baseUrl" is required.');
  if (page.protocol === 'https:' && baseUrl?.protocol === 'http:' && !/^(localhost|127\.|\[::1\])/.test(baseUrl.hostname)) {
    issues.push('"baseUrl" uses http:// but this page uses https://, so browsers would block every request.');
  }
  // A language tag is read the way a browser's would be: "de-DE" is German, "pt" Brazilian Portuguese.
  const pack = locale === 'auto' ? 'auto' : negotiateLocale([locale]);
  if (pack === 'en' && !/^en(-|$)/i.test(locale)) {
    issues.push(`"locale" must be "auto" (the visitor's browser languages) or a language the app has: ${LOCALES.join(', ')}.`);
  }
  if (issues.length > 0 || !baseUrl) return invalid(issues);

  const title = raw.title?.trim().slice(0, 80);
  const config: AppConfig = {
    adapter,
    baseUrl: baseUrl.href,
    theme,
    locale: pack,
    ...(title ? { title } : {}),
    ...(logoUrl ? { logoUrl: logoUrl.href } : {}),
    ...(supportUrl ? { supportUrl: supportUrl.href } : {}),
  };
  return { ok: true, config };
}
