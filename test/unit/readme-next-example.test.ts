// The README's Next.js example is the app the consumer test builds (test/consumers/next):
// this keeps the two from drifting apart.
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';

const readme = readFileSync('README.md', 'utf8');

test.each(['app/activate/activate-client.tsx', 'app/activate/page.tsx'])('README shows %s as the Next.js consumer builds it', (file) => {
  const source = readFileSync(`test/consumers/next/${file}`, 'utf8');
  expect(readme).toContain(`\`\`\`tsx\n// ${file}\n${source}\`\`\``);
});
