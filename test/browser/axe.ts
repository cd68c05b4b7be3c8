import axe from 'axe-core';
import { expect } from 'vitest';

/** WCAG 2.2 AA, as the issue asks: every A and AA rule up to 2.2. */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Fails with the rule ids and offending markup when anything on the page violates WCAG 2.2 AA. */
export async function expectNoAxeViolations(root: Element = document.body) {
  const result = await axe.run(root, { runOnly: { type: 'tag', values: TAGS }, resultTypes: ['violations'] });
  const summary = result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`);
  expect(summary).toEqual([]);
}
