import { readdirSync } from 'node:fs';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * Library build: one ES module and one CommonJS file per public entry, peers left to the host
 * app. CommonJS is for `require` and Jest, which runs node_modules untransformed; bundlers and
 * Node's `import` take the ES modules.
 */
// One entry per locale pack (`activate-kit/locales/de`, `activate-kit/device-locales/de`), so a
// page or a device downloads only its own language.
const packsIn = (folder: string, entryFolder: string) =>
  Object.fromEntries(
    readdirSync(folder)
      .filter((file) => file.endsWith('.ts') && file !== 'index.ts')
      .map((file) => [`${entryFolder}/${file.slice(0, -3)}`, `${folder}/${file}`]),
  );

// Entries that render React (hooks, events): client modules under React Server Components.
const CLIENT_ENTRIES = new Set(['index', 'device-react']);

export default defineConfig({
  plugins: [react()],
  // public/ holds the app's favicon and Storybook's MSW worker: neither belongs in the package.
  publicDir: false,
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    minify: false,
    cssCodeSplit: false,
    lib: {
      entry: {
        index: 'src/index.ts',
        core: 'src/core/index.ts',
        authos: 'src/adapters/authos.ts',
        'better-auth': 'src/adapters/better-auth.ts',
        device: 'src/device/index.ts',
        'device-react': 'src/react/device/index.ts',
        locales: 'src/i18n/locales/index.ts',
        'device-locales': 'src/i18n/device-locales/index.ts',
        ...packsIn('src/i18n/locales', 'locales'),
        ...packsIn('src/i18n/device-locales', 'device-locales'),
      },
      formats: ['es', 'cjs'],
      cssFileName: 'activate-kit',
    },
    rollupOptions: {
      external: [/^react($|\/)/, /^react-dom($|\/)/, /^@tanstack\/react-query/, /^react-hook-form/],
      output: {
        // The components are client modules (React Server Components: hooks, events); core, the
        // adapters and the device client stay plain so a server component can import them.
        // lean-qr (MIT) is bundled, not required: its nano build is an ES module only, which
        // CommonJS hosts such as Jest cannot require. Its notice travels with its code.
        banner: (chunk) =>
          [
            chunk.isEntry && CLIENT_ENTRIES.has(chunk.name) ? "'use client';" : '',
            chunk.moduleIds.some((id) => id.includes('/node_modules/lean-qr/')) ? '/*! lean-qr 2.7.4 | MIT License | Copyright (c) 2021-2025 David Evans */' : '',
          ]
            .filter(Boolean)
            .join('\n'),
      },
    },
  },
});
