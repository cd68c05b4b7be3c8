// The browser half of server rendering: the page hydrates the server's HTML (which knew no
// address) silently, then reads the real address once.
import { act, screen, waitFor } from '@testing-library/react';
import { StrictMode } from 'react';
import { hydrateRoot, type Root } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { createAuthOSAdapter } from '../../src/adapters/authos';
import { ActivateDevice, ActivationProvider, en, type ActivationState } from '../../src/index';
import { AUTHOS_BASE_URL, contextResponses, verifyResponses } from '../fixtures/authos';
import { scriptedFetch } from '../helpers/scripted-fetch';

const VERIFY = '/auth/device/verify';
let root: Root | null = null;

afterEach(() => {
  act(() => root?.unmount());
  root = null;
  document.body.innerHTML = '';
  window.history.replaceState(null, '', '/');
  vi.restoreAllMocks();
});

/** Server HTML for `path`, then hydration in this (browser-like) document at `path`. */
async function serveAndHydrate(path: string, script: Parameters<typeof scriptedFetch>[0] = {}) {
  const backend = scriptedFetch({ [VERIFY]: verifyResponses.ok, '/api/auth/context': contextResponses.ok, ...script });
  const adapter = createAuthOSAdapter({ baseUrl: AUTHOS_BASE_URL, fetch: backend.fetch });
  const states: ActivationState['status'][] = [];
  const page = (
    <StrictMode>
      <ActivationProvider adapter={adapter}>
        <ActivateDevice onStateChange={(state) => states.push(state.status)} />
      </ActivationProvider>
    </StrictMode>
  );
  const container = document.createElement('div');
  container.innerHTML = renderToString(page);
  document.body.append(container);
  window.history.replaceState(null, '', path);
  const errors = vi.spyOn(console, 'error');
  const recoverable = vi.fn();
  await act(async () => {
    root = hydrateRoot(container, page, { onRecoverableError: recoverable });
  });
  return { backend, states, errors, recoverable };
}

describe('hydrating server HTML', () => {
  // (Focus on the code field comes from the server HTML's `autofocus`, which jsdom does not
  // apply to inserted HTML: the Next.js consumer checks it in Chromium.)
  test('a plain visit: silent hydration, the state is reported once, nothing is sent', async () => {
    const { errors, recoverable, states, backend } = await serveAndHydrate('/activate');
    expect(screen.getByLabelText(en.codeLabel)).toHaveAttribute('autofocus');
    expect(errors).not.toHaveBeenCalled();
    expect(recoverable).not.toHaveBeenCalled();
    expect(states).toEqual(['entering']);
    expect(backend.calls).toHaveLength(0);
  });

  test('a linked code: read after hydration, verified with one request, scrubbed, then confirmed', async () => {
    const { errors, recoverable, states, backend } = await serveAndHydrate('/activate?user_code=wdjbmjht&lang=en');
    expect(await screen.findByRole('heading', { name: en.confirmTitle })).toHaveFocus();
    expect(window.location.search).toBe('?lang=en');
    expect(backend.callsTo(VERIFY)).toHaveLength(1);
    expect(errors).not.toHaveBeenCalled();
    expect(recoverable).not.toHaveBeenCalled();
    // The host hears the address's state, not the server's placeholder first.
    await waitFor(() => expect(states).toEqual(['verifying', 'confirming']));
  });

  test('a malformed linked code arrives in the field for correction, without any request', async () => {
    const { backend, errors } = await serveAndHydrate('/activate?user_code=wdjb-0000');
    expect(screen.getByLabelText(en.codeLabel)).toHaveValue('WDJB-0000');
    expect(screen.getByLabelText(en.codeLabel)).toHaveFocus();
    expect(backend.calls).toHaveLength(0);
    expect(errors).not.toHaveBeenCalled();
  });

  test('a linked code whose check fails stays in the field', async () => {
    await serveAndHydrate('/activate?user_code=wdjbmjht', { [VERIFY]: new TypeError('Failed to fetch') });
    expect(await screen.findByRole('alert')).toHaveTextContent(en.network);
    expect(screen.getByLabelText(en.codeLabel)).toHaveValue('WDJB-MJHT');
  });
});
