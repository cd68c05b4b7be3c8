import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist', 'dist-app', 'dist-app-*', 'dist-device', 'storybook-static', 'test-results', 'playwright-report', 'public/mockServiceWorker.js', 'node_modules', 'test/consumers/*/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.recommended.rules,
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // Layering: core is framework-free, and only adapters talk HTTP.
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['react', 'react-*', '@tanstack/*', '../react/*', '../adapters/*'] }],
      'no-restricted-globals': ['error', 'fetch', 'window', 'document', 'localStorage', 'sessionStorage'],
    },
  },
  {
    // The device client is framework-free: a CLI, a server or any UI library may import it.
    files: ['src/device/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['react', 'react-*', '@tanstack/*', '../react/*', '../../react/*', '../adapters/*', '../core/*'] }],
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'sessionStorage'],
    },
  },
  {
    files: ['src/react/**/*.{ts,tsx}', 'src/i18n/**/*.ts'],
    rules: {
      'no-restricted-globals': ['error', 'fetch', 'localStorage', 'sessionStorage'],
      'no-restricted-imports': ['error', { patterns: ['../adapters/*'] }],
    },
  },
  {
    files: ['**/*.{js,mjs}', 'scripts/**', 'dev/**'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
