// Launches Debian's chromium (/usr/bin/chromium; `apt-get install -y chromium`) through
// playwright-core: test tools' own browser downloads do not work on these machines.
// The browser tests share one chromium, started by the e2e global setup (e2e-setup.ts) with
// launchServer, to which each test file connects (e2e.ts); Lighthouse starts its own.
import { chromium, type BrowserServer } from 'playwright-core';

export const CHROMIUM_PATH = '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** One chromium, with a fresh temporary profile, that test files reach at its wsEndpoint(). */
export function launchBrowserServer(): Promise<BrowserServer> {
  return chromium.launchServer({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}
