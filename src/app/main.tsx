/**
 * The standalone /activate app. One static build answers /activate, /activate/success,
 * /activate/mfa-challenge and /callback at any base path; config.json beside index.html says
 * which backend to use. Uses only activate-kit's public exports.
 */
import { StrictMode } from 'react';
import { QueryClient } from '@tanstack/react-query';
import { createRoot } from 'react-dom/client';
import { prefetchEntry, readEntry, scrubUrl } from '../index';
import { directionOf } from '../i18n/direction';
import { negotiateLocale } from '../i18n/negotiate';
import '../styles/activate-kit.css';
import './app.css';
import { App } from './App';
import { appBaseUrl } from './base';
import { loadConfig, type Theme } from './config';
import { english, loadLanguage } from './language';
import { appEn } from './strings';

function applyTheme(theme: Theme) {
  document.documentElement.dataset.theme = theme;
}

/** Whether a stylesheet loaded: a failed one has no rules (and, cross-origin mode, refuses to list them). */
function hasRules(link: HTMLLinkElement): boolean {
  try {
    return (link.sheet?.cssRules.length ?? 0) > 0;
  } catch {
    return false;
  }
}

/** Paths of the page's stylesheets that failed to load (one still loading gets 3 s more). */
async function missingStylesheets(): Promise<string[]> {
  const links = [...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')];
  const loaded = await Promise.all(
    links.map((link) =>
      hasRules(link)
        ? true
        : new Promise<boolean>((settle) => {
            link.addEventListener('load', () => settle(hasRules(link)));
            link.addEventListener('error', () => settle(false));
            setTimeout(() => settle(hasRules(link)), 3000);
          }),
    ),
  );
  return links.filter((_, index) => !loaded[index]).map((link) => new URL(link.href).pathname);
}

/** `<html lang dir>` for the language the page is in, for screen readers, fonts and layout. */
function applyLanguage(lang: string) {
  document.documentElement.lang = lang;
  document.documentElement.dir = directionOf(lang);
}

async function boot() {
  const container = document.getElementById('root')!;
  // The visitor's language is downloaded beside config.json, not after it: with "locale": "auto"
  // (the default) it costs no round trip of its own. A pack that fails to load leaves English.
  const visitorPack = negotiateLocale(navigator.languages?.length ? navigator.languages : [navigator.language]);
  const visitorLanguage = loadLanguage(visitorPack).catch(() => null);
  const loaded = await loadConfig(new URL('config.json', appBaseUrl()));

  if (!loaded.ok) {
    // The kit never starts, so it cannot scrub: a returning MFA challenge must not linger anyway.
    const scrubbed = scrubUrl(new URL(window.location.href), ['preauth_token', 'device_code_id']);
    if (scrubbed) window.history.replaceState(window.history.state, '', scrubbed);
    applyTheme('system');
    document.title = `Configuration problem · ${appEn.defaultTitle}`;
    // Its own chunk: only a misconfigured deployment downloads the page that explains it.
    const page = await import('./ConfigError').catch(() => null);
    if (page) createRoot(container).render(<page.ConfigErrorPage problem={loaded.problem} />);
    else container.textContent = `This page is not set up yet: ${loaded.problem.url} has a problem, and assets/ is incomplete.`;
    return;
  }

  const { config, adapter } = loaded;
  applyTheme(config.theme);
  // An operator who fixes the language gets that pack instead (one more request, only then).
  const fixed = config.locale !== 'auto' && config.locale !== visitorPack;
  const { messages, strings } = (await (fixed ? loadLanguage(config.locale).catch(() => null) : visitorLanguage)) ?? english;
  applyLanguage(strings.locale);
  document.title = config.title ?? strings.defaultTitle;
  const queryClient = new QueryClient();
  // A link with ?user_code=: its first request starts now, not after React's first render;
  // <ActivateDevice> reads the same entry and shares it (same client, same key).
  prefetchEntry(queryClient, adapter, readEntry(adapter, window.location.href));
  performance.mark('activate-app:render'); // e2e and bench: the verify request starts before this
  const root = createRoot(container);
  const render = (missingStyles?: string[]) =>
    root.render(
      <StrictMode>
        <App config={config} adapter={adapter} queryClient={queryClient} messages={messages} strings={strings} missingStyles={missingStyles} />
      </StrictMode>,
    );
  render();
  // The page works unstyled, but says so, naming the file, for the person and the operator.
  void missingStylesheets().then((missing) => missing.length > 0 && render(missing));
}

void boot();
