// Size budgets, gzipped, with the React peers left to the host app. `node scripts/size-report.mjs`
// shows where each kit byte goes.
import { readdirSync } from 'node:fs';

const PEERS = ['react', 'react-dom', '@tanstack/react-query', 'react-hook-form'];

// A locale pack is downloaded only when a page asks for its language (<ActivationProvider
// locale="de">), as its own file: it is measured per pack below, not as part of the kit.
const packsStayLazy = (config) => ({
  ...config,
  // Bundlers keep a dynamic import as it is; esbuild's default IIFE would wrap it in a require shim
  // no host app ships.
  format: 'esm',
  plugins: [
    ...(config.plugins ?? []),
    {
      name: 'locale-packs-are-lazy',
      setup(build) {
        build.onResolve({ filter: /\/locales\.(js|cjs)$/ }, ({ path }) => ({ path, external: true }));
      },
    },
  ],
});

const NON_LATIN = ['ar', 'bg', 'el', 'fa', 'he', 'hi', 'ja', 'ko', 'ru', 'sr', 'th', 'uk', 'zh-CN', 'zh-TW'];

const packsIn = (folder) =>
  readdirSync(folder)
    .filter((file) => file.endsWith('.ts') && file !== 'index.ts')
    .map((file) => file.slice(0, -3));
const packs = packsIn('src/i18n/locales');
const devicePacks = packsIn('src/i18n/device-locales');

// Measured as shipped, in UTF-8: esbuild's default escapes every non-ASCII letter as \uXXXX,
// which no host bundle does and which would triple a Thai or Hindi pack.
const inUtf8 = (config) => ({ ...config, charset: 'utf8' });
// What a run-time language choice adds is the list and the negotiation; the chosen pack is one
// more file, measured on its own.
const packsApart = (config) => ({
  ...config,
  plugins: [{ name: 'packs-apart', setup: (build) => build.onResolve({ filter: /\/(device-)?locales\/[\w-]+\.js$/ }, ({ path }) => ({ path, external: true })) }],
});

export default [
  {
    name: 'components + AuthOS adapter (peers external)',
    path: ['dist/index.js', 'dist/authos.js'],
    import: {
      'dist/index.js': '{ ActivationProvider, ActivateDevice, ProviderPicker, MfaChallenge }',
      'dist/authos.js': '{ createAuthOSAdapter }',
    },
    ignore: PEERS,
    modifyEsbuildConfig: packsStayLazy,
    gzip: true,
    // With the locale plumbing (plural rules, lang/dir, loading a pack by `locale`) and the
    // scopes catalogue: 11.92 kB.
    limit: '12 kB',
  },
  {
    name: 'better-auth adapter entry alone',
    path: 'dist/better-auth.js',
    import: '{ createBetterAuthAdapter }',
    ignore: PEERS,
    gzip: true,
    limit: '6 kB',
  },
  {
    // The device half (TV, kiosk, CLI): the client and all three dialects, framework-free. The
    // activation page never imports it.
    name: 'device client (activate-kit/device)',
    path: 'dist/device.js',
    import: '{ authorizeDevice, rfc8628Dialect, betterAuthDialect, authosDialect }',
    gzip: true,
    limit: '4 kB',
  },
  {
    // The screen that shows the code, with the client and one dialect: what a TV or kiosk app
    // built with <DeviceCodeDisplay> ships (QR encoder included). The page never imports it.
    name: 'device display + client (activate-kit/device-react + a dialect)',
    path: ['dist/device-react.js', 'dist/device.js'],
    import: {
      'dist/device-react.js': '{ DeviceCodeDisplay }',
      'dist/device.js': '{ betterAuthDialect }',
    },
    ignore: PEERS,
    // A `locale` prop downloads its pack through activate-kit/device-locales, measured below.
    modifyEsbuildConfig: (config) => ({
      ...config,
      format: 'esm',
      plugins: [{ name: 'device-packs-are-lazy', setup: (build) => build.onResolve({ filter: /\/device-locales\.(js|cjs)$/ }, ({ path }) => ({ path, external: true })) }],
    }),
    gzip: true,
    limit: '9 kB',
  },
  {
    name: 'locale negotiation (activate-kit/locales)',
    path: 'dist/locales.js',
    import: '{ negotiateLocale, loadLocale }',
    modifyEsbuildConfig: packsApart,
    gzip: true,
    limit: '3.5 kB',
  },
  {
    name: 'device locale negotiation (activate-kit/device-locales)',
    path: 'dist/device-locales.js',
    import: '{ negotiateLocale, loadDeviceLocale }',
    modifyEsbuildConfig: packsApart,
    gzip: true,
    limit: '3.5 kB',
  },
  ...packs.map((tag) => ({
    name: `locale pack ${tag}`,
    path: `dist/locales/${tag}.js`,
    import: `{ ${tag.replace('-', '')} }`,
    modifyEsbuildConfig: inUtf8,
    gzip: true,
    // Scripts of 2 and 3 UTF-8 bytes a letter (Cyrillic, Greek, Arabic, Hebrew, Devanagari, Thai,
    // CJK) weigh more for the same text than Latin ones.
    limit: NON_LATIN.includes(tag) ? '3 kB' : '2.5 kB',
  })),
  ...devicePacks.map((tag) => ({
    name: `device locale pack ${tag}`,
    path: `dist/device-locales/${tag}.js`,
    import: `{ ${tag.replace('-', '')} }`,
    modifyEsbuildConfig: inUtf8,
    gzip: true,
    limit: NON_LATIN.includes(tag) ? '1.5 kB' : '1.25 kB',
  })),
];
