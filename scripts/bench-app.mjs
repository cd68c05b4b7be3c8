#!/usr/bin/env node
// `npm run bench:app`: builds the standalone app, reports its JS and CSS (minified and gzip,
// level 9 like size-limit): every file, and what one visit loads per deployment (the entry plus
// the lazily loaded adapter that config.json names). Then measures in Debian's Chromium, over
// several cold runs (AuthOS deployment, simulator):
//   - navigation → code input usable (enabled, not read-only, focused);
//   - navigation → verify request start, for a link with ?user_code= (the simulator answers).
// Then Lighthouse (mobile, default simulated throttling), median of 3 runs, against the build
// served by Debian's nginx with deploy/nginx/activate.conf (precompressed files), and by the
// reference server `npm start` uses: performance, accessibility, best practices, FCP, LCP, TBT
// and bytes transferred. Exits non-zero when the largest deployment's JS is over budget.
//
//   npm run bench:app -- [--runs 7] [--lighthouse-runs 3] [--no-build]

import { readdir, readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { chromium } from 'playwright-core';
import { NGINX, freePort, startNginx } from './app-hosts.mjs';
import { startSimulatorServer } from '../dev/simulator/node-server.mjs';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';
import { buildApp } from './start.mjs';
import { APP_DIR, startStaticServer } from './static-server.mjs';

/**
 * The JS one visit loads (entry + its deployment's lazy chunks), gzip level 9, in kB of 1000
 * bytes (as size-limit counts), for the largest deployment.
 */
// 107 kB before locale packs. Since: the language machinery every visit loads (negotiation, the
// table of 41 language files, Vite's preload helper: 2.7 kB) and, for a visitor in another
// language, that language's one file (the kit's pack and the app's words: 3.2 kB for Greek, the
// largest), less what the kit shed meanwhile.
const JS_BUDGET_BYTES = 112_500;
const REPO = new URL('../', import.meta.url);


const kB = (bytes) => `${(bytes / 1000).toFixed(2)} kB`;
const ms = (value) => `${value.toFixed(1)} ms`;

/** @param {string} dir @returns {Promise<string[]>} */
async function files(dir) {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath ?? entry.path, entry.name));
}

async function sizes() {
  const rows = [];
  for (const file of (await files(APP_DIR)).sort()) {
    const kind = file.endsWith('.js') ? 'JS' : file.endsWith('.css') ? 'CSS' : null;
    if (!kind) continue;
    const content = await readFile(file);
    rows.push({ kind, file: relative(APP_DIR, file), raw: content.length, gzip: gzipSync(content, { level: 9 }).length, code: content.toString('utf8') });
  }
  const sum = (list) => list.reduce((total, row) => ({ raw: total.raw + row.raw, gzip: total.gzip + row.gzip }), { raw: 0, gzip: 0 });
  return { rows, js: sum(rows.filter((row) => row.kind === 'JS')), css: sum(rows.filter((row) => row.kind === 'CSS')), deployments: await deployments(rows, sum) };
}

/** `./name.js` specifiers a built chunk imports: statically (`from"./x.js"`, `import"./x.js"`) or lazily (`import(`./x.js`)`). */
function importsOf(code) {
  const found = (pattern) => [...code.matchAll(pattern)].map((match) => match[1]);
  return {
    static: found(/(?:\bfrom|\bimport)\s*["'`]\.\/([^"'`]+?\.js)["'`]/g),
    lazy: found(/\bimport\(\s*["'`]\.\/([^"'`]+?\.js)["'`]\s*\)/g),
  };
}

/**
 * What a browser loads per deployment, from the built files themselves: index.html's entry
 * script and its static imports, plus one lazily imported chunk and ITS static imports. Lazy
 * chunks built from src/adapters/NAME.ts are the adapter deployments; any other (the
 * config.json error page) is reported too, and counts against the budget like them.
 */
async function deployments(rows, sum) {
  const html = await readFile(join(APP_DIR, 'index.html'), 'utf8');
  const entry = /<script[^>]+type="module"[^>]+src="\/(assets\/[^"]+\.js)"/.exec(html)?.[1];
  const byFile = new Map(rows.filter((row) => row.kind === 'JS').map((row) => [row.file, row]));
  if (!entry || !byFile.has(entry)) throw new Error('dist-app/index.html names no built entry script');
  const dir = entry.slice(0, entry.lastIndexOf('/') + 1);
  /** The file and every chunk it statically imports, transitively. */
  const closure = (file, seen = new Set()) => {
    if (seen.has(file) || !byFile.has(file)) return seen;
    seen.add(file);
    for (const name of importsOf(byFile.get(file).code).static) closure(dir + name, seen);
    return seen;
  };
  const base = closure(entry);
  // The kit's loader for `locale` (load-locale) is in the bundle but never called by the app.
  const lazy = [...new Set([...base].flatMap((file) => importsOf(byFile.get(file).code).lazy.map((name) => dir + name)))].filter(
    (chunk) => !/\/load-locale-[\w-]{8}\.js$/.test(chunk),
  );
  const nameOf = (chunk) => chunk.slice(dir.length).replace(/-[\w-]{8}\.js$/, '');
  // A visitor whose browser asks for another language also loads that one pack: the largest
  // pack counts in every deployment's figure.
  const packs = lazy
    .filter((chunk) => existsSync(new URL(`src/i18n/locales/${nameOf(chunk)}.ts`, REPO)))
    .map((chunk) => ({ name: nameOf(chunk), files: [...closure(chunk, new Set(base))].filter((file) => !base.has(file)) }))
    .map((pack) => ({ ...pack, ...sum(pack.files.map((file) => byFile.get(file))) }));
  const largestPack = packs.reduce((max, pack) => (pack.gzip > (max?.gzip ?? -1) ? pack : max), undefined);
  return lazy
    .filter((chunk) => !packs.some((pack) => pack.name === nameOf(chunk)))
    .map((chunk) => {
      const name = nameOf(chunk);
      const loaded = closure(chunk, new Set(base));
      const isAdapter = existsSync(new URL(`src/adapters/${name}.ts`, REPO));
      const files = isAdapter && largestPack ? [...loaded, ...largestPack.files] : [...loaded];
      const label = isAdapter ? `${name} deployment${largestPack ? ` + largest language pack (${largestPack.name})` : ''}` : `${name} (config problem page)`;
      return { name: label, isAdapter, files, english: [...loaded], ...sum(files.map((file) => byFile.get(file))) };
    });
}

/** @param {number[]} values */
function stats(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  return { median, min: sorted[0], max: sorted.at(-1) };
}

/** @param {string[][]} rows */
function table(rows) {
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
  const line = (row) => `  ${row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join('   ')}`;
  return [line(rows[0]), `  ${widths.map((width) => '─'.repeat(width)).join('   ')}`, ...rows.slice(1).map(line)].join('\n');
}

/**
 * Records, in the page (ms since navigation start), when the code input first becomes usable
 * and when the confirmation screen of a linked code first shows.
 */
function watchInput() {
  const check = () => {
    const input = document.activeElement;
    if (input instanceof HTMLInputElement && input.autocomplete === 'one-time-code' && !input.disabled && !input.readOnly) {
      window.__inputUsable ??= performance.now();
    }
    if (document.querySelector('.ak-root[data-state="confirming"]')) window.__confirmShown ??= performance.now();
  };
  document.addEventListener('focusin', check, true);
  new MutationObserver(check).observe(document, { childList: true, subtree: true, attributes: true });
}

async function main() {
  const { values } = parseArgs({
    options: {
      runs: { type: 'string', default: process.env.BENCH_RUNS ?? '7' },
      'lighthouse-runs': { type: 'string', default: '3' },
      'no-build': { type: 'boolean', default: false },
    },
  });
  const runs = Math.max(1, Number(values.runs) || 7);

  if (!values['no-build']) {
    process.stdout.write('Building the standalone app… ');
    const started = Date.now();
    await buildApp();
    console.log(`done in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  }

  const { rows, js, css, deployments: visits } = await sizes();
  console.log('\nBuilt app (dist-app/), gzip level 9, every file:');
  console.log(
    table([
      ['file', 'minified', 'gzip'],
      ...rows.map((row) => [row.file, kB(row.raw), kB(row.gzip)]),
      ['total JS, all files', kB(js.raw), kB(js.gzip)],
      ['total CSS', kB(css.raw), kB(css.gzip)],
    ]),
  );
  const short = (file) => file.replace(/^assets\//, '').replace(/-[\w-]{8}\.js$/, '');
  console.log('\nJS one visit loads (entry + the lazy chunk config.json selects), gzip level 9:');
  console.log(table([['deployment', 'minified', 'gzip', 'files'], ...visits.map((visit) => [visit.name, kB(visit.raw), kB(visit.gzip), visit.files.map(short).join(' + ')])]));
  // Without lazy chunks, one visit loads every file.
  const largest = visits.length ? visits.reduce((max, visit) => (visit.gzip > max.gzip ? visit : max)) : { gzip: js.gzip, name: 'whole app' };
  const overBudget = largest.gzip > JS_BUDGET_BYTES;
  console.log(
    `  JS budget ${kB(JS_BUDGET_BYTES)} gzip per deployment, largest is ${largest.name} at ${kB(largest.gzip)}: ${overBudget ? `OVER by ${kB(largest.gzip - JS_BUDGET_BYTES)}` : `ok, ${kB(JS_BUDGET_BYTES - largest.gzip)} to spare`}`,
  );
  console.log(`  (all files together: ${kB(js.gzip)}, but no visit downloads every adapter)`);

  let sim;
  const app = await startStaticServer({ connectSrc: () => sim?.url ?? [], config: () => ({ adapter: 'authos', baseUrl: sim.url, title: 'Benchmark' }) });
  sim = await startSimulatorServer({ port: 0, appOrigin: app.url, rateLimit: { enabled: false } });
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  // Chromium's default language is English: it loads no pack.
  const authosFiles = visits.find((visit) => visit.name.startsWith('authos deployment'))?.english ?? [];
  let loadedJs = null;
  const inputTimes = [];
  const germanInputTimes = [];
  const verifyTimes = [];
  const confirmTimes = [];
  try {
    // A fresh context for every navigation: empty HTTP cache, like a first visit.
    const visit = async (url, measure, locale) => {
      const context = await browser.newContext(locale ? { locale } : {});
      const page = await context.newPage();
      await page.addInitScript(watchInput);
      await page.goto(url);
      await measure(page);
      await context.close();
    };
    const timeOf = async (page, expression) => (await page.waitForFunction(expression, null, { polling: 'raf' })).jsonValue();
    for (let run = 0; run < runs; run++) {
      await visit(`${app.appUrl}activate`, async (page) => {
        inputTimes.push(await timeOf(page, () => window.__inputUsable));
        loadedJs ??= await page.evaluate(() => performance.getEntriesByType('resource').map((entry) => entry.name).filter((name) => name.endsWith('.js')));
      });
      // A German browser: the de pack downloads beside config.json, so this should match the above.
      await visit(
        `${app.appUrl}activate`,
        async (page) => {
          germanInputTimes.push(await timeOf(page, () => document.documentElement.lang === 'de' && window.__inputUsable));
        },
        'de-DE',
      );
      const { user_code: userCode } = sim.simulator.issueCode();
      await visit(`${app.appUrl}activate?user_code=${encodeURIComponent(userCode)}`, async (page) => {
        verifyTimes.push(
          await timeOf(page, () => performance.getEntriesByType('resource').find((entry) => entry.name.endsWith('/auth/device/verify'))?.startTime),
        );
        confirmTimes.push(await timeOf(page, () => window.__confirmShown));
      });
    }
  } finally {
    await browser.close();
    await Promise.allSettled([sim.close(), app.close()]);
  }

  // What Chromium really fetched for the AuthOS deployment must be what was counted above.
  const fetched = (loadedJs ?? []).map((url) => new URL(url).pathname.replace(/^\//, '')).sort();
  const counted = [...authosFiles].sort();
  const matches = fetched.length === counted.length && fetched.every((file, index) => file === counted[index]);
  console.log(`\nChromium, AuthOS deployment, JS fetched: ${fetched.map((file) => short(file)).join(' + ') || 'none'} ${matches ? '(as counted above)' : `— DIFFERS from the counted ${counted.map(short).join(' + ')}`}`);
  if (!matches) process.exitCode = 1;

  const line = (name, values) => {
    const { median, min, max } = stats(values);
    return [name, ms(median), ms(min), ms(max)];
  };
  console.log(`\nChromium ${browser.version()}, ${runs} cold runs each, loopback servers, no throttling:`);
  console.log(
    table([
      ['from navigation to …', 'median', 'min', 'max'],
      line('code input usable (enabled + focused)', inputTimes),
      line('… the same, German browser (de pack)', germanInputTimes),
      line('verify request start (?user_code=)', verifyTimes),
      line('confirm screen shown (?user_code=)', confirmTimes),
    ]),
  );
  await lighthouseReport(Math.max(1, Number(values['lighthouse-runs']) || 3));
  if (overBudget) {
    console.error(`\nThe ${largest.name} loads ${kB(largest.gzip)} of JS gzip, over the ${kB(JS_BUDGET_BYTES)} budget.`);
    process.exitCode = 1;
  }
}

const LIGHTHOUSE = join(new URL('.', REPO).pathname, 'node_modules', 'lighthouse', 'cli', 'index.js');

/**
 * One Lighthouse run (mobile, simulated throttling: its defaults) in Debian's Chromium.
 * @param {string} url
 */
async function lighthouseOnce(url) {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [LIGHTHOUSE, url, '--output=json', '--output-path=stdout', '--quiet', '--only-categories=performance,accessibility,best-practices', `--chrome-flags=--headless=new ${CHROMIUM_ARGS.filter((arg) => arg !== '--headless').join(' ')}`],
    { env: { ...process.env, CHROME_PATH: CHROMIUM_PATH }, maxBuffer: 64 * 1024 * 1024 },
  );
  const report = JSON.parse(stdout);
  const audit = (id) => report.audits[id]?.numericValue ?? NaN;
  return {
    performance: report.categories.performance.score,
    accessibility: report.categories.accessibility.score,
    bestPractices: report.categories['best-practices'].score,
    fcp: audit('first-contentful-paint'),
    lcp: audit('largest-contentful-paint'),
    tbt: audit('total-blocking-time'),
    bytes: audit('total-byte-weight'),
  };
}

/** Lighthouse, `runs` times per host; the run with the median performance score is reported. */
async function lighthouseReport(runs) {
  const sim = await startSimulatorServer({ port: 0, rateLimit: { enabled: false } });
  const config = { adapter: 'authos', baseUrl: sim.url, title: 'Benchmark' };
  const hosts = [];
  const rows = [['server', 'perf', 'a11y', 'best pr.', 'FCP', 'LCP', 'TBT', 'transferred']];
  try {
    if (existsSync(NGINX)) {
      const port = await freePort();
      hosts.push(['nginx, deploy/nginx/activate.conf', await startNginx(APP_DIR, { port, base: '/', backend: sim.url, config })]);
    } else console.log('\n(nginx is not installed: Lighthouse runs against the reference server only)');
    hosts.push(['reference server (npm start)', await startStaticServer({ connectSrc: sim.url, config })]);
    for (const [name, host] of hosts) {
      const results = [];
      for (let run = 0; run < runs; run++) results.push(await lighthouseOnce(`${host.url}/activate`));
      results.sort((a, b) => a.performance - b.performance);
      const median = results[Math.floor(results.length / 2)];
      const range = (key) => `${Math.min(...results.map((r) => r[key])).toFixed(2)}–${Math.max(...results.map((r) => r[key])).toFixed(2)}`;
      rows.push([
        `${name} (perf ${range('performance')})`,
        median.performance.toFixed(2),
        median.accessibility.toFixed(2),
        median.bestPractices.toFixed(2),
        ms(median.fcp),
        ms(median.lcp),
        ms(median.tbt),
        kB(median.bytes),
      ]);
    }
  } finally {
    await Promise.allSettled([sim.close(), ...hosts.map(([, host]) => host.close())]);
  }
  console.log(`\nLighthouse ${runs}× per server, mobile, default throttling, /activate; the median run:`);
  console.log(table(rows));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
