// The README's "The device side" examples, type-checked against the kit's source as a consumer
// would write them (`activate-kit/device…` mapped onto src/): an example that drifts from the API
// fails here, not in a reader's editor.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import ts from 'typescript';
import { expect, test } from 'vitest';

const REPO = resolve(import.meta.dirname, '../..');
const readme = readFileSync(join(REPO, 'README.md'), 'utf8');

/** The section's code blocks, each named by its first line (`// tv-sign-in.tsx`). */
function deviceExamples(): Map<string, string> {
  const start = readme.indexOf('\n## The device side\n');
  expect(start, 'README has a section "The device side"').toBeGreaterThan(0);
  const end = readme.indexOf('\n## ', start + 1);
  const section = readme.slice(start, end === -1 ? undefined : end);
  const examples = new Map<string, string>();
  for (const [, source] of section.matchAll(/```tsx?\n([\s\S]*?)```/g)) {
    const name = /^\/\/ ([\w.-]+\.tsx?)\n/.exec(source!)?.[1];
    if (name) examples.set(name, source!);
  }
  return examples;
}

/** Type errors of `files` (virtual, in a folder of the repo so node_modules resolve), as text. */
function typeErrors(files: Map<string, string>): string[] {
  const dir = join(REPO, '.readme-examples');
  const virtual = new Map([...files].map(([name, source]) => [join(dir, name), source]));
  const options: ts.CompilerOptions = {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    jsx: ts.JsxEmit.ReactJSX,
    lib: ['lib.es2023.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    allowImportingTsExtensions: false,
    types: ['node', 'vite/client'],
    baseUrl: REPO,
    paths: {
      'activate-kit/device': ['src/device/index.ts'],
      'activate-kit/device-react': ['src/react/device/index.ts'],
      'activate-kit/device-locales': ['src/i18n/device-locales/index.ts'],
      'activate-kit/device-locales/*': ['src/i18n/device-locales/*.ts'],
      'activate-kit/styles.css': ['src/styles/activate-kit.css'],
    },
  };
  const host = ts.createCompilerHost(options);
  const { getSourceFile, fileExists, readFile } = host;
  host.fileExists = (name) => virtual.has(name) || fileExists.call(host, name);
  host.readFile = (name) => virtual.get(name) ?? readFile.call(host, name);
  host.getSourceFile = (name, language, ...rest) => {
    const source = virtual.get(name);
    return source === undefined ? getSourceFile.call(host, name, language, ...rest) : ts.createSourceFile(name, source, language, true);
  };
  const program = ts.createProgram([...virtual.keys()], options, host);
  return [...virtual.keys()].flatMap((name) =>
    [...program.getSyntacticDiagnostics(program.getSourceFile(name)), ...program.getSemanticDiagnostics(program.getSourceFile(name))].map(
      (diagnostic) => `${name.slice(dir.length + 1)}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')}`,
    ),
  );
}

test('the README shows a TV example and a Node CLI example of the device side', () => {
  const examples = deviceExamples();
  expect([...examples.keys()]).toEqual(['tv-sign-in.tsx', 'sign-in.ts']);
  expect(examples.get('tv-sign-in.tsx')).toMatch(/<DeviceCodeDisplay dialect=\{dialect\} layout="tv" messages=\{\w+\} onApproved=/);
  expect(examples.get('tv-sign-in.tsx')).toContain("from 'activate-kit/device-react'");
  expect(examples.get('sign-in.ts')).toContain('authorizeDevice(');
  // The CLI stores the token and never prints it.
  const cli = examples.get('sign-in.ts')!;
  expect(cli.split('\n').filter((line) => /console\.\w+\(.*token/i.test(line))).toEqual([]);
  expect(cli).toMatch(/mode: 0o600/);
});

test('the README device examples type-check against the kit (strict TypeScript)', () => {
  const examples = deviceExamples();
  expect(typeErrors(examples)).toEqual([]);
}, 60_000);

test('a wrong prop in an example would be caught', () => {
  const broken = new Map([['broken.tsx', "import { DeviceCodeDisplay } from 'activate-kit/device-react';\nexport const x = <DeviceCodeDisplay layout=\"tv\" />;\n"]]);
  expect(typeErrors(broken).join('\n')).toMatch(/dialect/);
}, 60_000);
