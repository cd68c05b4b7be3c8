/**
 * @jest-environment node
 */
// Server rendering with the browser's address (the default): no window here, and no warning
// (React 18 warns about useLayoutEffect on a server).
const { createElement: h } = require('react');
const { renderToString } = require('react-dom/server');
const { ActivateDevice, ActivationProvider, en } = require('activate-kit');
const { createAuthOSAdapter } = require('activate-kit/authos');

test('renders the code-entry screen on a server, silently', () => {
  const errors = jest.spyOn(console, 'error');
  const adapter = createAuthOSAdapter({ baseUrl: 'https://sso.example.com' });
  const html = renderToString(h(ActivationProvider, { adapter }, h(ActivateDevice)));
  expect(typeof window).toBe('undefined');
  expect(html).toContain(en.enterTitle);
  expect(html).toContain('data-state="entering"');
  expect(errors).not.toHaveBeenCalled();
});
