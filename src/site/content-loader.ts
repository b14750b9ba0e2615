/**
 * Content-layer loaders for the site's collections, all fed by one validation of data/. Invalid data
 * stops the build with the validator's own report, so a site is never built from it. In `astro dev`
 * the loaders watch data/ and refresh the collections after each change that leaves it valid; while
 * it is invalid the dev server shows the problems instead of pages (dev-data-check.ts).
 */
import { randomUUID } from 'node:crypto';
import { join, relative } from 'node:path';
import { z } from 'astro/zod';
import { DataPackage, Resource, Source } from '../lib/contract/data-package.ts';
import { DatasetId } from '../lib/contract/ids.ts';
import { Aim, Area, Pillar, Resolution, Target, TargetNote, Unit } from '../lib/contract/reference.ts';
import { SiteConfig } from '../lib/contract/site.ts';
import { readAims, readTargetNotes } from '../lib/progress/target-notes.ts';
import type { Portal } from '../lib/contract/portal-types.ts';
import { validatePortal } from '../lib/validate/portal.ts';
import { reportLines } from '../lib/validate/report.ts';
import { BuildInfo } from './build-info.ts';
import { buildDay } from './build-day.ts';
import { diskFiles } from './disk-files.ts';

/** Thrown when data/ has problems; its message is the validator's report. */
export class InvalidDataError extends Error {
  override name = 'InvalidDataError';
}

/** Validates data/ under `root` and returns it typed, or throws InvalidDataError listing every problem. */
export function loadPortal(root: string, today: string): Portal {
  const result = validatePortal(diskFiles(root), today);
  if (!result.portal) throw new InvalidDataError(`data/ has problems; the site is not built from invalid data.\n${reportLines(result).join('\n')}`);
  return result.portal;
}

/**
 * A build validates data/ once: the integration does it before Astro builds anything, and hands the
 * result to the loaders here, which take it once; any later load (a dev server's, after a change)
 * validates afresh. Astro loads the config and the content config as separate module instances, so
 * the hand-over is on globalThis.
 */
const HANDED_OVER = Symbol.for('quang-tri-portal.validated-portal');
type HandOver = { root: string; today: string; portal: Portal };
const handOvers = globalThis as { [HANDED_OVER]?: HandOver };

/** loadPortal, keeping its result for the loaders of this build (validate-integration.ts). */
export function loadPortalForBuild(root: string, today: string): Portal {
  const portal = loadPortal(root, today);
  handOvers[HANDED_OVER] = { root, today, portal };
  return portal;
}

/** The portal validated before the build for this folder and day, taken once; else validated now. */
function takeOrLoadPortal(root: string, today: string): Portal {
  const handed = handOvers[HANDED_OVER];
  delete handOvers[HANDED_OVER];
  return handed?.root === root && handed.today === today ? handed.portal : loadPortal(root, today);
}

const CellValue = z.union([z.string(), z.number(), z.boolean(), z.null()]);
const DatasetEntry = z.object({
  id: DatasetId,
  dir: z.string(),
  descriptor: DataPackage,
  indicators: z.array(z.object({ resource: Resource, rows: z.array(z.record(z.string(), CellValue)) })),
});
// The optional aims (aims.csv) ride with the site entry: a collection of its own would be empty, and warned about, in most portals.
const SiteEntry = z.object({
  site: SiteConfig,
  resolution: Resolution,
  province: z.array(Area),
  referenceSources: z.array(Source),
  aims: z.array(Aim),
  /** The files under data/ that validation read: all the whole-portal ZIP may hold. */
  dataFiles: z.array(z.string()),
  build: BuildInfo,
});
/** The one `site` entry as pages read it (portal-data.ts getSiteData). */
export type SiteEntryData = z.infer<typeof SiteEntry>;

interface Store {
  clear(): void;
  set(entry: { id: string; data: Record<string, unknown> }): boolean;
}
interface Watcher {
  add(path: string): unknown;
  on(event: 'all', listener: (event: string, path: string) => void): unknown;
}
interface LoaderContext {
  store: Store;
  parseData<T extends Record<string, unknown>>(props: { id: string; data: T }): Promise<T>;
  logger: { error(message: string): void };
  /** Only in `astro dev`. */
  watcher?: Watcher;
}

/** Editors write a file in several steps; one reload after the last of them is enough. */
const SETTLE_MS = 150;

/** One loader per collection; the data is read and validated once for all of them. */
export function portalCollections(root: string) {
  // One load of data/, with the day it was validated as of and a revision of its own: the build
  // context (build-context.ts) keys its caches by it, so nothing computed from one load serves another.
  let loaded: { portal: Portal; build: BuildInfo } | undefined;
  const get = () => {
    if (loaded === undefined) {
      const day = buildDay();
      loaded = { portal: takeOrLoadPortal(root, day), build: { root, day, revision: randomUUID() } };
    }
    return loaded;
  };
  const dataDir = join(root, 'data');
  // In dev: each collection's refill, by name, all run once per settled change under data/.
  const refills = new Map<string, () => Promise<void>>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const dataChanged = (path: string) => {
    if (relative(dataDir, path).startsWith('..')) return;
    clearTimeout(timer);
    timer = setTimeout(() => {
      loaded = undefined;
      for (const refill of refills.values()) void refill();
    }, SETTLE_MS);
  };
  const loader = <S extends z.ZodType>(name: string, schema: S, entries: (p: Portal, build: BuildInfo) => { id: string; data: Record<string, unknown> }[]) => ({
    name: `portal-${name}`,
    schema,
    load: async ({ store, parseData, watcher, logger }: LoaderContext) => {
      const fill = async () => {
        const { portal, build } = get();
        const list = entries(portal, build);
        store.clear();
        for (const entry of list) store.set({ id: entry.id, data: await parseData(entry) });
      };
      if (!watcher) return fill();
      // Dev: invalid data keeps the last valid entries; the dev server lists the problems meanwhile.
      const refill = () =>
        fill().catch((error: unknown) => {
          if (!(error instanceof InvalidDataError)) logger.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
        });
      refills.set(name, refill);
      watcher.add(dataDir);
      watcher.on('all', (_event, path) => dataChanged(path));
      await refill();
    },
  });
  return {
    site: loader('site', SiteEntry, (p, build) => [{ id: 'site', data: { site: p.site, resolution: p.resolution, province: p.province, referenceSources: p.referenceSources, aims: readAims(diskFiles(root)), dataFiles: p.dataFiles, build } }]),
    pillars: loader('pillars', Pillar, (p) => p.pillars.map((x) => ({ id: x.id, data: x }))),
    targets: loader('targets', Target, (p) => p.targets.map((x) => ({ id: x.id, data: x }))),
    areas: loader('areas', Area, (p) => p.areas.map((x) => ({ id: `${x.code}@${x.valid_from}`, data: x }))),
    units: loader('units', Unit, (p) => p.units.map((x) => ({ id: x.code, data: x }))),
    datasets: loader('datasets', DatasetEntry, (p) => p.datasets.map((x) => ({ id: x.id, data: { ...x } }))),
    // Optional plain-words notes (target-notes.csv), read once data/ is known to be valid.
    targetNotes: loader('target-notes', TargetNote, () => readTargetNotes(diskFiles(root)).map((x) => ({ id: x.id, data: x }))),
  };
}
