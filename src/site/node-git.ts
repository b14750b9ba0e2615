/**
 * The real GitRunner: the one place in src/lib/downloads that runs a process. Build code creates
 * it and passes it to readHistory and friends, which stay pure.
 */
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import type { GitRunner } from '../lib/downloads/git-history.ts';

/** Room for an old version of a large CSV; execFileSync's default (1 MB) would cut it off. */
const MAX_OUTPUT = 256 * 1024 * 1024;

/**
 * Runs git in `cwd` and returns its output as UTF-8, or null on any failure (git not installed,
 * not a repository, an unknown revision), so a build without git still succeeds.
 */
export function nodeGitRunner(cwd: string): GitRunner {
  return (args, input) => {
    try {
      return execFileSync('git', args, {
        cwd,
        encoding: 'utf8',
        maxBuffer: MAX_OUTPUT,
        ...(input === undefined ? {} : { input }),
        stdio: [input === undefined ? 'ignore' : 'pipe', 'pipe', 'ignore'],
        // No pager, no prompts, and the same output whatever the user's configuration says.
        env: { ...process.env, GIT_PAGER: 'cat', GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' },
      });
    } catch {
      return null;
    }
  };
}

/**
 * Reads a file's bytes at a commit with `git cat-file blob`, which gives the blob exactly as
 * committed (no text conversion, no line-end filters), or null when git cannot.
 */
export function nodeGitBlobReader(cwd: string): (commit: string, path: string) => Uint8Array | null {
  return (commit, path) => {
    try {
      const bytes = execFileSync('git', ['cat-file', 'blob', `${commit}:${path}`], {
        cwd,
        maxBuffer: MAX_OUTPUT,
        stdio: ['ignore', 'pipe', 'ignore'],
        env: { ...process.env, GIT_PAGER: 'cat', GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' },
      });
      return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    } catch {
      return null;
    }
  };
}

const quote = (arg: string): string => `'${arg.replace(/'/g, `'\\''`)}'`;

/**
 * Runs many git commands from one small shell, each exactly as nodeGitRunner would run it, and
 * gives each one's output (null when it failed). Starting a process from the build's large Node
 * process is what costs: one per data file made the build's history reading grow with the portal
 * at a tenth of a second or more a file on a busy machine. Falls back to one process per command
 * when no shell can be started.
 */
export function nodeGitBatch(cwd: string): (commands: readonly string[][]) => (string | null)[] {
  return (commands) => {
    if (commands.length === 0) return [];
    // Each command's output is followed by a marker and its exit status. Output written with -z
    // holds NULs, so the marker is a NUL and a token made for this batch, which no output holds.
    const token = `\0${randomUUID()}:`;
    const script = commands.map((args) => `git ${args.map(quote).join(' ')} </dev/null; printf '\\0${token.slice(1)}%d\\n' $?`).join('\n');
    let out: string;
    try {
      out = execFileSync('sh', ['-s'], {
        cwd,
        input: script,
        encoding: 'utf8',
        maxBuffer: MAX_OUTPUT,
        stdio: ['pipe', 'pipe', 'ignore'],
        env: { ...process.env, GIT_PAGER: 'cat', GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' },
      });
    } catch {
      const one = nodeGitRunner(cwd);
      return commands.map((args) => one(args));
    }
    const outputs: (string | null)[] = [];
    let at = 0;
    for (let k = 0; k < commands.length; k++) {
      const marker = out.indexOf(token, at);
      const end = out.indexOf('\n', marker);
      if (marker === -1 || end === -1) return [...outputs, ...commands.slice(k).map((args) => nodeGitRunner(cwd)(args))];
      outputs.push(out.slice(marker + token.length, end) === '0' ? out.slice(at, marker) : null);
      at = end + 1;
    }
    return outputs;
  };
}

/**
 * Reads many blobs, `commit:path` each, with one `git cat-file --batch`, and gives the same bytes
 * (or null) as nodeGitBlobReader would, by "commit:path". Paths the batch cannot name exactly (a
 * line break in them, or relative to the working folder) are read one by one.
 */
export function nodeGitBlobsReader(cwd: string): (wanted: readonly { commit: string; path: string }[]) => Map<string, Uint8Array | null> {
  const single = nodeGitBlobReader(cwd);
  return (wanted) => {
    const found = new Map<string, Uint8Array | null>();
    const batchable = (path: string) => !path.includes('\n') && !path.startsWith('./') && !path.startsWith('../');
    const names = [...new Set(wanted.filter((w) => batchable(w.path)).map((w) => `${w.commit}:${w.path}`))];
    let out: Buffer | null = null;
    if (names.length > 0) {
      try {
        out = execFileSync('git', ['cat-file', '--batch'], {
          cwd,
          input: `${names.join('\n')}\n`,
          maxBuffer: MAX_OUTPUT,
          stdio: ['pipe', 'pipe', 'ignore'],
          env: { ...process.env, GIT_PAGER: 'cat', GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' },
        });
      } catch {
        out = null;
      }
    }
    if (out !== null) {
      let at = 0;
      for (const name of names) {
        const end = out.indexOf(0x0a, at);
        if (end === -1) break;
        // "<oid> <type> <size>", or "<name> missing" (and the like) when there is no such object.
        const header = out.subarray(at, end).toString('utf8').split(' ');
        at = end + 1;
        const size = Number(header.at(-1));
        if (header.length !== 3 || !Number.isInteger(size)) {
          found.set(name, null);
          continue;
        }
        const bytes = out.subarray(at, at + size);
        at += size + 1;
        // `git cat-file blob` refuses anything but a blob.
        found.set(name, header[1] === 'blob' ? new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength) : null);
      }
    }
    for (const { commit, path } of wanted) {
      const key = `${commit}:${path}`;
      if (!found.has(key)) found.set(key, single(commit, path));
    }
    return found;
  };
}
