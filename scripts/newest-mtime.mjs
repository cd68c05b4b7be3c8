// When a build is stale: the newest modification time of what it is made of.
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

/** @param {string} path @returns {Promise<number>} newest mtime under `path` (0 when absent) */
export async function newestMtime(path) {
  const info = await stat(path).catch(() => null);
  if (!info) return 0;
  if (!info.isDirectory()) return info.mtimeMs;
  const entries = await readdir(path, { withFileTypes: true });
  const times = await Promise.all(entries.map((entry) => newestMtime(join(path, entry.name))));
  return Math.max(info.mtimeMs, ...times);
}
