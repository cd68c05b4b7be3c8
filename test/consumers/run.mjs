// `npm run test:consumers`: the packed kit, installed the way a user installs it, in fresh apps.
// One `npm pack` of dist/ (build first); each consumer folder is copied to a temporary folder
// (never its node_modules: a copied tree broke React in Next), `npm ci` installs its pinned,
// locked dependencies from the registry, then `npm install --no-save` adds the tarball, which
// also checks the kit's peer ranges against those versions. Then each checks what a user
// would notice. Installs run in parallel; the Next.js build runs beside the lighter checks.
//
//   node test/consumers/run.mjs [name…]   (default: all)
import { spawn } from 'node:child_process';
import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:http';
import { createServer as createNetServer } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright';
import { startSimulatorServer } from '../../dev/simulator/node-server.mjs';
import { en } from '../../dist/index.js';
import { deviceFetch } from '../../scripts/start.mjs';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/chromium.mjs';

const HERE = fileURLToPath(new URL('.', import.meta.url));
const ROOT = resolve(HERE, '../..');
const TYPED = 'wdjb mjht';
const SHOWN = 'WDJB-MJHT';

/** Each consumer: its folder, shared files copied in ([from, to] under test/consumers), its check. */
const CONSUMERS = [
  { name: 'next', lane: 'heavy', check: checkNext },
  {
    name: 'ts',
    files: [
      ['shared/types.tsx', 'bundler/types.tsx'],
      ['shared/types.tsx', 'esm/types.tsx'],
      ['shared/types.tsx', 'cjs/types.tsx'],
    ],
    check: (dir) => run('ts', 'npm', ['run', '--silent', 'typecheck'], { cwd: dir }),
  },
  { name: 'jest', files: jestFiles(), check: checkJest },
  { name: 'jest-lowest', files: jestFiles(), check: checkJest },
  { name: 'vite-react18', files: [['vite-app', '.']], check: checkVite },
  { name: 'vite-react19', files: [['vite-app', '.']], check: checkVite },
];

function jestFiles() {
  return [
    ['jest-app', '.'],
    ['shared/types.tsx', 'types.tsx'],
  ];
}

const children = new Set();
const temps = [];

/** Runs a command; on failure the error carries the command and the end of its output. */
function run(name, command, args, { cwd, env = {}, quiet = true } = {}) {
  return new Promise((done, fail) => {
    const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    children.add(child);
    let output = '';
    const keep = (chunk) => {
      output = (output + chunk).slice(-20_000);
      if (!quiet) process.stdout.write(chunk);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.on('close', (code) => {
      children.delete(child);
      if (code === 0) done(output);
      else fail(new Error(`[${name}] \`${command} ${args.join(' ')}\` exited ${code} in ${cwd}\n${output.slice(-6000)}`));
    });
  });
}

function assert(name, condition, message) {
  if (!condition) throw new Error(`[${name}] ${message}`);
}

async function prepare(consumer, tarball) {
  const dir = await mkdtemp(join(tmpdir(), `activate-kit-${consumer.name}-`));
  temps.push(dir);
  await cp(join(HERE, consumer.name), dir, { recursive: true, filter: (source) => !source.includes('node_modules') });
  for (const [from, to] of consumer.files ?? []) await cp(join(HERE, from), join(dir, to), { recursive: true });
  const quiet = ['--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'];
  await run(consumer.name, 'npm', ['ci', ...quiet], { cwd: dir });
  await run(consumer.name, 'npm', ['install', '--no-save', ...quiet, tarball], { cwd: dir });
  return dir;
}

// ── checks ──────────────────────────────────────────────────────────────────────────────────

async function checkJest(dir, name) {
  await run(name, 'npm', ['run', '--silent', 'typecheck'], { cwd: dir });
  await run(name, 'npx', ['jest', '--ci'], { cwd: dir });
}

/** A page in Chromium whose console errors and warnings, and uncaught errors, are collected. */
async function openPage(browser) {
  const page = await browser.newPage();
  const problems = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(`console.${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  return { page, problems };
}

/** Types the example code; the field shows it normalised. */
async function typeCode(name, page) {
  const field = page.getByLabel(en.codeLabel);
  await field.waitFor();
  await field.pressSequentially(TYPED);
  const value = await field.inputValue();
  assert(name, value === SHOWN, `typing "${TYPED}" shows "${value}", expected "${SHOWN}"`);
}

function serveStatic(folder) {
  const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml' };
  const server = createServer(async (req, res) => {
    const path = new URL(req.url, 'http://x').pathname;
    const file = join(folder, path === '/' ? 'index.html' : path);
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(server)));
}

async function checkVite(dir, name) {
  await run(name, 'npx', ['vite', 'build', '--logLevel', 'error'], { cwd: dir });
  const server = await serveStatic(join(dir, 'dist'));
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    const { page, problems } = await openPage(browser);
    await page.goto(`http://127.0.0.1:${server.address().port}/`);
    await typeCode(name, page);
    assert(name, problems.length === 0, `the page logged:\n${problems.join('\n')}`);
  } finally {
    await browser.close();
    server.close();
  }
}

function freePort() {
  return new Promise((done, fail) => {
    const server = createNetServer().once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => done(port));
    });
  });
}

/** Starts `next start` and resolves once it answers; returns the process and its log. */
async function startNext(dir, port, env) {
  // Its own process group: Next's server runs in a child of the CLI, and both must stop.
  const child = spawn(join(dir, 'node_modules/.bin/next'), ['start', '-p', String(port), '-H', '127.0.0.1'], {
    cwd: dir,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  children.add(child);
  const log = { text: '' };
  child.stdout.on('data', (chunk) => (log.text += chunk));
  child.stderr.on('data', (chunk) => (log.text += chunk));
  for (let i = 0; i < 300; i += 1) {
    if (child.exitCode !== null) throw new Error(`[next] next start exited ${child.exitCode}:\n${log.text}`);
    const ok = await fetch(`http://127.0.0.1:${port}/server-imports`).then(() => true, () => false);
    if (ok) return { child, log };
    await new Promise((done) => setTimeout(done, 200));
  }
  throw new Error(`[next] next start did not answer within 60 s:\n${log.text}`);
}

async function checkNext(dir, name) {
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  // The AuthOS development simulator, sending the browser back to this app.
  const sim = await startSimulatorServer({ port: 0, appOrigin: origin, interval: 1 });
  const env = { NEXT_TELEMETRY_DISABLED: '1', NEXT_PUBLIC_AUTHOS_URL: sim.url };
  let server;
  let browser;
  try {
    await run(name, 'npx', ['next', 'build'], { cwd: dir, env });
    server = await startNext(dir, port, env);

    // Server HTML: 200, and the form is in it (prerendered and per-request routes alike).
    for (const path of ['/activate', `/activate?user_code=${SHOWN}`, '/activate-dynamic', `/activate-dynamic?user_code=${SHOWN}`]) {
      const response = await fetch(`${origin}${path}`);
      const html = await response.text();
      assert(name, response.status === 200, `${path} answered ${response.status}`);
      assert(name, html.includes('data-state="entering"') && html.includes(en.codeLabel), `${path}: the server HTML has no code form`);
    }
    const imports = await (await fetch(`${origin}/server-imports`)).text();
    assert(name, imports.includes('authos,better-auth WDJB-MJHT better-auth'), '/server-imports: core, the adapters and the device client did not run in a server component');

    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
    // 1. A plain visit: hydration is silent, the code field has focus, a typed code is normalised.
    {
      const { page, problems } = await openPage(browser);
      await page.goto(`${origin}/activate`, { waitUntil: 'networkidle' });
      const focused = await page.evaluate(() => document.activeElement?.getAttribute('autocomplete'));
      assert(name, focused === 'one-time-code', `on load, focus is on ${focused ?? 'nothing'}, not the code field`);
      await typeCode(name, page);
      assert(name, problems.length === 0, `/activate logged:\n${problems.join('\n')}`);
      await page.close();
    }
    // 2. A device's link: one verify request, the code confirmed, the address scrubbed.
    for (const path of ['/activate', '/activate-dynamic']) {
      const device = await deviceFetch()(`${sim.url}/auth/device/code`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ client_id: 'acme-cli', org: 'acme', service: 'cli' }),
      }).then((response) => response.json());
      const { page, problems } = await openPage(browser);
      const verifies = [];
      page.on('request', (request) => {
        if (request.method() === 'POST' && request.url() === `${sim.url}/auth/device/verify`) verifies.push(request.url());
      });
      await page.goto(`${origin}${path}?user_code=${encodeURIComponent(device.user_code)}`);
      await page.getByRole('heading', { name: en.confirmTitle }).waitFor();
      assert(name, !page.url().includes('user_code'), `${path}: the address still holds the code: ${page.url()}`);
      await page.getByRole('button', { name: en.confirmYes }).click();
      await page.getByRole('heading', { name: en.chooseTitle }).waitFor();
      assert(name, verifies.length === 1, `${path}: ${verifies.length} verify requests, expected exactly 1`);
      assert(name, problems.length === 0, `${path}?user_code= logged:\n${problems.join('\n')}`);
      await page.close();
    }
    assert(name, !/ReferenceError|window is not defined|Error:/.test(server.log.text), `next start logged errors:\n${server.log.text}`);
  } finally {
    await browser?.close();
    if (server) process.kill(-server.child.pid);
    await sim.close();
  }
}

// ── main ────────────────────────────────────────────────────────────────────────────────────

async function main() {
  const only = process.argv.slice(2);
  const chosen = CONSUMERS.filter((consumer) => !only.length || only.includes(consumer.name));
  assert('consumers', chosen.length, `no consumer named ${only.join(', ')}`);
  const started = Date.now();
  const packDir = await mkdtemp(join(tmpdir(), 'activate-kit-pack-'));
  temps.push(packDir);
  await run('pack', 'npm', ['pack', '--silent', '--pack-destination', packDir], { cwd: ROOT });
  const tarball = join(packDir, `activate-kit-${JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8')).version}.tgz`);

  const times = new Map();
  const timed = async (consumer, phase, work) => {
    const t0 = Date.now();
    try {
      return await work();
    } finally {
      times.set(consumer.name, { ...times.get(consumer.name), [phase]: (Date.now() - t0) / 1000 });
    }
  };
  // Installs are network and disk: all at once. Checks are CPU: Next.js on one core, the rest in turn on the other.
  const dirs = new Map();
  const installed = new Map(chosen.map((c) => [c.name, timed(c, 'install', () => prepare(c, tarball)).then((dir) => dirs.set(c.name, dir))]));
  const check = async (consumer) => {
    await installed.get(consumer.name);
    await timed(consumer, 'check', () => consumer.check(dirs.get(consumer.name), consumer.name));
    console.log(`✓ ${consumer.name}`);
  };
  const light = chosen.filter((c) => c.lane !== 'heavy');
  await Promise.all([
    ...chosen.filter((c) => c.lane === 'heavy').map(check),
    (async () => {
      for (const consumer of light) await check(consumer);
    })(),
    ...installed.values(),
  ]);

  console.log('\nconsumer       install   check');
  for (const consumer of chosen) {
    const t = times.get(consumer.name) ?? {};
    console.log(`${consumer.name.padEnd(14)} ${String(t.install ?? '-').padStart(6)} s ${String(t.check ?? '-').padStart(6)} s`);
  }
  console.log(`all consumers: ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

main()
  .then(() => Promise.all(temps.map((dir) => rm(dir, { recursive: true, force: true }))))
  .catch((error) => {
    console.error(`\n✗ ${error.message}`);
    console.error(`(temporary folders kept for a look: ${temps.join(' ')})`);
    for (const child of children) child.kill();
    process.exit(1);
  });

