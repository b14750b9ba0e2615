// Debian's Chromium, driven through playwright-core: test tools' own browser downloads do not work
// on these machines.
// - The browser tests share one Chromium "headless shell" (`apt-get install -y
//   chromium-headless-shell`, the same Chromium without the browser's interface, what Playwright
//   itself runs headless), started once by the e2e global setup (e2e-setup.ts) with launchServer;
//   each test file connects to it (e2e.ts). Measured, each browser test file alone: the full
//   browser in its headless mode spent 2 to 8 times the CPU of the shell (search.test.ts 27 s
//   against 6.5 s, all the browser tests 218 s against 55 s), on a machine with 2 cores.
// - Lighthouse runs the full browser (/usr/bin/chromium; `apt-get install -y chromium`), as
//   Lighthouse advises, so that its scores are those a reader's Chrome would get.
import { existsSync } from 'node:fs';
import { chromium, type BrowserServer } from 'playwright-core';

export const CHROMIUM_PATH = '/usr/bin/chromium';
export const HEADLESS_SHELL_PATH = '/usr/bin/chromium-headless-shell';

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

/** One headless shell, with a fresh temporary profile, that test files reach at its wsEndpoint(). */
export function launchBrowserServer(): Promise<BrowserServer> {
  if (!existsSync(HEADLESS_SHELL_PATH)) {
    throw new Error(`the browser tests need ${HEADLESS_SHELL_PATH}: sudo apt-get install -y chromium-headless-shell`);
  }
  return chromium.launchServer({ executablePath: HEADLESS_SHELL_PATH, args: CHROMIUM_ARGS });
}
