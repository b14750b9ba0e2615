import { afterEach, describe, expect, it, vi } from 'vitest';
import * as portalModule from '../../src/lib/validate/portal.ts';
import { loadPortalForBuild, portalCollections } from '../../src/site/content-loader.ts';
import { buildDay } from '../../src/site/build-day.ts';
import { REPO_ROOT } from '../support/repo-root.ts';

vi.mock('../../src/lib/validate/portal.ts', { spy: true });

/** What the "site" loader stores, through a store and parser that keep entries as given. */
async function loadSite(root: string) {
  const entries: { id: string; data: Record<string, unknown> }[] = [];
  await portalCollections(root).site.load({
    store: { clear: () => entries.splice(0), set: (entry) => entries.push(entry) > 0 },
    parseData: async ({ data }) => data,
    logger: { error: () => {} },
  });
  return entries;
}

describe('one validation of data/ per build', () => {
  afterEach(() => vi.mocked(portalModule.validatePortal).mockClear());

  it('builds the pages from the validation run before the build, and validates afresh after it', async () => {
    const portal = loadPortalForBuild(REPO_ROOT, buildDay());
    expect(portalModule.validatePortal).toHaveBeenCalledTimes(1);
    const [site] = await loadSite(REPO_ROOT);
    expect(portalModule.validatePortal).toHaveBeenCalledTimes(1);
    expect((site!.data as { site: unknown }).site).toBe(portal.site);
    // The hand-over is taken once: a later load (a dev server's after a change) reads data/ again.
    await loadSite(REPO_ROOT);
    expect(portalModule.validatePortal).toHaveBeenCalledTimes(2);
  });

  it('validates for the loaders when nothing was validated before them', async () => {
    await loadSite(REPO_ROOT);
    expect(portalModule.validatePortal).toHaveBeenCalledTimes(1);
  });
});
