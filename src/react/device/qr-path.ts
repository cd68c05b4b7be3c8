/*
 * The QR code as one SVG path. Library weighed for this (esbuild --bundle --minify, gzip, of just
 * what is imported; September 2026):
 *   lean-qr/nano   2.1 kB  (what we use: byte mode, error correction L–H, a module getter)
 *   lean-qr        3.6 kB  (adds mode auto-selection, Shift-JIS, ECI; URLs need none of it)
 *   uqr            3.9 kB  (maintained, but returns a boolean matrix only)
 *   qrcode-generator 7.6 kB (maintained; SVG only as a markup string)
 * All MIT. lean-qr is maintained (releases through 2026) and ships its own types. Its SVG helpers
 * are not imported: the path below is a few lines, and the markup stays ours (no inline style,
 * no data: URL), so the code draws under a strict Content-Security-Policy.
 */
import { correction, generate } from 'lean-qr/nano';

/** The modules of a QR code, ready for `<path d>` in a `size`×`size` grid of unit squares. */
export interface QrPath {
  /** Modules per side (21 for version 1, +4 per version). */
  readonly size: number;
  /** Dark modules as runs per row: `M{x} {y}h{run}v1h-{run}z`. */
  readonly d: string;
}

/**
 * Encodes `text` (UTF-8, byte mode) at error correction level M or better: a TV across the room,
 * glare or a smudged phone lens still scan. `null` when `text` is too long for any QR code.
 */
export function qrPath(text: string): QrPath | null {
  let code: ReturnType<typeof generate>;
  try {
    code = generate(text, { minCorrectionLevel: correction.M });
  } catch {
    return null;
  }
  const { size } = code;
  let d = '';
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; ) {
      if (!code.get(x, y)) {
        x++;
        continue;
      }
      const start = x;
      while (x < size && code.get(x, y)) x++;
      d += `M${start} ${y}h${x - start}v1h-${x - start}z`;
    }
  }
  return { size, d };
}
