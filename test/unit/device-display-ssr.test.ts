// @vitest-environment node
// Server rendering of the device display: no window, no document, no request sent. In this
// environment any read of `window` or `document` throws, so a pass means none happened.
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, test, vi } from 'vitest';
import { rfc8628Dialect } from '../../src/device/dialects/rfc8628';
import { DeviceCodeDisplay, DeviceCodeView, deviceEn, type DeviceCode } from '../../src/react/device/index';

const code: DeviceCode = {
  userCode: 'WDJB-MJHT',
  verificationUri: 'https://id.example.com/activate',
  verificationUriComplete: 'https://id.example.com/activate?user_code=WDJB-MJHT',
  expiresIn: 900,
  expiresAt: 1_900_000_000_000,
  interval: 5,
};

describe('server rendering', () => {
  test('runs without a DOM', () => {
    expect(typeof window).toBe('undefined');
    expect(typeof document).toBe('undefined');
  });

  test('<DeviceCodeDisplay> renders "Getting a code…" and sends nothing', () => {
    const fetch = vi.fn();
    const dialect = rfc8628Dialect({ deviceAuthorizationEndpoint: 'https://id.example.com/device', tokenEndpoint: 'https://id.example.com/token', clientId: 'tv' });
    const html = renderToString(createElement(DeviceCodeDisplay, { dialect, fetch }));
    expect(html).toContain(deviceEn.requesting);
    expect(html).toContain('data-state="requesting"');
    expect(fetch).not.toHaveBeenCalled();
  });

  test('<DeviceCodeView> renders a waiting code with its QR and countdown from the code alone', () => {
    const html = renderToString(createElement(DeviceCodeView, { state: { status: 'waiting', code }, layout: 'tv' }));
    expect(html).toContain('WDJB-MJHT');
    expect(html).toContain('data-layout="tv"');
    expect(html).toMatch(/<svg[^>]*role="img"/);
    // Before mount the countdown is the code's whole lifetime: the server and the first client render agree.
    expect(html).toContain('The code expires in 15 minutes.');
    expect(html).not.toMatch(/style=/);
  });
});
