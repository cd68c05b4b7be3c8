import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { chromium } from './test/chromium';

export default defineConfig({
  plugins: [react()],
  // The standalone app: relative asset paths so one build works under any base path.
  base: './',
  root: '.',
  build: {
    outDir: 'dist-app',
    emptyOutDir: true,
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.{ts,tsx}', 'test/component/**/*.test.{ts,tsx}'],
          environment: 'jsdom',
          setupFiles: ['test/setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.{ts,tsx}'],
          setupFiles: ['test/setup.ts'],
          browser: {
            enabled: true,
            headless: true,
            provider: chromium(),
            instances: [{ browser: 'chromium' }],
            screenshotDirectory: 'test-results/browser',
          },
        },
      },
    ],
  },
});
