/**
 * The datasets' changelogs, read from git once per build: one shell running every file's `git log`
 * and one `git cat-file --batch` for every version's bytes, instead of two processes per file. What
 * a changelog says lives in src/lib/downloads/dataset-history.ts; this module only runs git.
 */
import { datasetHistory, historySubject, lastUpdated, type DatasetHistory, type GitSource, type LastUpdated } from '../lib/downloads/dataset-history.ts';
import { answeringRunner, commandKey, historyArgs, historyState, parseHistory } from '../lib/downloads/git-history.ts';
import type { Dataset } from '../lib/contract/portal-types.ts';
import { thisBuild } from './build-context.ts';
import { nodeGitBatch, nodeGitBlobReader, nodeGitBlobsReader, nodeGitRunner } from './node-git.ts';
import { getDatasets } from './portal-data.ts';

export interface DatasetHistories {
  /** Git in the portal's folder, its blobs read once each, and whether its history can be trusted. */
  git: GitSource;
  /** The dataset's changelog. */
  of(dataset: Dataset): DatasetHistory;
  /** When the dataset last changed, and how that is known. */
  lastUpdated(dataset: Dataset): LastUpdated | null;
}

/** The paths of a dataset's files whose history its changelog reads: its CSV files, then its descriptor. */
const historyFiles = (dataset: Dataset): string[] => [
  ...dataset.indicators.map(({ resource }) => `${dataset.dir}/${resource.path}`),
  `${dataset.dir}/datapackage.json`,
];

/** Every dataset's history, read ahead in one batch when the clone has its whole history. */
export async function getHistories(): Promise<DatasetHistories> {
  const build = await thisBuild();
  return build.once('histories', async () => {
    const { root } = build;
    // Answers to git commands run ahead, and the blobs read so far, by "commit:path".
    const answers = new Map<string, string | null>();
    const blobs = new Map<string, Uint8Array | null>();
    const run = answeringRunner(nodeGitRunner(root), answers);
    const readBlob = nodeGitBlobReader(root);
    const blob = (commit: string, path: string) => {
      const key = `${commit}:${path}`;
      if (!blobs.has(key)) blobs.set(key, readBlob(commit, path));
      return blobs.get(key)!;
    };
    const git: GitSource = { run, blob, state: historyState(run) };

    if (git.state === 'complete') {
      const files = (await getDatasets()).flatMap(historyFiles);
      const commands = files.map(historyArgs);
      const outputs = nodeGitBatch(root)(commands);
      commands.forEach((args, k) => answers.set(commandKey(args), outputs[k]!));
      const wanted = files.flatMap((file, k) => parseHistory(outputs[k]!, file));
      for (const [key, bytes] of nodeGitBlobsReader(root)(wanted)) blobs.set(key, bytes);
    }

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
