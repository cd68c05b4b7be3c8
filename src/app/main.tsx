/**
 * The standalone /activate app. One static build answers /activate, /activate/success,
 * /activate/mfa-challenge and /callback at any base path; config.json beside index.html says
 * which backend to use. Uses only activate-kit's public exports.
 */
import { QueryClient } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { readEntry, scrubUrl, sessionQueryOptions, verifyQueryOptions } from '../index';
import '../styles/activate-kit.css';
import './app.css';
import { App, DEFAULT_TITLE } from './App';
import { appBaseUrl } from './base';
import { loadConfig, type Theme } from './config';

function applyTheme(theme: Theme) {
  document.documentElement.dataset.theme = theme;
}

async function boot() {
  const container = document.getElementById('root')!;
  const loaded = await loadConfig(new URL('config.json', appBaseUrl()));

  if (!loaded.ok) {
    // The kit never starts, so it cannot scrub: a returning MFA challenge must not linger anyway.
    const scrubbed = scrubUrl(new URL(window.location.href), ['preauth_token', 'device_code_id']);
    if (scrubbed) window.history.replaceState(window.history.state, '', scrubbed);
    applyTheme('system');
    document.title = `Configuration problem · ${DEFAULT_TITLE}`;
    // Its own chunk: only a misconfigured deployment downloads the page that explains it.
    const page = await import('./ConfigError').catch(() => null);
    if (page) createRoot(container).render(<page.ConfigErrorPage problem={loaded.problem} />);
    else container.textContent = `This page is not set up yet: ${loaded.problem.url} has a problem, and assets/ is incomplete.`;
    return;
  }

  const { config, adapter } = loaded;
  applyTheme(config.theme);
  document.title = config.title ?? DEFAULT_TITLE;
  // Every verify call spends the person's rate limit: nothing is retried or refetched silently.
  const queryClient = new QueryClient({
    defaultOptions: {
      queries: { retry: false, refetchOnWindowFocus: false, refetchOnReconnect: false },
      mutations: { retry: false },
    },
  });
  // A link with ?user_code=: start the one verify request now, not after React's first render.
  // <ActivateDevice> reads the same entry and dedupes onto this query (same client, same key).
  // Backends that sign in on this page claim the code for whoever verifies it, so there the
  // first request is "who is signed in?", and the verify waits for the answer.
  const entry = readEntry(adapter, window.location.href);
  if (entry.state.status === 'verifying') {
    if (adapter.signIn) void queryClient.prefetchQuery(sessionQueryOptions(adapter));
    else void queryClient.prefetchQuery(verifyQueryOptions(adapter, entry.state.userCode, entry.state.attempt));
  }
  performance.mark('activate-app:render'); // e2e and bench: the verify request starts before this
  createRoot(container).render(
    <StrictMode>
      <App config={config} adapter={adapter} queryClient={queryClient} />
    </StrictMode>,
  );
}

void boot();
