// Launches Debian's chromium (/usr/bin/chromium; `apt-get install -y chromium`) through
// playwright-core: test tools' own browser downloads do not work on these machines.
// chromium.launch gives every browser a fresh, temporary profile (user-data dir).
import { chromium, type Browser } from 'playwright-core';

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

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}
