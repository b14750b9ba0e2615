/**
 * Datasets for the download tests: the valid fixture portal's one dataset, and a copy whose texts
 * hold what a hostile or careless data file could (formula starts, markup, quotes).
 */
import type { Dataset } from '../../src/lib/contract/portal-types.ts';
import { validatePortal } from '../../src/lib/validate/portal.ts';
import { fixtureFiles, TODAY } from '../support/fixture-files.ts';

/** The fixture's sample-services dataset: one resource of shares by channel, one row missing its value. */
export function sampleDataset(): Dataset {
  const portal = validatePortal(fixtureFiles(), TODAY).portal;
  if (portal === null) throw new Error('the valid fixture portal no longer validates');
  return portal.datasets[0]!;
}

/** The sample with formula-like and markup-laden texts in its titles, sources and cells. */
export function hostileDataset(): Dataset {
  const dataset = structuredClone(sampleDataset());
  dataset.descriptor.title = '=HYPERLINK("http://evil.example","Bấm vào")';
  dataset.descriptor.sources[0]!.title = '+cmd|" /C calc"!A0';
  dataset.descriptor.sources[0]!.note = '@SUM(1+1)';
  const rows = dataset.indicators[0]!.rows;
  rows[0]!['channel'] = '-2+3';
  rows[1]!['value'] = -3.5;
  return dataset;
}
