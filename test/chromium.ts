import { playwright } from '@vitest/browser-playwright';

/** Debian's Chromium, never a downloaded one (see ../shared/STACK.md); one factory per project. */
export function chromium() {
  return playwright({
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  });
}
