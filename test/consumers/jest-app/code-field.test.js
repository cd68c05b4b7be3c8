// A CommonJS consumer, as Jest runs one: require(), jsdom, no transform of node_modules.
const { render, screen } = require('@testing-library/react');
const userEvent = require('@testing-library/user-event').default;
const { createElement: h } = require('react');
const { ActivateDevice, ActivationProvider, createMemoryLocation, en } = require('activate-kit');
const { createAuthOSAdapter } = require('activate-kit/authos');
const { AUTHOS_USER_CODE } = require('activate-kit/core');

test('renders the code field and normalises a typed code', async () => {
  const adapter = createAuthOSAdapter({ baseUrl: 'https://sso.example.com' });
  render(h(ActivationProvider, { adapter, location: createMemoryLocation('https://app.example.com/activate') }, h(ActivateDevice)));
  const field = screen.getByLabelText(en.codeLabel);
  expect(document.activeElement).toBe(field);
  await userEvent.type(field, 'wdjb mjht');
  expect(field.value).toBe('WDJB-MJHT');
  expect(AUTHOS_USER_CODE.length).toBe(8);
});
