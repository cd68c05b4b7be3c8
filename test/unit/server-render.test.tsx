// @vitest-environment node
// A server has no window, document or history: any read of them during render throws here.
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { createAuthOSAdapter } from '../../src/adapters/authos';
import { ActivateDevice, ActivationProvider, createMemoryLocation, en } from '../../src/index';
import { AUTHOS_BASE_URL } from '../fixtures/authos';

const adapter = createAuthOSAdapter({
  baseUrl: AUTHOS_BASE_URL,
  fetch: () => Promise.reject(new Error('a server render must not call the backend')),
});

afterEach(() => vi.restoreAllMocks());

describe('server rendering', () => {
  test('renders the code-entry screen without touching window, and without warnings', () => {
    const warn = vi.spyOn(console, 'error');
    expect(typeof window).toBe('undefined');
    const html = renderToString(
      <ActivationProvider adapter={adapter}>
        <ActivateDevice />
      </ActivationProvider>,
    );
    expect(html).toContain('data-state="entering"');
    expect(html).toContain(en.enterTitle);
    expect(html).toMatch(/<input[^>]*autoComplete="one-time-code"|<input[^>]*autocomplete="one-time-code"/);
    expect(warn).not.toHaveBeenCalled();
  });

  test('with a location passed, renders what that address says (a linked code, being checked)', () => {
    const html = renderToString(
      <ActivationProvider adapter={adapter} location={createMemoryLocation('https://app.example.com/activate?user_code=wdjbmjht')}>
        <ActivateDevice />
      </ActivationProvider>,
    );
    expect(html).toContain('data-state="verifying"');
    expect(html).toContain(`data-pending="true">${en.verifying}</button>`);
  });
});
