import { rm } from 'node:fs/promises';
import { ensureAppBuilt } from '../scripts/start.mjs';
import { SCREENS_DIR } from './helpers';

/** Builds dist-app/ only when it is missing or older than its sources (as `npm start` does). */
export default async function globalSetup() {
  await ensureAppBuilt((line: string) => console.log(line));
  await rm(SCREENS_DIR, { recursive: true, force: true });
}
