// Debian's Chromium, the one browser every test and benchmark drives (../shared/STACK.md): never a
// downloaded one. Headless as root needs --no-sandbox; the networking flags stop Chromium from
// calling out of a machine whose only network is loopback.
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
