/**
 * Builds the device page (dev/device-page/ → dist-device/): `npm start` serves it beside the
 * activation app, the end-to-end tests drive it. config.json is read at run time, beside index.html.
 */
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export const DEVICE_PAGE_ROOT = fileURLToPath(new URL('.', import.meta.url));
export const DEVICE_PAGE_OUT = fileURLToPath(new URL('../../dist-device/', import.meta.url));

export default defineConfig({
  root: DEVICE_PAGE_ROOT,
  base: '/',
  // public/ holds Storybook's MSW worker and the app's files; the favicon comes in through index.html.
  publicDir: false,
  plugins: [react()],
  build: {
    outDir: DEVICE_PAGE_OUT,
    emptyOutDir: true,
    assetsDir: 'assets',
    modulePreload: { polyfill: false },
    // Files, not data: URIs, which the page's CSP (default-src 'self') would block.
    assetsInlineLimit: 0,
  },
});
