/**
 * Each version of a data file with the rows it added, removed and changed: the history table of a
 * dataset page.
 */
import type { GitRunner, HistoryEntry } from './git-history.ts';
import { readHistory } from './git-history.ts';
import { diffTables, EMPTY_TABLE, keyedTable, type RowChanges } from './diff-rows.ts';

export interface VersionChange extends HistoryEntry, RowChanges {
  /** Data rows in this version (the header not counted). */
  rows: number;
}

/**
 * The row changes of each entry against the one before it (the oldest against nothing, so all its
 * rows count as added), newest first as the history is given.
 *
 * One `git show` per version: this is where the cost grows with a file's history, so it is kept
 * linear: each version is read and parsed once, and compared only with its predecessor, never
 * with every earlier version. A version git cannot show (the file deleted in that commit) is empty.
 */
export function versionChanges(git: GitRunner, history: readonly HistoryEntry[], primaryKey: readonly string[]): VersionChange[] {
  const changes: VersionChange[] = [];
  let before = EMPTY_TABLE;
  for (const entry of [...history].reverse()) {
    const text = git(['show', `${entry.commit}:${entry.path}`]);
    const after = text === null ? EMPTY_TABLE : keyedTable(text, primaryKey);
    changes.push({ ...entry, ...diffTables(before, after), rows: after.rows.size });
    before = after;
  }
  return changes.reverse();
}

/** A file's history with the row changes of each version: readHistory, then versionChanges. */
export function fileVersions(git: GitRunner, filePath: string, primaryKey: readonly string[]): VersionChange[] {
  return versionChanges(git, readHistory(git, filePath), primaryKey);
}
