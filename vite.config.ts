import { rm } from 'node:fs/promises';
import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';
import type { Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { chromium } from './test/chromium';

const APP_OUT_DIR = 'dist-app';

/**
 * public/ also holds Storybook's MSW worker; the standalone app must not ship it. Vite copies
 * public/ before writing the bundle, so it is removed once the app build is written.
 */
function appPublicFilesOnly(): Plugin {
  return {
    name: 'activate-app:public-files-only',
    apply: 'build',
    async writeBundle(options) {
      if (!options.dir || resolve(options.dir) !== resolve(APP_OUT_DIR)) return;
      await rm(resolve(options.dir, 'mockServiceWorker.js'), { force: true });
    },
  };
}

export default defineConfig({
  plugins: [react(), appPublicFilesOnly()],
  // The standalone app (index.html → src/app/main.tsx): relative asset paths so one build
  // works under any base path; config.json is read at run time, beside index.html.
  base: './',
  root: '.',
  build: {
    outDir: APP_OUT_DIR,
    emptyOutDir: true,
    assetsDir: 'assets', // src/app/base.ts finds the app's folder from this
    // One chunk, no modulepreload links: the polyfill would be dead weight in the JS budget.
    modulePreload: { polyfill: false },
    // The brand marks stay files: inlined as data: URIs, the app's CSP (img-src 'self') would block them.
    assetsInlineLimit: 0,
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
      'vitest.storybook.config.ts',
    ],
  },
});
