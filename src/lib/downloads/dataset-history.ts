/**
 * A dataset's changelog, read from git: every commit that changed one of its CSV files or its
 * descriptor, with the rows each file gained, lost and changed, the package version it carried, and
 * the files as they were then (each kept downloadable at a permanent address).
 *
 * History is only read. When git is missing or the clone is shallow, the changelog is empty and
 * says why (`state`), and the build goes on.
 */
import type { HistoryEntry, HistoryState } from './git-history.ts';
import type { Dataset } from '../contract/portal-types.ts';
import { diffTables, EMPTY_TABLE, keyedTable, type RowChanges } from './diff-rows.ts';

/**
 * The bytes of a file at a commit (`git cat-file blob <commit>:<path>`, the path from the
 * repository root), or null when git cannot give them. Bytes, not text: a past version is served
 * exactly as it was committed.
 */
export type BlobReader = (commit: string, path: string) => Uint8Array | null;

/** What the history is read with: each file's commits, its blobs, and what git can be trusted to show. */
export interface GitSource {
  /** The commits that changed a file (relative to the portal's folder), newest first, as readHistory gives them. */
  log: (filePath: string) => HistoryEntry[];
  blob: BlobReader;
  state: HistoryState;
}

/** The part of a dataset the history needs: its folder and its tables with their keys. */
export interface HistorySubject {
  /** The dataset's folder, relative to the git runner's working folder, e.g. "data/datasets/dti". */
  dir: string;
  resources: readonly { name: string; path: string; primaryKey: readonly string[] }[];
}

/** The files whose history a dataset's changelog reads, relative to the portal's folder: its tables, then its descriptor. */
export const historyFiles = (subject: HistorySubject): string[] => [...subject.resources.map(({ path }) => `${subject.dir}/${path}`), `${subject.dir}/${DESCRIPTOR}`];

/** What a dataset's changelog reads: its folder, and each table's name, file and primary key. */
export const historySubject = (dataset: Pick<Dataset, 'dir' | 'indicators'>): HistorySubject => ({
  dir: dataset.dir,
  resources: dataset.indicators.map(({ resource }) => ({ name: resource.name, path: resource.path, primaryKey: resource.schema.primaryKey })),
});

/** One file changed by a commit. */
export interface FileChange extends Partial<RowChanges> {
  /** The resource's name, or "datapackage" for the descriptor. */
  resource: string;
  /** The file's path at that commit, from the repository root (it may have been renamed since). */
  path: string;
  /** Its name within the dataset's folder at that commit: the last part of its permanent address. */
  file: string;
  /** False when the commit deleted the file: nothing to download. */
  exists: boolean;
  /** Data rows in this version, for a CSV. */
  rows?: number;
}

/** One commit in a dataset's changelog. */
export interface DatasetVersion {
  /** The full commit hash. */
  commit: string;
  /** The commit's date, ISO 8601 with the committer's offset. */
  date: string;
  /** The first line of the commit message. */
  subject: string;
  /** The descriptor's `version` at that commit, or null when it had none that could be read. */
  version: string | null;
  /** The files the commit changed, CSV files in the order of the dataset's resources, then the descriptor. */
  files: FileChange[];
  /** Rows added, removed and changed across all the commit's CSV files. */
  added: number;
  removed: number;
  changed: number;
  /** Their periods, each once, sorted: what the changelog names ("2 figures added: 2024, 2025"). */
  periods: RowChanges['periods'];
}

export interface DatasetHistory {
  state: HistoryState;
  /** Newest first; empty unless `state` is "complete". */
  versions: DatasetVersion[];
}

const DESCRIPTOR = 'datapackage.json';

/** The file's name within the dataset's folder, or its last path segment when it lay elsewhere. */
function nameInFolder(path: string, dir: string): string {
  const prefix = `${dir.replace(/^\.\/|\/+$/g, '')}/`;
  const clean = path.replace(/^\.\//, '');
  return clean.startsWith(prefix) ? clean.slice(prefix.length) : (clean.split('/').at(-1) ?? clean);
}

const decoder = new TextDecoder('utf-8');
const text = (bytes: Uint8Array | null): string | null => (bytes === null ? null : decoder.decode(bytes));

/** The `version` of a descriptor's text, or null when it is not JSON or has none. */
function descriptorVersion(json: string | null): string | null {
  if (json === null) return null;
  try {
    const version = (JSON.parse(json) as { version?: unknown }).version;
    return typeof version === 'string' ? version : null;
  } catch {
    return null;
  }
}

interface Touch {
  entry: HistoryEntry;
  change: FileChange;
  /** The descriptor's version, for a descriptor commit. */
  version?: string | null;
}

/**
 * Each version of one CSV, oldest first, compared with the one before it. One `git log` and one
 * blob per version: the cost grows with the number of versions, never with the number of rows.
 */
function csvTouches(git: GitSource, dir: string, resource: HistorySubject['resources'][number]): Touch[] {
  const history = git.log(`${dir}/${resource.path}`).reverse();
  let before = EMPTY_TABLE;
  return history.map((entry) => {
    const content = text(git.blob(entry.commit, entry.path));
    const after = content === null ? EMPTY_TABLE : keyedTable(content, resource.primaryKey);
    const change: FileChange = {
      resource: resource.name,
      path: entry.path,
      file: nameInFolder(entry.path, dir),
      exists: content !== null,
      ...diffTables(before, after),
      rows: after.rows.size,
    };
    before = after;
    return { entry, change };
  });
}

function descriptorTouches(git: GitSource, dir: string): Touch[] {
  return git.log(`${dir}/${DESCRIPTOR}`)
    .reverse()
    .map((entry) => {
      const content = text(git.blob(entry.commit, entry.path));
      const change: FileChange = { resource: 'datapackage', path: entry.path, file: nameInFolder(entry.path, dir), exists: content !== null };
      return { entry, change, version: descriptorVersion(content) };
    });
}

/**
 * The dataset's changelog, newest first. Commits are ordered by date (git's own order within one
 * file); the package version of a commit that changed only a CSV is the one its descriptor had then.
 */
export function datasetHistory(git: GitSource, subject: HistorySubject): DatasetHistory {
  if (git.state !== 'complete') return { state: git.state, versions: [] };
  const touches = [...subject.resources.flatMap((r) => csvTouches(git, subject.dir, r)), ...descriptorTouches(git, subject.dir)];

  const byCommit = new Map<string, { entry: HistoryEntry; files: FileChange[]; version?: string | null; order: number }>();
  for (const touch of touches) {
    let version = byCommit.get(touch.entry.commit);
    if (version === undefined) {
      version = { entry: touch.entry, files: [], order: byCommit.size };
      byCommit.set(touch.entry.commit, version);
    }
    version.files.push(touch.change);
    if (touch.version !== undefined) version.version = touch.version;
  }

  const oldestFirst = [...byCommit.values()].sort(
    (a, b) => Date.parse(a.entry.date) - Date.parse(b.entry.date) || a.order - b.order,
  );
  let currentVersion: string | null = null;
  const versions = oldestFirst.map(({ entry, files, version }): DatasetVersion => {
    if (version !== undefined) currentVersion = version;
    const sum = (key: 'added' | 'removed' | 'changed') => files.reduce((total, f) => total + (f[key] ?? 0), 0);
    const periodsOf = (key: 'added' | 'removed' | 'changed') => [...new Set(files.flatMap((f) => f.periods?.[key] ?? []))].sort();
    return {
      commit: entry.commit,
      date: entry.date,
      subject: entry.subject,
      version: currentVersion,
      files,
      added: sum('added'),
      removed: sum('removed'),
      changed: sum('changed'),
      periods: { added: periodsOf('added'), removed: periodsOf('removed'), changed: periodsOf('changed') },
    };
  });
  return { state: git.state, versions: versions.reverse() };
}

/** How "last updated" was established: the data's own history, the newest source, or the package's creation. */
export type UpdatedBasis = 'history' | 'sources' | 'created';

export interface LastUpdated {
  /** YYYY-MM-DD. */
  date: string;
  basis: UpdatedBasis;
}

/**
 * When the dataset last changed: the day of its newest commit (in the committer's time zone) or,
 * without history, the newest of its sources' dates, or else the day its package was created.
 */
export function lastUpdated(
  history: DatasetHistory,
  descriptor: { sources: readonly { date?: string }[]; created?: string },
): LastUpdated | null {
  const newest = history.versions[0];
  if (newest !== undefined) return { date: newest.date.slice(0, 10), basis: 'history' };
  const sourceDates = descriptor.sources.flatMap((s) => (s.date === undefined ? [] : [s.date])).sort();
  const latest = sourceDates.at(-1);
  if (latest !== undefined) return { date: latest, basis: 'sources' };
  if (descriptor.created !== undefined) return { date: descriptor.created.slice(0, 10), basis: 'created' };
  return null;
}
