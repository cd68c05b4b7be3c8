import { rm } from 'node:fs/promises';
import { ensureDevicePageBuilt } from '../dev/device-page/build.mjs';
import { ensureAppBuilt } from '../scripts/start.mjs';
import { SCREENS_DIR } from './helpers';
import { FOLDER_APP, SUBPATH_APP } from './hosts';

/**
 * Builds the app only when it is missing or older than its sources (as `npm start` does): once
 * for the origin root (dist-app/), and once for the sub-path tests, since asset URLs are absolute;
 * and the device page (dist-device/).
 */
export default async function globalSetup() {
  const log = (line: string) => console.log(line);
  await ensureAppBuilt(log);
  await ensureAppBuilt(log, SUBPATH_APP);
  await ensureAppBuilt(log, FOLDER_APP);
  // The web device page (dev/device-page), for e2e/device-*.spec.ts.
  await ensureDevicePageBuilt(log);
  await rm(SCREENS_DIR, { recursive: true, force: true });
}
