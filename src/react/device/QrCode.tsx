import { useMemo } from 'react';
import { qrPath } from './qr-path';

/** The light margin scanners need around a QR code, in modules (ISO/IEC 18004 asks for 4). */
const QUIET_ZONE = 4;

export interface QrCodeProps {
  /** What the code encodes, e.g. `verification_uri_complete`. */
  value: string;
  /** The text alternative: what scanning it does, e.g. "QR code that opens example.com/activate". */
  label: string;
  /** Extra class for the `<svg>` (`ak-device-qr-code` is always there). */
  className?: string;
}

/**
 * A QR code as one `<svg>` with a single `<path>`: no inline style, no `<style>`, no data: URL,
 * so it draws under a strict Content-Security-Policy. Dark modules on a light quiet zone in every
 * theme (scanners need that contrast the right way round); the colours are presentation
 * attributes, so CSS may restyle them. Renders nothing when `value` is too long for a QR code.
 */
export function QrCode({ value, label, className }: QrCodeProps) {
  const qr = useMemo(() => qrPath(value), [value]);
  if (!qr) return null;
  const side = qr.size + 2 * QUIET_ZONE;
  return (
    <svg
      className={className ? `ak-device-qr-code ${className}` : 'ak-device-qr-code'}
      role="img"
      aria-label={label}
      viewBox={`${-QUIET_ZONE} ${-QUIET_ZONE} ${side} ${side}`}
      shapeRendering="crispEdges"
      xmlns="http://www.w3.org/2000/svg"
    >
      <rect className="ak-device-qr-light" x={-QUIET_ZONE} y={-QUIET_ZONE} width={side} height={side} fill="#fff" />
      <path className="ak-device-qr-dark" d={qr.d} fill="#000" />
    </svg>
  );
}
