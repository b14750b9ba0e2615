/**
 * The git history of a portal's data files, read once: one `git log` over data/ for every file
 * (lib/downloads/data-log.ts), then one `git cat-file --batch` for the bytes of every version, so
 * that the build and `npm run validate` read history at a cost that grows with the commits, not
 * with the files times the commits.
 */
import { readDataHistories } from '../lib/downloads/data-log.ts';
import type { GitSource } from '../lib/downloads/dataset-history.ts';
import { historyState, readHistory } from '../lib/downloads/git-history.ts';
import { DATA_DIR } from '../lib/validate/portal.ts';
import { nodeGitBatch, nodeGitBlobReader, nodeGitBlobsReader, nodeGitRunner } from './node-git.ts';

/** Git in the portal's folder `root`, with the histories of `files` (relative to it) and their versions' bytes read ahead. */
export function portalGitSource(root: string, files: readonly string[]): GitSource {
  const run = nodeGitRunner(root);
  const state = historyState(run);
  const logs = state === 'complete' ? readDataHistories({ run, batch: nodeGitBatch(root) }, DATA_DIR, files) : new Map();
  // The bytes of every version, read in one batch, by "commit:path"; anything else is read when asked for.
  const blobs = nodeGitBlobsReader(root)([...logs.values()].flat());
  const readBlob = nodeGitBlobReader(root);
  return {
    state,
    log: (file) => logs.get(file) ?? readHistory(run, file),
    blob: (commit, path) => {
      const key = `${commit}:${path}`;
      if (!blobs.has(key)) blobs.set(key, readBlob(commit, path));
      return blobs.get(key)!;
    },
  };
}
