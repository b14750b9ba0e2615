/**
 * One build's shared work. What many pages ask for (the datasets sorted, the indicators, the goals
 * assessed, the downloadable files, the git history) is computed once per load of data/ and kept
 * here, keyed by that load's revision: a dev server that reloads data/, or a second build in the
 * same process, starts from nothing instead of serving one load's results for another.
 */
import { getEntry } from 'astro:content';
import type { BuildInfo } from './build-info.ts';


export interface BuildContext extends BuildInfo {
  /** The value `make` gives, made once per load of data/ and shared by every page after. */
  once<T>(key: string, make: () => T): T;
}

/** The cache of the newest load only: an older load's pages are never rendered again. */
let cache: { revision: string; values: Map<string, unknown> } | undefined;

/** The build that is rendering this page. */
export async function thisBuild(): Promise<BuildContext> {
  const entry = await getEntry('site', 'site');
  if (entry === undefined) throw new Error('The "site" collection has no entry "site": is data/site.json there?');
  const info = entry.data.build;
  if (cache?.revision !== info.revision) cache = { revision: info.revision, values: new Map() };
  const { values } = cache;
  return {
    ...info,
    once<T>(key: string, make: () => T): T {
      if (!values.has(key)) values.set(key, make());
      return values.get(key) as T;
    },
  };
}
