import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * Library build: one ES module and one CommonJS file per public entry, peers left to the host
 * app. CommonJS is for `require` and Jest, which runs node_modules untransformed; bundlers and
 * Node's `import` take the ES modules.
 */
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
      formats: ['es', 'cjs'],
      cssFileName: 'activate-kit',
    },
    rollupOptions: {
      external: [/^react($|\/)/, /^react-dom($|\/)/, /^@tanstack\/react-query/, /^react-hook-form/],
      output: {
        // The components are a client module (React Server Components: hooks, events); core and
        // the adapters stay plain so a server component can import them.
        banner: (chunk) => (chunk.isEntry && chunk.name === 'index' ? "'use client';" : ''),
      },
    },
  },
});
