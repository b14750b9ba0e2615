// What validate accepts, the build builds: data/ with one file spoilt by the fuzz test's mutations
// (tests/support/fuzzed-portal.ts picks the first, in the seeded order, that still validates) is
// built like any portal, and its pages hold the changed file's figures.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect } from 'vitest';
import { EXTRA_SITE_TIMEOUT, extraSite, it } from '../support/e2e.ts';

describe('a portal spoilt by the fuzz test that still validates', () => {
  it(
    'builds, with its home page and the page of the dataset whose file was changed',
    async () => {
      const site = await extraSite('fuzzed');
      expect(site.ok, site.output).toBe(true);
      const { path } = JSON.parse(readFileSync(join(site.dir, '..', 'fuzzed.json'), 'utf8')) as { path: string };
      expect(readFileSync(join(site.dir, 'index.html'), 'utf8')).toContain('<main');
      const dataset = /^data\/datasets\/([^/]+)\//.exec(path)?.[1];
      if (dataset) expect(readFileSync(join(site.dir, 'data', dataset, 'index.html'), 'utf8')).toContain('<main');
    },
    EXTRA_SITE_TIMEOUT,
  );
});
