// Builds the device page (dist-device/) when it is missing or older than what it is made of, as
// scripts/start.mjs does for the standalone app. Used by `npm start` and the end-to-end tests.

import { spawn } from 'node:child_process';
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { newestMtime } from '../../scripts/newest-mtime.mjs';

const REPO = fileURLToPath(new URL('../../', import.meta.url));
/** Where the device page is built, served from `/`. */
export const DEVICE_DIR = join(REPO, 'dist-device');
/** What the build reads: when any of it is newer than dist-device/index.html, rebuild. */
const BUILD_INPUTS = ['dev/device-page', 'src/device', 'src/react/device', 'src/i18n', 'src/styles', 'public/favicon.svg', 'package-lock.json'];

/** Why the device page needs a (re)build, or null when it is up to date. @returns {Promise<string | null>} */
export async function devicePageBuildNeeded() {
  const built = await stat(join(DEVICE_DIR, 'index.html')).catch(() => null);
  if (!built) return 'dist-device/ is missing';
  const newest = Math.max(...(await Promise.all(BUILD_INPUTS.map((input) => newestMtime(join(REPO, input))))));
  return newest > built.mtimeMs ? 'its sources changed since the last build' : null;
}

/** Runs `vite build` with dev/device-page/vite.config.ts; output only when it fails. */
export function buildDevicePage() {
  const vite = join(REPO, 'node_modules', 'vite', 'bin', 'vite.js');
  return new Promise((resolveBuild, reject) => {
    const child = spawn(process.execPath, [vite, 'build', '--config', join(REPO, 'dev', 'device-page', 'vite.config.ts')], {
      cwd: REPO,
      env: { ...process.env, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolveBuild(undefined) : reject(new Error(`device page build failed (exit ${code})\n${output}`))));
  });
}

/**
 * Builds the device page when needed. @param {(line: string) => void} [log] @param {{ force?: boolean }} [options]
 * @returns {Promise<boolean>} whether it built
 */
export async function ensureDevicePageBuilt(log = () => {}, { force = false } = {}) {
  const reason = force ? 'asked to rebuild' : await devicePageBuildNeeded();
  if (!reason) return false;
  const started = Date.now();
  log(`Building the device page (${reason})…`);
  await buildDevicePage();
  log(`Built dist-device/ in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  return true;
}
