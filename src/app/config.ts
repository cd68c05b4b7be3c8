/**
 * The standalone app's run-time settings: `config.json` beside index.html, fetched once at boot
 * and checked with valibot. Every way it can go wrong becomes a `ConfigProblem` that the error
 * page explains to whoever deploys the app.
 */
import * as v from 'valibot';
import type { ActivationAdapter } from '../index';
import { ADAPTERS, ADAPTER_NAMES, type AdapterName } from './adapters';

export type Theme = 'light' | 'dark' | 'system';

const Text = v.string('must be text');

// Deliberately small (only object, picklist, string, optional): the app has a JS budget.
const ConfigSchema = v.object({
  adapter: v.picklist(ADAPTER_NAMES, `must be one of: ${ADAPTER_NAMES.join(', ')}`),
  baseUrl: Text,
  title: v.optional(Text),
  logoUrl: v.optional(Text),
  supportUrl: v.optional(Text),
  theme: v.optional(v.picklist(['light', 'dark', 'system'] as const, 'must be light, dark or system')),
});

/** config.json after checking, with every URL made absolute. */
export interface AppConfig {
  readonly adapter: AdapterName;
  readonly baseUrl: string;
  readonly title?: string;
  readonly logoUrl?: string;
  readonly supportUrl?: string;
  readonly theme: Theme;
}

export type ConfigProblem =
  | { readonly kind: 'unreachable' | 'not-json'; readonly url: string; readonly detail: string }
  | { readonly kind: 'http'; readonly url: string; readonly status: number }
  | { readonly kind: 'invalid'; readonly url: string; readonly issues: readonly string[] };

export type LoadedConfig =
  | { readonly ok: true; readonly config: AppConfig; readonly adapter: ActivationAdapter }
  | { readonly ok: false; readonly problem: ConfigProblem };

/** What the error page offers to copy. */
export const EXAMPLE_CONFIG = `{
  "adapter": "authos",
  "baseUrl": "https://auth.example.com",
  "title": "Example Inc.",
  "logoUrl": "logo.svg",
  "supportUrl": "https://example.com/help",
  "theme": "system"
}`;

const TIMEOUT_S = 10;

/** Fetches, parses and checks config.json, then creates the adapter it names. Never throws. */
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
  return checkConfig(data, configUrl, page);
}

/** Checks parsed config.json; relative URLs resolve against the folder of `configUrl`. */
export function checkConfig(data: unknown, configUrl: URL, page: URL): LoadedConfig {
  const invalid = (issues: string[]): LoadedConfig => ({ ok: false, problem: { kind: 'invalid', url: configUrl.href, issues } });
  // Unknown keys are most likely typos ("tittle"): reported, not ignored.
  const issues =
    data && typeof data === 'object' && !Array.isArray(data)
      ? Object.keys(data).filter((key) => !(key in ConfigSchema.entries)).map((key) => `"${key}" is not a known setting.`)
      : [];
  const parsed = v.safeParse(ConfigSchema, data);
  if (!parsed.success) {
    for (const issue of parsed.issues) {
      const key = issue.path?.map((item) => item.key).join('.');
      issues.push(
        !key ? 'The file must hold one JSON object, like the example below.' : issue.input === undefined ? `"${key}" is required.` : `"${key}" ${issue.message}.`,
      );
    }
    return invalid(issues);
  }
  const { adapter, theme = 'system', ...raw } = parsed.output;
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
  if (issues.length > 0 || !baseUrl) return invalid(issues);

  const title = raw.title?.trim().slice(0, 80);
  const config: AppConfig = {
    adapter,
    baseUrl: baseUrl.href,
    theme,
    ...(title ? { title } : {}),
    ...(logoUrl ? { logoUrl: logoUrl.href } : {}),
    ...(supportUrl ? { supportUrl: supportUrl.href } : {}),
  };
  try {
    return { ok: true, config, adapter: ADAPTERS[adapter](config) };
  } catch (error) {
    return invalid([`The ${adapter} adapter refused these settings: ${(error as Error).message}`]);
  }
}
