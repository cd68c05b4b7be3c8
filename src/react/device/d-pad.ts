import type { KeyboardEvent } from 'react';

const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]), select, textarea, [tabindex]:not([tabindex="-1"])';

/**
 * A TV remote's D-pad: the arrow keys move focus to the previous or next control inside the
 * display (left and right swap in right-to-left text), wrapping around, so every control is
 * reachable without Tab. Keys that do not move focus are left to the browser.
 */
export function moveFocusWithArrows(event: KeyboardEvent<HTMLElement>) {
  const step = { ArrowDown: 1, ArrowUp: -1, ArrowRight: 1, ArrowLeft: -1 }[event.key];
  if (step === undefined || event.altKey || event.ctrlKey || event.metaKey) return;
  const root = event.currentTarget;
  const rtl = event.key.startsWith('ArrowL') || event.key.startsWith('ArrowR') ? getComputedStyle(root).direction === 'rtl' : false;
  const controls = Array.from(root.querySelectorAll<HTMLElement>(FOCUSABLE));
  if (controls.length === 0) return;
  const from = controls.indexOf(document.activeElement as HTMLElement);
  const by = rtl ? -step : step;
  const to = from === -1 ? (by > 0 ? 0 : controls.length - 1) : (from + by + controls.length) % controls.length;
  event.preventDefault();
  controls[to]?.focus();
}
