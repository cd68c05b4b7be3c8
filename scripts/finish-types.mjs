// After `tsc` writes dist/**/*.d.ts: make the declarations resolve under every TypeScript
// `moduleResolution` (bundler, node16/nodenext ESM and CJS, node10).
//  - Relative specifiers get explicit extensions: node16 ESM resolves nothing without them.
//  - Each reachable file gets a `.d.cts` twin importing `.cjs`, the types of the CommonJS build:
//    under `"type": "module"` a `.d.ts` describes an ES module, which `require` cannot load.
//  - Declarations no entry reaches (internal modules whose types nothing exports) are deleted.
//  - Every package the declarations import must be a declared dependency or peer: under pnpm's
//    strict layout an undeclared one (say @tanstack/query-core) does not resolve.
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

const DIST = 'dist';
// The public entries, and every locale pack (each is its own entry: activate-kit/locales/<tag>,
// activate-kit/device-locales/<tag>).
const ENTRIES = [
  'index.d.ts',
  'core/index.d.ts',
  'adapters/authos.d.ts',
  'adapters/better-auth.d.ts',
  'device/index.d.ts',
  'react/device/index.d.ts',
  ...['i18n/locales', 'i18n/device-locales'].flatMap((folder) =>
    readdirSync(join(DIST, folder))
      .filter((file) => file.endsWith('.d.ts'))
      .map((file) => `${folder}/${file}`),
  ),
];
// `from './x'`, `import './x'`, `import('./x')`: the three ways a declaration names a module.
const SPECIFIER = /(\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)(['"])(\.{1,2}\/[^'"]*)\2/g;
const PACKAGE = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)['"]((?:@[^/'"]+\/)?[^./'"][^/'"]*)/g;
const manifest = JSON.parse(readFileSync('package.json', 'utf8'));
const declared = new Set(Object.keys({ ...manifest.dependencies, ...manifest.peerDependencies }));

/** The declaration file a relative specifier in `file` means: `x.d.ts` or `x/index.d.ts`. */
function target(file, specifier) {
  const base = join(dirname(file), specifier.replace(/\.js$/, ''));
  for (const candidate of [`${base}.d.ts`, join(base, 'index.d.ts')]) {
    if (existsSync(join(DIST, candidate))) return candidate;
  }
  throw new Error(`finish-types: ${file} imports ${specifier}, which has no declaration in ${DIST}/`);
}

/** Rewrites `file`'s relative specifiers with `extension`; returns the text and the files it names. */
function rewrite(file, text, extension) {
  const named = [];
  const out = text.replace(SPECIFIER, (_, lead, quote, specifier) => {
    const to = target(file, specifier);
    named.push(to);
    let path = relative(dirname(file), to).replace(/\.d\.ts$/, extension);
    if (!path.startsWith('.')) path = `./${path}`;
    return `${lead}${quote}${path}${quote}`;
  });
  return { out, named };
}

const reached = new Set();
const queue = [...ENTRIES];
while (queue.length) {
  const file = queue.pop();
  if (reached.has(file)) continue;
  reached.add(file);
  const text = readFileSync(join(DIST, file), 'utf8');
  // JSDoc examples import the package by its own name; only code counts.
  const code = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  for (const [, name] of code.matchAll(PACKAGE)) {
    if (!declared.has(name)) throw new Error(`finish-types: ${file} imports ${name}, which package.json does not declare`);
  }
  const esm = rewrite(file, text, '.js');
  writeFileSync(join(DIST, file), esm.out);
  writeFileSync(join(DIST, file.replace(/\.d\.ts$/, '.d.cts')), rewrite(file, text, '.cjs').out);
  queue.push(...esm.named);
}

function* declarations(folder) {
  for (const entry of readdirSync(join(DIST, folder), { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) yield* declarations(path);
    else if (path.endsWith('.d.ts')) yield path;
  }
}

const unreachable = [...declarations('')].filter((file) => !reached.has(file));
for (const file of unreachable) rmSync(join(DIST, file));
// Folders left empty by the deletions.
for (const file of unreachable) {
  const folder = join(DIST, dirname(file));
  if (existsSync(folder) && readdirSync(folder).length === 0) rmSync(folder, { recursive: true });
}
console.log(`finish-types: ${reached.size} declarations (+ .d.cts twins), ${unreachable.length} unreachable removed`);
