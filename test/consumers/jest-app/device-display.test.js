/**
 * @jest-environment jsdom
 */
// The device display from the CommonJS build, as Jest loads it untransformed: the QR encoder is
// bundled in (its own package is ES modules only), and a session runs against a fake server.
// Jest's jsdom environment has no TextEncoder, which the QR encoder needs (every browser has it):
// without this line the display leaves the QR code out, as the README says.
global.TextEncoder ??= require('node:util').TextEncoder;
const { createElement: h } = require('react');
const { render, screen, waitFor } = require('@testing-library/react');
const { rfc8628Dialect } = require('activate-kit/device');
const { DeviceCodeDisplay, deviceEn } = require('activate-kit/device-react');

test('shows the code, the address and a QR code, then "Signed in" with the token given to onApproved only', async () => {
  // Pending until the test has looked at the code, then approved.
  let approved = false;
  const fetch = async (url) => {
    const json = (status, body) => ({ status, ok: status < 300, headers: { get: (name) => (name === 'content-type' ? 'application/json' : null) }, text: async () => JSON.stringify(body), json: async () => body, url, redirected: false, type: 'basic' });
    if (url.endsWith('/device/code')) {
      return json(200, { device_code: 'dc', user_code: 'WDJB-MJHT', verification_uri: 'https://id.example.com/activate', verification_uri_complete: 'https://id.example.com/activate?user_code=WDJB-MJHT', expires_in: 900, interval: 1 });
    }
    return approved ? json(200, { access_token: 'at-SECRET', token_type: 'Bearer' }) : json(400, { error: 'authorization_pending' });
  };
  // The server's 1 s interval passes in 10 ms.
  const clock = { now: () => Date.now(), sleep: () => new Promise((done) => setTimeout(done, 10)) };
  const dialect = rfc8628Dialect({ deviceAuthorizationEndpoint: 'https://id.example.com/device/code', tokenEndpoint: 'https://id.example.com/token', clientId: 'tv' });
  const onApproved = jest.fn();
  const { container } = render(h(DeviceCodeDisplay, { dialect, fetch, clock, onApproved }));
  expect(await screen.findByText('WDJB-MJHT')).toBeTruthy();
  expect(container.querySelector('svg path')).not.toBeNull();
  approved = true;
  await waitFor(() => expect(screen.getByRole('heading', { name: deviceEn.approvedTitle })).toBeTruthy());
  expect(onApproved).toHaveBeenCalledWith(expect.objectContaining({ access_token: 'at-SECRET' }));
  expect(container.textContent).not.toContain('at-SECRET');
});
