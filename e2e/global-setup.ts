import { rm } from 'node:fs/promises';
import { ensureAppBuilt } from '../scripts/start.mjs';
import { SCREENS_DIR } from './helpers';
import { FOLDER_APP, SUBPATH_APP } from './hosts';

/**
 * Builds the app only when it is missing or older than its sources (as `npm start` does): once
 * for the origin root (dist-app/), and once for the sub-path tests, since asset URLs are absolute.
 */
export default async function globalSetup() {
  const log = (line: string) => console.log(line);
  await ensureAppBuilt(log);
  await ensureAppBuilt(log, SUBPATH_APP);
  await ensureAppBuilt(log, FOLDER_APP);
  await rm(SCREENS_DIR, { recursive: true, force: true });
}
