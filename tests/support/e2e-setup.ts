/**
 * Global setup of the e2e project (vitest.config.ts): what every browser test shares, started
 * once before the first test file and stopped after the last. Test files reach it through
 * tests/support/e2e.ts.
 * - one static server over dist/ (the site `npm test` built just before);
 * - one chromium, to which each test file connects and opens its own contexts;
 * - the folder of the extra sites (tests/support/extra-sites.ts): the one scripts/test.sh is
 *   building them in (PORTAL_TEST_SITES), else a new one where a test builds what it asks for.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { launchBrowserServer } from './browser.ts';
import { serveDist } from './static-server.ts';

declare module 'vitest' {
  interface ProvidedContext {
    e2e: {
      /** Origin of the static server over dist/, e.g. http://127.0.0.1:41234 */
      siteUrl: string;
      /** Where test files connect to the shared chromium (playwright's chromium.connect). */
      browserEndpoint: string;
      /** The folder of this run's extra sites. */
      sitesDir: string;
    };
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const given = process.env.PORTAL_TEST_SITES;
  const sitesDir = given ?? mkdtempSync(join(tmpdir(), 'portal-test-sites-'));
  const server = await serveDist();
  const browser = await launchBrowserServer();
  project.provide('e2e', { siteUrl: server.url, browserEndpoint: browser.wsEndpoint(), sitesDir });
  return async () => {
    await browser.close();
    await server.close();
    if (!given) rmSync(sitesDir, { recursive: true, force: true });
  };
}
