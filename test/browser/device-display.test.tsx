/**
 * Every state of the device display in Chromium with the kit's CSS: axe (WCAG 2.2 AA) in light
 * and dark, standard and TV, nothing wider than the screen at 320 px, and a photograph of each to
 * test-results/device/ for review.
 */
import { render } from '@testing-library/react';
import { page } from 'vitest/browser';
import { afterEach, describe, expect, test } from 'vitest';
import { DeviceCodeView, type DeviceCode, type DeviceDisplayState, type DeviceLayout } from '../../src/react/device/index';
import '../../src/styles/activate-kit.css';
import { expectNoAxeViolations } from './axe';
import { deviceCode } from '../fixtures/device-code';

const code: DeviceCode = deviceCode(10);

const STATES: Record<string, DeviceDisplayState> = {
  requesting: { status: 'requesting' },
  waiting: { status: 'waiting', code },
  'slow-down': { status: 'slow_down', code, interval: 10 },
  approved: { status: 'approved', code },
  denied: { status: 'denied', code },
  expired: { status: 'expired', code },
  error: { status: 'error', error: { code: 'network', detail: 'offline' } },
};

afterEach(async () => {
  delete document.documentElement.dataset.theme;
  await page.viewport(1280, 720);
});

function show(state: DeviceDisplayState, theme: 'light' | 'dark', layout: DeviceLayout) {
  document.documentElement.dataset.theme = theme;
  document.body.style.margin = '0';
  render(
    <div data-theme={theme} style={{ minHeight: '100vh', background: theme === 'dark' ? '#0d1117' : '#fff' }}>
      <DeviceCodeView state={state} layout={layout} onRestart={() => {}} />
    </div>,
  );
}

describe.each([
  ['light', 'standard'],
  ['dark', 'standard'],
  ['light', 'tv'],
  ['dark', 'tv'],
] as const)('%s, %s layout', (theme, layout) => {
  test.each(Object.keys(STATES))('%s passes axe', async (name) => {
    if (layout === 'tv') await page.viewport(1920, 1080);
    show(STATES[name]!, theme, layout);
    await expectNoAxeViolations();
    await page.screenshot({ path: `../../test-results/device/${name}-${layout}-${theme}.png` });
  });
});

describe('at 320 px', () => {
  test.each(['waiting', 'error'])('%s needs no sideways scrolling', async (name) => {
    await page.viewport(320, 640);
    show(STATES[name]!, 'light', 'standard');
    const root = document.querySelector<HTMLElement>('.ak-device')!;
    expect(root.getBoundingClientRect().width).toBeLessThanOrEqual(320);
    expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(320);
    for (const element of root.querySelectorAll<HTMLElement>('*')) {
      expect(element.getBoundingClientRect().right, element.className).toBeLessThanOrEqual(320);
    }
    await page.screenshot({ path: `../../test-results/device/${name}-320.png` });
  });

  test('a long code wraps between its groups, never inside one', async () => {
    await page.viewport(320, 640);
    show({ status: 'waiting', code: { ...code, userCode: 'BCDF-GHJK-LMNP' } }, 'light', 'standard');
    const text = document.querySelector<HTMLElement>('.ak-device-code-text')!;
    const lines = new Set(Array.from(text.getClientRects(), (rect) => Math.round(rect.top)));
    expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(320);
    // Each line holds whole groups: measure where the browser broke the text.
    const range = document.createRange();
    const node = text.firstChild!;
    const tops = Array.from('BCDF-GHJK-LMNP', (_, index) => {
      range.setStart(node, index);
      range.setEnd(node, index + 1);
      return Math.round(range.getBoundingClientRect().top);
    });
    for (const group of [tops.slice(0, 4), tops.slice(5, 9), tops.slice(10, 14)]) expect(new Set(group).size).toBe(1);
    expect(lines.size).toBeGreaterThanOrEqual(1);
    await page.screenshot({ path: '../../test-results/device/long-code-320.png' });
  });
});
