import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

/** Library build: one ES module per public entry, peers left to the host app. */
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
      },
      formats: ['es'],
      cssFileName: 'activate-kit',
    },
    rollupOptions: {
      external: [/^react($|\/)/, /^react-dom($|\/)/, /^@tanstack\/react-query/, /^react-hook-form/],
    },
  },
});
