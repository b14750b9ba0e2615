/**
 * The content collections as the pages read them: sorted, filtered to the tracked resolution, and
 * typed by the loader's schemas (the shapes of src/lib/contract). Pages call these and hand plain
 * data to components.
 */
import { getCollection, getEntry } from 'astro:content';
import type { Source } from '../lib/contract/data-package.ts';
import type { Area, Pillar, Target, Unit } from '../lib/contract/reference.ts';
import { datasetIndicators, type Indicator } from '../lib/indicators/model.ts';
import type { Dataset } from '../lib/contract/portal-types.ts';
import { thisBuild } from './build-context.ts';
import type { SiteEntryData } from './content-loader.ts';

/** The one `site` entry: the portal's identity, the resolution it tracks and the reference sources, as the loader's schema types it. */
export type SiteData = SiteEntryData;

export async function getSiteData(): Promise<SiteData> {
  const entry = await getEntry('site', 'site');
  if (entry === undefined) throw new Error('The "site" collection has no entry "site": is data/site.json there?');
  return entry.data;
}

/** Pillars in the order the goals page shows them. */
export async function getPillars(): Promise<Pillar[]> {
  const entries = await getCollection('pillars');
  return entries.map((e) => e.data).sort((a, b) => a.order - b.order);
}

/** The targets of one resolution, in their order within each pillar. */
export async function getTargets(resolutionId: string): Promise<Target[]> {
  const entries = await getCollection('targets');
  return entries
    .map((e) => e.data)
    .filter((target) => target.resolution === resolutionId)
    .sort((a, b) => a.order - b.order);
}

/** Units by code. */
export async function getUnits(): Promise<Map<string, Unit>> {
  const entries = await getCollection('units');
  return new Map(entries.map((e) => [e.data.code, e.data]));
}

/**
 * Every dataset, by id, read and sorted once per build: pages share the list, since reading the
 * collection and sorting it on each of the thousands of dataset and indicator pages made the build
 * grow with the square of the number of datasets.
 */
export async function getDatasets(): Promise<Dataset[]> {
  return (await thisBuild()).once('datasets', () =>
    getCollection('datasets').then((entries) => entries.map((e) => e.data).sort((a, b) => a.id.localeCompare(b.id))),
  );
}

/** The source a reference row cites, or undefined when the id is unknown. */
export const findSource = (sources: readonly Source[], id: string): Source | undefined =>
  sources.find((source) => source.id === id);

/** Areas by code. */
export async function getAreas(): Promise<Area[]> {
  const entries = await getCollection('areas');
  return entries.map((e) => e.data);
}

/** Every indicator of every dataset, built once per build: pages share the result. */
export async function getIndicators(): Promise<Indicator[]> {
  return (await thisBuild()).once('indicators', async () => {
    const [{ province }, datasets, areas, units, targets] = await Promise.all([
      getSiteData(),
      getDatasets(),
      getAreas(),
      getCollection('units').then((entries) => entries.map((e) => e.data)),
      getCollection('targets').then((entries) => entries.map((e) => e.data)),
    ]);
    const context = { areas, units, targets, province };
    return datasets.flatMap((dataset) => datasetIndicators(dataset, context));
  });
}
