/**
 * A data file's published versions, read from git. Git is an effect, so it comes in as a function
 * (see node-git.ts for the real one): tests pass a fixed runner, and a build without git, or
 * outside a repository, gets an empty history instead of an error.
 */

/**
 * Runs `git` with these arguments (and this standard input, if any) and returns its standard
 * output, or null when git is missing, the folder is not a repository, or the command fails.
 */
export type GitRunner = (args: string[], input?: string) => string | null;

/** Runs several git commands, one argument list each, and gives each one's output as GitRunner would. */
export type GitBatchRunner = (commands: readonly string[][]) => (string | null)[];

/** One commit that touched a file. */
export interface HistoryEntry {
  /** The full 40-character commit hash. */
  commit: string;
  /** When the commit was made, ISO 8601 with the committer's offset (git's %cI). */
  date: string;
  /** The first line of the commit message; for a pull request's merge commit, the pull request's title. */
  subject: string;
  /** The file's path at that commit, from the repository root (it may have been renamed since). */
  path: string;
}

// Separators that cannot occur in a hash, a date or a commit message.
export const RECORD = '\x1e';
export const UNIT = '\x1f';
/** Ends the commit's fields: the file names git lists after it are one a line. */
export const END = '\x1d';

/**
 * The commits that changed a file, newest first, following renames. One `git log` call, whatever
 * the number of commits. `filePath` is relative to the runner's working folder. In a shallow clone
 * the list stops at the clone's depth: check isShallow before calling it the file's whole history.
 */
export function readHistory(git: GitRunner, filePath: string): HistoryEntry[] {
  return parseHistory(git(historyArgs(filePath)), filePath);
}

/**
 * The arguments of readHistory's one `git log`, so that the logs of many files can run in one go
 * (nodeGitBatch), as data-log.ts does for the files it cannot follow itself.
 */
export function historyArgs(filePath: string): string[] {
  // The path literally ("a[1].csv" is no pattern), and the names NUL-terminated, never quoted.
  return [...FOLLOW_LOG, '--name-only', '-z', `--format=${RECORD}%H${UNIT}%cI${UNIT}%s${UNIT}%b${END}`, '--', `:(literal)${filePath}`];
}

/** `git log --follow` as the history reads it; data-log.ts asks the same when it needs --follow's own answer. */
export const FOLLOW_LOG: readonly string[] = [
  // Paths as UTF-8, not octal escapes, so a renamed Vietnamese file name can be shown back.
  '-c',
  'core.quotePath=false',
  'log',
  // The same output whatever the user's configuration asks for (colours, signatures).
  '--no-color',
  '--no-show-signature',
  '--follow',
  // The published history is the main line's: a pull request merged with a merge commit is one
  // version, its net change against the main line before it, and what was committed on its
  // branch along the way (a file saved wrongly, then fixed) is never a version of its own. Git
  // compares a merge with its first parent then, so the files it changed are listed.
  '--first-parent',
];

/** The entries of a `git log` run with historyArgs(filePath); none when git gave nothing. */
export function parseHistory(out: string | null, filePath: string): HistoryEntry[] {
  if (out === null) return [];
  const entries: HistoryEntry[] = [];
  // A commit's message is free text and may hold the separators: a record starts only where one is
  // followed by a hash, and the file names follow the record's last END, the one git wrote.
  for (const record of out.split(new RegExp(`${RECORD}(?=[0-9a-f]{40}${UNIT})`))) {
    const end = record.lastIndexOf(END);
    const head = end < 0 ? record : record.slice(0, end);
    const listed = end < 0 ? '' : record.slice(end + 1);
    const [commit = '', date = '', subject = '', ...body] = head.split(UNIT);
    if (!/^[0-9a-f]{40}$/.test(commit)) continue;
    // After the fields, git writes a NUL and a line break, then each name followed by a NUL.
    const names = listed.replace(/^\0\n/, '').split('\0');
    // A record that lists no name (git older than 2.31 compares no merge with its first parent): the
    // file kept its newer path.
    const path = names.find((n) => n.trim() !== '') ?? entries.at(-1)?.path ?? `./${filePath}`;
    entries.push({ commit, date, subject: publisherSubject(subject, body.join(UNIT)), path });
  }
  return entries;
}

/**
 * What the publisher wrote: GitHub titles a pull request's merge commit "Merge pull request #12
 * from owner/branch" and puts the pull request's own title on the next line of the message.
 */
export function publisherSubject(subject: string, body: string): string {
  if (!/^Merge pull request #\d+ from /.test(subject)) return subject;
  return body.split('\n').find((line) => line.trim() !== '')?.trim() ?? subject;
}

/** True when the repository is a shallow clone, whose history is cut short (CI checkouts often are). */
export function isShallow(git: GitRunner): boolean {
  return git(['rev-parse', '--is-shallow-repository'])?.trim() === 'true';
}

/** What the history of the data files can be trusted to show. */
export type HistoryState = 'complete' | 'shallow' | 'unavailable';

/** Whether git can give the whole history ("complete"), only part of it, or none at all. */
export function historyState(git: GitRunner): HistoryState {
  const answer = git(['rev-parse', '--is-shallow-repository'])?.trim();
  if (answer === 'true') return 'shallow';
  return answer === 'false' ? 'complete' : 'unavailable';
}
