// @vitest-environment node
// The README shows the nginx files the end-to-end tests run, never a copy that could drift.
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';

const readme = readFileSync('README.md', 'utf8');

test.each(['activate.conf', 'activate-subpath.conf'])('README shows deploy/nginx/%s verbatim', (name) => {
  const file = readFileSync(`deploy/nginx/${name}`, 'utf8').trimEnd();
  expect(readme).toContain(`\`\`\`nginx\n${file}\n\`\`\``);
});
