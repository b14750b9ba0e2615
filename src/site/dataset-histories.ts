/**
 * The datasets' changelogs, read from git once per build (portal-git.ts: one `git log` over data/
 * and one `git cat-file --batch`). What a changelog says lives in src/lib/downloads/dataset-history.ts;
 * this module only hands it the build's git.
 */
import { datasetHistory, historyFiles, historySubject, lastUpdated, type DatasetHistory, type GitSource, type LastUpdated } from '../lib/downloads/dataset-history.ts';
import type { Dataset } from '../lib/contract/portal-types.ts';
import { thisBuild } from './build-context.ts';
import { getDatasets } from './portal-data.ts';
import { portalGitSource } from './portal-git.ts';

export interface DatasetHistories {
  /** Git in the portal's folder, its blobs read once each, and whether its history can be trusted. */
  git: GitSource;
  /** The dataset's changelog. */
  of(dataset: Dataset): DatasetHistory;
  /** When the dataset last changed, and how that is known. */
  lastUpdated(dataset: Dataset): LastUpdated | null;
}

/** Every dataset's history, read ahead in one batch when the clone has its whole history. */
export async function getHistories(): Promise<DatasetHistories> {
  const build = await thisBuild();
  return build.once('histories', async () => {
    const git = portalGitSource(build.root, (await getDatasets()).flatMap((dataset) => historyFiles(historySubject(dataset))));
    const histories = new Map<string, DatasetHistory>();
    const of = (dataset: Dataset): DatasetHistory => {
      let history = histories.get(dataset.id);
      if (history === undefined) {
        history = datasetHistory(git, historySubject(dataset));
        histories.set(dataset.id, history);
      }
      return history;
    };
    return { git, of, lastUpdated: (dataset: Dataset) => lastUpdated(of(dataset), dataset.descriptor) };
  });
}
