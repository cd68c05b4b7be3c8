// Where the size budget goes. `npm run size` only says pass or fail; this prints what each module
// adds, and the total as size-limit counts it, so a change can be weighed before it is made.
//
//   node scripts/size-report.mjs        components + AuthOS adapter (the 12 kB budget)
//   node scripts/size-report.mjs ba     the better-auth adapter entry alone
//
// Per module: its minified bytes, and what it adds to the gzip total (the bundle gzipped without
// that module's code, subtracted; text gzip shares between modules is counted in neither). That
// part bundles the sources directly, which repeats each module's peer imports, so its total runs
// a little above the budget's. The budget's own figure comes from a library build bundled the way
// size-limit does it (esbuild, peers external, minified, gzip level 9, less its empty-project bytes).
import { build, transform } from 'esbuild';
import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build as viteBuild } from 'vite';

const CHECKS = {
  kit: {
    'index.js': ['ActivationProvider', 'ActivateDevice', 'ProviderPicker', 'MfaChallenge'],
    'authos.js': ['createAuthOSAdapter'],
  },
  ba: { 'better-auth.js': ['createBetterAuthAdapter'] },
};
const SOURCES = { 'index.js': './src/index.ts', 'authos.js': './src/adapters/authos.ts', 'better-auth.js': './src/adapters/better-auth.ts' };
const PEERS = ['react', 'react-dom', '@tanstack/react-query', 'react-hook-form'];
// What size-limit subtracts for the bundle around an `import` check (@size-limit/esbuild): more
// when its bundle carries esbuild's require shim, as it does with peers left external.
const SIZE_LIMIT_EMPTY_IMPORT_GZIP = 46;
const SIZE_LIMIT_EMPTY_IMPORT_IGNORE_GZIP = 182;

const check = CHECKS[process.argv.slice(2).find((a) => a in CHECKS) ?? 'kit'];
const gzip = (text) => gzipSync(text, { level: 9 }).length;
const minifyWhitespace = async (code) => (await transform(code, { minifyWhitespace: true, format: 'esm' })).code;
// Locale packs load on demand as their own files (see .size-limit.mjs): never part of the kit's figure.
const packsStayLazy = {
  name: 'locale-packs-are-lazy',
  setup(build) {
    build.onResolve({ filter: /(\/locales\.js|i18n\/locales\/index)$/ }, ({ path }) => ({ path, external: true }));
  },
};
const bundle = (options) =>
  build({ bundle: true, write: false, format: 'esm', treeShaking: true, external: PEERS, plugins: [packsStayLazy], legalComments: 'none', logLevel: 'warning', ...options });

// 1. Per module, from the sources. Whitespace is minified last, so esbuild's `// path` markers survive.
const fromSources = Object.entries(check)
  .map(([file, names]) => `export { ${names.join(', ')} } from '${SOURCES[file]}';`)
  .join('\n');
const result = await bundle({
  stdin: { contents: fromSources, resolveDir: process.cwd(), loader: 'ts', sourcefile: 'size-entry.ts' },
  minifySyntax: true,
  minifyIdentifiers: true,
  jsx: 'automatic',
  // Styles ship as a separate file and are not part of the JS budget.
  loader: { '.css': 'empty' },
});
// The entry's export list is set aside: it would name what a trial removes.
const [body] = result.outputFiles[0].text.split(/^(?=export \{)/m);
const pieces = [];
for (const line of body.split('\n')) {
  const marker = /^\/\/ ((?:src|node_modules)\/\S+\.[cm]?[jt]sx?)$/.exec(line);
  if (marker || pieces.length === 0) pieces.push({ file: marker?.[1] ?? '(entry)', lines: [] });
  if (!marker) pieces.at(-1).lines.push(line);
}
// A module can come in several pieces (its imports are hoisted apart).
const code = (keep) => minifyWhitespace(pieces.filter((p) => keep(p.file)).map((p) => p.lines.join('\n')).join('\n'));
const whole = gzip(await code(() => true));
const rows = [];
for (const file of new Set(pieces.map((p) => p.file))) {
  const own = await code((f) => f === file);
  if (own.trim()) rows.push({ file, min: own.length, gz: whole - gzip(await code((f) => f !== file)) });
}
rows.sort((a, b) => b.gz - a.gz);
const width = Math.max(...rows.map((r) => r.file.length));
console.log(`${'module'.padEnd(width)}  minified  gzip added`);
for (const r of rows) console.log(`${r.file.padEnd(width)}  ${String(r.min).padStart(8)}  ${String(r.gz).padStart(10)}`);
const area = (prefix) => rows.filter((r) => r.file.startsWith(prefix)).reduce((sum, r) => sum + r.gz, 0);
console.log(`\ngzip added by area: react ${area('src/react/')}, core ${area('src/core/')}, i18n ${area('src/i18n/')}, ` +
  `adapters ${area('src/adapters/')}, node_modules ${area('node_modules/')}`);
console.log(`from the sources: ${whole} B gzip`);

// 2. The budget's figure: the library build, bundled and compressed as size-limit does.
// Inside the project, so a dependency the build leaves external still resolves from node_modules.
mkdirSync('node_modules/.cache', { recursive: true });
const out = realpathSync(mkdtempSync('node_modules/.cache/size-report-'));
try {
  await viteBuild({
    configFile: resolve('vite.lib.config.ts'),
    logLevel: 'warn',
    publicDir: false,
    build: { outDir: out, emptyOutDir: true, sourcemap: false },
  });
  const entry = Object.entries(check)
    .map(([file, names]) => `import { ${names.join(', ')} } from ${JSON.stringify(join(out, file))};\nconsole.log(${names.join(', ')});`)
    .join('\n');
  writeFileSync(join(out, 'size-entry.js'), entry);
  // size-limit's esbuild settings, as .size-limit.mjs sets them for the kit: ES module output, minified.
  const built = await build({
    entryPoints: [join(out, 'size-entry.js')],
    format: check === CHECKS.kit ? 'esm' : undefined,
    plugins: check === CHECKS.kit ? [packsStayLazy] : [],
    bundle: true,
    write: false,
    external: PEERS,
    treeShaking: true,
    minify: true,
    logLevel: 'warning',
  });
  const bytes = built.outputFiles[0].contents;
  const shimmed = built.outputFiles[0].text.includes('Dynamic require of ');
  const figure = gzip(bytes) - (shimmed ? SIZE_LIMIT_EMPTY_IMPORT_IGNORE_GZIP : SIZE_LIMIT_EMPTY_IMPORT_GZIP);
  console.log(`as npm run size counts it: ${bytes.length} B minified, ${figure} B gzip (${(figure / 1000).toFixed(2)} kB)`);
} finally {
  rmSync(out, { recursive: true, force: true });
}
