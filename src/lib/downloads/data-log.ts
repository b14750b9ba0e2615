/**
 * Every data file's history from one `git log` over the data folder, the same entries that
 * readHistory's `git log --follow` gives file by file. One log per file walked the whole history
 * once per file, and compared each file's first commit with every file in the tree to find what
 * it was copied or renamed from: at 1,000 datasets and 100 commits, a minute of the build.
 *
 * What `--follow` does, and so what this does: walk the main line (first parents) newest first,
 * listing each commit that changed the path. At the commit that created the path, git compares that
 * commit with its first parent across the whole tree, finding copies among unchanged files too
 * (`--find-copies-harder`); if the path was renamed or copied from another, the walk goes on with
 * that other path. Here the creations are asked about together, one `git diff-tree` per round for
 * all of them, and a creation's answer is taken from it only where it is provably the one `--follow`
 * would give; the rest are asked of `--follow` itself, one commit deep.
 */
import { END, FOLLOW_LOG, historyArgs, parseHistory, publisherSubject, RECORD, UNIT, type GitBatchRunner, type GitRunner, type HistoryEntry } from './git-history.ts';

/** One commit of the main line that changed something in the data folder. */
interface LoggedCommit {
  commit: string;
  /** Its first parent; null for the first commit of the repository. */
  parent: string | null;
  date: string;
  subject: string;
  /** Each path it changed, from the repository root, with its status: A added, M modified, D deleted, T type. */
  changes: ReadonlyMap<string, string>;
}

/** The data folder's log: commits newest first, and for each path the commits that changed it. */
interface DataLog {
  commits: readonly LoggedCommit[];
  /** Indices into `commits`, ascending (newest first). */
  touching: ReadonlyMap<string, readonly number[]>;
}

const HASH = /^[0-9a-f]{40}$/;

/** The one `git log` over `dir` (relative to the runner's folder): renames not detected, each path as it was. */
function dataLogArgs(dir: string): string[] {
  return [
    'log',
    '--no-color',
    '--no-show-signature',
    // Paths from the repository's root, whatever diff.relative says, as --follow gives them.
    '--no-relative',
    '--first-parent',
    '--no-renames',
    '--name-status',
    '-z',
    `--format=${RECORD}%H${UNIT}%P${UNIT}%cI${UNIT}%s${UNIT}%b${END}`,
    '--',
    dir,
  ];
}

/** The commits of a dataLogArgs log, or null when git gave nothing. */
function parseDataLog(out: string | null): DataLog | null {
  if (out === null) return null;
  const commits: LoggedCommit[] = [];
  const touching = new Map<string, number[]>();
  // A record starts where the separator is followed by a hash (a message may hold the separator);
  // the changes follow the record's last END, as NUL-separated status and path pairs.
  for (const record of out.split(new RegExp(`${RECORD}(?=[0-9a-f]{40}${UNIT})`))) {
    const end = record.lastIndexOf(END);
    if (end < 0) continue;
    const [commit = '', parents = '', date = '', subject = '', ...body] = record.slice(0, end).split(UNIT);
    if (!HASH.test(commit)) continue;
    const tokens = record.slice(end + 1).split('\0');
    const changes = new Map<string, string>();
    for (let k = 0; k < tokens.length; k++) {
      const status = tokens[k]!.trim();
      if (!/^[ACDMRTUX]/.test(status)) continue;
      const path = tokens[++k];
      if (path !== undefined && path !== '') changes.set(path, status[0]!);
    }
    const index = commits.length;
    commits.push({ commit, parent: parents.split(' ')[0] || null, date, subject: publisherSubject(subject, body.join(UNIT)), changes });
    for (const path of changes.keys()) {
      const list = touching.get(path);
      if (list === undefined) touching.set(path, [index]);
      else list.push(index);
    }
  }
  return { commits, touching };
}

/** What the walk needs to know about a creation: where `--follow` goes on from it, or null for nowhere. */
type Creations = ReadonlyMap<string, string | null>;
const creationKey = (commit: string, path: string): string => `${commit}\0${path}`;

/** One file's walk through the log, resumable while creations are being asked about. */
interface Walk {
  /** The path being followed, from the repository root. */
  path: string;
  /** The index of the next commit to look at. */
  from: number;
  entries: HistoryEntry[];
}

/**
 * Walks on until the history ends (null) or a creation whose answer is not in `creations` is met
 * (its commit and path, asked about before the walk can go on). A commit is listed with the path
 * the file had then, as `git log --follow --name-only` names it.
 */
function walk(log: DataLog, state: Walk, creations: Creations): { commit: string; path: string } | null {
  for (;;) {
    const next = (log.touching.get(state.path) ?? []).find((index) => index >= state.from);
    if (next === undefined) return null;
    const { commit, parent, date, subject, changes } = log.commits[next]!;
    // The first commit has nothing to be copied from: git compares it with the empty tree.
    const created = changes.get(state.path) === 'A' && parent !== null;
    if (created && !creations.has(creationKey(commit, state.path))) {
      state.from = next;
      return { commit, path: state.path };
    }
    state.entries.push({ commit, date, subject, path: state.path });
    state.from = next + 1;
    const source = created ? creations.get(creationKey(commit, state.path))! : null;
    if (source !== null) state.path = source;
  }
}

/**
 * The arguments of the round's one `git diff-tree`, fed "<commit> <first parent>" lines: each
 * commit against its first parent, over the whole tree, copies sought among unchanged files too,
 * with no limit on the number of files compared (as `--follow`, which compares one file, never
 * reaches it).
 */
const COPIES_ARGS = ['diff-tree', '--stdin', '-r', '-z', '--name-status', '-C', '--find-copies-harder', '-l0'];

/** Per commit of a COPIES_ARGS output: each path's source, and whether the commit deleted or renamed any file. */
interface CommitCopies {
  sourceOf: Map<string, string>;
  removes: boolean;
}

function parseCopies(out: string): Map<string, CommitCopies> {
  const byCommit = new Map<string, CommitCopies>();
  let current: CommitCopies | undefined;
  const tokens = out.split('\0');
  for (let k = 0; k < tokens.length; k++) {
    const token = tokens[k]!.trim();
    if (HASH.test(token)) {
      current = { sourceOf: new Map(), removes: false };
      byCommit.set(token, current);
    } else if (current !== undefined && /^[RC]\d*$/.test(token)) {
      const source = tokens[++k]!;
      const target = tokens[++k]!;
      current.sourceOf.set(target, source);
      if (token[0] === 'R') current.removes = true;
    } else if (current !== undefined && /^[ADMTUX]\d*$/.test(token)) {
      k++;
      if (token === 'D') current.removes = true;
    }
  }
  return byCommit;
}

/**
 * `--follow` itself, at one commit: what it found the path renamed or copied from. Asked only where
 * the commit also removed files: git then first pairs removed files with new ones, each removed file
 * once, so with several new files after the same removed one the pairing of all of them together
 * can differ from the pairing of one alone, which is what `--follow` does.
 */
const followOneArgs = (commit: string, path: string): string[] => [...FOLLOW_LOG, '--name-status', '--format=%H', '-n', '1', commit, '--', `:(top,literal)${path}`];

/** The source followOneArgs found for `path`: a path, null for none, undefined when its output cannot be read. */
function parseFollowOne(out: string | null, path: string): string | null | undefined {
  if (out === null) return undefined;
  for (const line of out.split('\n')) {
    const [status = '', ...paths] = line.split('\t');
    // A quoted name (a control character in it) cannot be matched back reliably.
    if (paths.some((p) => p.startsWith('"'))) return undefined;
    if (/^[RC]\d*$/.test(status) && paths[1] === path) return paths[0]!;
    if (/^A$/.test(status) && paths[0] === path) return null;
  }
  return undefined;
}

/** How the data log is read: one git command, a command with standard input, and many commands at once. */
export interface DataLogGit {
  run: GitRunner;
  batch: GitBatchRunner;
}

/**
 * Each file's history (paths relative to the runner's folder, all under `dir`), entry for entry what
 * readHistory gives. A file the data log cannot follow (its history leads outside `dir`, or git's
 * answer could not be read) gets readHistory's own `git log --follow`, all of them in one batch.
 */
export function readDataHistories(git: DataLogGit, dir: string, files: readonly string[]): Map<string, HistoryEntry[]> {
  const histories = new Map<string, HistoryEntry[]>();
  const prefix = git.run(['rev-parse', '--show-prefix'])?.trim() ?? '';
  const log = parseDataLog(git.run(dataLogArgs(dir)));
  const logged = `${prefix}${dir.replace(/\/?$/, '/')}`;
  const alone: string[] = log === null ? [...files] : [];
  const walks = new Map(log === null ? [] : files.map((file) => [file, { path: `${prefix}${file}`, from: 0, entries: [] } as Walk]));
  const creations = new Map<string, string | null>();
  // What git diff-tree said of each commit asked about: a later round may meet the same commit.
  const copiesOf = new Map<string, CommitCopies>();
  // Creations whose answer cannot be used here: the files that meet one are read whole by --follow.
  const unanswered = new Set<string>();
  const parentOf = new Map(log?.commits.map(({ commit, parent }) => [commit, parent]));

  while (log !== null && walks.size > 0) {
    const asked = new Map<string, { commit: string; path: string }>();
    for (const [file, state] of walks) {
      const need = walk(log, state, creations);
      if (need === null) {
        histories.set(file, state.entries);
        walks.delete(file);
      } else if (unanswered.has(creationKey(need.commit, need.path))) {
        walks.delete(file);
        alone.push(file);
      } else {
        asked.set(creationKey(need.commit, need.path), need);
      }
    }
    const answer = (key: string, source: string | null | undefined) => {
      if (source === undefined || (source !== null && !source.startsWith(logged))) unanswered.add(key);
      else creations.set(key, source);
    };
    const commits = [...new Set([...asked.values()].map(({ commit }) => commit))].filter((commit) => !copiesOf.has(commit));
    const out = commits.length === 0 ? '' : git.run(COPIES_ARGS, commits.map((commit) => `${commit} ${parentOf.get(commit)}\n`).join(''));
    for (const [commit, copies] of parseCopies(out ?? '')) copiesOf.set(commit, copies);
    const recheck: { key: string; commit: string; path: string }[] = [];
    for (const [key, { commit, path }] of asked) {
      const found = copiesOf.get(commit);
      const source = found?.sourceOf.get(path);
      if (found === undefined) answer(key, undefined);
      else if (source === undefined) answer(key, null);
      else if (found.removes) recheck.push({ key, commit, path });
      else answer(key, source);
    }
    const rechecked = git.batch(recheck.map(({ commit, path }) => followOneArgs(commit, path)));
    recheck.forEach(({ key, path }, k) => answer(key, parseFollowOne(rechecked[k] ?? null, path)));
  }

  const outputs = git.batch(alone.map(historyArgs));
  alone.forEach((file, k) => histories.set(file, parseHistory(outputs[k] ?? null, file)));
  return histories;
}
