/**
 * Every story (and its play function) as a Vitest browser test in Debian's Chromium, with the
 * a11y addon failing a story on any WCAG 2.2 AA violation. Referenced from vite.config.ts's
 * `test.projects`; run it alone with `vitest run --project storybook` (npm run test:storybook).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineProject } from 'vitest/config';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { chromium } from './test/chromium';

const dirname = path.dirname(fileURLToPath(import.meta.url));

export default defineProject({
  plugins: [react(), storybookTest({ configDir: path.join(dirname, '.storybook') })],
  test: {
    name: 'storybook',
    setupFiles: ['.storybook/vitest.setup.ts'],
    browser: {
      enabled: true,
      headless: true,
      provider: chromium(),
      instances: [{ browser: 'chromium' }],
    },
  },
});
