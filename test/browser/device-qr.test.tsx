/**
 * The QR code scans: drawn in Chromium, read back with jsQR. Once from the SVG markup itself
 * (drawn to a canvas), once from the pixels on screen with the kit's CSS in light and dark, so
 * a theme that inverted it or ate the quiet zone would fail here.
 */
import { render } from '@testing-library/react';
import jsQR from 'jsqr';
import { page } from 'vitest/browser';
import { afterEach, describe, expect, test } from 'vitest';
import { DeviceCodeView, type DeviceCode } from '../../src/react/device/index';
import '../../src/styles/activate-kit.css';
import { deviceCode } from '../fixtures/device-code';

const complete: DeviceCode = deviceCode(15);
const uriOnly: DeviceCode = { ...complete, verificationUriComplete: undefined };

afterEach(() => {
  delete document.documentElement.dataset.theme;
});

function show(code: DeviceCode, theme: 'light' | 'dark' = 'light') {
  document.documentElement.dataset.theme = theme;
  render(
    <div data-theme={theme} style={{ background: theme === 'dark' ? '#0d1117' : '#fff', padding: 16 }}>
      <DeviceCodeView state={{ status: 'waiting', code }} />
    </div>,
  );
  return document.querySelector<SVGSVGElement>('svg.ak-device-qr-code')!;
}

async function load(src: string) {
  const image = new Image();
  image.src = src;
  await image.decode();
  return image;
}

/** What jsQR reads from `image` drawn at `side` px (white around it, as a camera would see a page). */
function decode(image: HTMLImageElement, side: number) {
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = side + 40;
  const context = canvas.getContext('2d')!;
  context.fillStyle = '#fff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.drawImage(image, 20, 20, side, side);
  const { data, width, height } = context.getImageData(0, 0, canvas.width, canvas.height);
  return jsQR(data, width, height)?.data;
}

/** The SVG's own markup (no page CSS), as an image. */
async function fromMarkup(svg: SVGSVGElement) {
  const markup = new XMLSerializer().serializeToString(svg);
  const url = URL.createObjectURL(new Blob([markup], { type: 'image/svg+xml' }));
  try {
    return decode(await load(url), 300);
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** The pixels on screen, with the page's CSS, theme and all. */
async function fromScreen(svg: SVGSVGElement) {
  const png = await page.screenshot({ element: svg, save: false });
  const image = await load(`data:image/png;base64,${png}`);
  return decode(image, image.naturalWidth);
}

describe('the QR code', () => {
  test('encodes verification_uri_complete exactly when the server gives one', async () => {
    const svg = show(complete);
    expect(await fromMarkup(svg)).toBe(complete.verificationUriComplete);
  });

  test('encodes verification_uri when there is no complete one', async () => {
    const svg = show(uriOnly);
    expect(await fromMarkup(svg)).toBe(complete.verificationUri);
  });

  test.each(['light', 'dark'] as const)('scans as shown on screen in %s mode: dark modules on a light quiet zone', async (theme) => {
    const svg = show(complete, theme);
    expect(getComputedStyle(svg.querySelector('rect')!).fill).toBe('rgb(255, 255, 255)');
    expect(getComputedStyle(svg.querySelector('path')!).fill).toBe('rgb(0, 0, 0)');
    expect(await fromScreen(svg)).toBe(complete.verificationUriComplete);
  });

  test('is one svg with one path: no inline style, no <style>, no data: URL (strict CSP)', () => {
    const svg = show(complete);
    expect(svg.querySelectorAll('path')).toHaveLength(1);
    expect(svg.querySelector('style, image, foreignObject')).toBeNull();
    expect(svg.outerHTML).not.toMatch(/style=|data:/);
    expect(svg).toHaveAttribute('role', 'img');
    expect(svg).toHaveAccessibleName('QR code that opens id.example.com/activate?user_code=WDJB-MJHT');
  });
});
