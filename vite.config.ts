import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { appBootFileNames, appPublicFilesOnly, precompress } from './scripts/app-build-plugins';
import { chromium } from './test/chromium';

export default defineConfig({
  plugins: [react(), appPublicFilesOnly(), appBootFileNames(), precompress()],
  // The standalone app (index.html → src/app/main.tsx). Asset URLs are absolute from the origin
  // root, so every route a backend sends people to (/activate/success as much as /callback)
  // finds them on any host that only falls back to index.html. Under a sub-path, build with
  // `npm run build:app -- --base /that/path/`. config.json is read at run time, beside index.html.
  base: '/',
  root: '.',
  build: {
    outDir: 'dist-app',
    emptyOutDir: true,
    assetsDir: 'assets', // src/app/base.ts finds the app's folder from this
    // One chunk, no modulepreload links: the polyfill would be dead weight in the JS budget.
    modulePreload: { polyfill: false },
    // The brand marks stay files: inlined as data: URIs, the app's CSP (img-src 'self') would block them.
    assetsInlineLimit: 0,
    rollupOptions: {
      output: {
        // A language is one file: the app's words (src/app/locales/<tag>.ts) and the kit's pack
        // it re-exports. Left alone, the pack becomes a chunk of its own (the kit can also load it
        // by `locale`), a second request for the same language.
        // The kit's own loader (for `locale`, which the app does not use) stays a lazy file apart.
        // Without naming the negotiation's chunk too, it would follow that loader, and the entry
        // would preload the loader's table of every pack on each visit.
        manualChunks: (id) =>
          /\/src\/(?:app|i18n)\/locales\/([\w-]+)\.ts$/.exec(id)?.[1]?.replace(/^index$/, 'load-locale') ??
          (/\/src\/(?:i18n\/(?:negotiate|lang|direction)|app\/language)\.ts$/.test(id) ? 'language' : undefined),
      },
    },
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
