// The QR path and the readable address, without a browser: the path's runs are rasterised here
// and decoded with jsQR, so a wrong run length or an off-by-one row would not scan.
import jsQR from 'jsqr';
import { describe, expect, test } from 'vitest';
import { qrPath } from '../../src/react/device/qr-path';
import { readableCode } from '../../src/device/readable-code';
import { readableUrl } from '../../src/react/device/DeviceCodeView';

/** The path drawn into RGBA pixels, `scale` px per module, with a 4-module white quiet zone. */
function rasterise(size: number, d: string, scale = 4) {
  const side = (size + 8) * scale;
  const pixels = new Uint8ClampedArray(side * side * 4).fill(255);
  for (const [, x, y, run] of d.matchAll(/M(\d+) (\d+)h(\d+)v1h-\3z/g)) {
    for (let dx = 0; dx < Number(run) * scale; dx++) {
      for (let dy = 0; dy < scale; dy++) {
        const px = (Number(x) + 4) * scale + dx;
        const py = (Number(y) + 4) * scale + dy;
        pixels.fill(0, (py * side + px) * 4, (py * side + px) * 4 + 3);
      }
    }
  }
  return { pixels, side };
}

describe('qrPath', () => {
  test.each([
    'https://id.example.com/activate?user_code=WDJB-MJHT',
    'https://auth.example.org/device',
    'https://example.com/a/very/long/path/activate?user_code=ABCD-EFGH&client=tv-app&lang=de-AT',
    'https://例え.jp/activate?code=ÄÖÜ',
  ])('encodes %s so a decoder reads it back exactly', (text) => {
    const qr = qrPath(text)!;
    expect(qr.size % 4).toBe(1);
    const { pixels, side } = rasterise(qr.size, qr.d);
    expect(jsQR(pixels, side, side)?.data).toBe(text);
  });

  test('is only runs of whole modules (one path, nothing to style inline)', () => {
    const qr = qrPath('https://id.example.com/activate')!;
    expect(qr.d).toMatch(/^(M\d+ \d+h\d+v1h-\d+z)+$/);
  });

  test('is null for text no QR code can hold', () => {
    expect(qrPath('x'.repeat(5000))).toBeNull();
  });
});

describe('readableUrl', () => {
  test('drops https:// and a bare trailing slash, keeps everything else', () => {
    expect(readableUrl('https://id.example.com/')).toBe('id.example.com');
    expect(readableUrl('https://id.example.com/activate')).toBe('id.example.com/activate');
    expect(readableUrl('https://id.example.com/activate?user_code=WDJB-MJHT')).toBe('id.example.com/activate?user_code=WDJB-MJHT');
    // Plain http is shown as it is: typing it without the scheme would usually land on https.
    expect(readableUrl('http://localhost:3000/activate')).toBe('http://localhost:3000/activate');
  });
});

describe('readableCode: the code in groups a person can read aloud', () => {
  test.each([
    ['XZGS2YRJ', 'XZGS-2YRJ'],
    ['xzgs2yrj', 'xzgs-2yrj'],
    ['BCDFGHJKLMNP', 'BCDF-GHJK-LMNP'],
    ['WDJB-MJHT', 'WDJB-MJHT'],
    ['WDJB MJHT', 'WDJB MJHT'],
    ['123456789', '123456789'],
    ['ABCD', 'ABCD'],
    ['ABCDEFG', 'ABCDEFG'],
  ])('%s → %s', (sent, shown) => {
    expect(readableCode(sent)).toBe(shown);
  });
});
