/**
 * The real GitRunner: the one place in src/lib/downloads that runs a process. Build code creates
 * it and passes it to readHistory and friends, which stay pure.
 */
import { execFileSync } from 'node:child_process';
import type { GitRunner } from './git-history.ts';

/** Room for an old version of a large CSV; execFileSync's default (1 MB) would cut it off. */
const MAX_OUTPUT = 256 * 1024 * 1024;

/**
 * Runs git in `cwd` and returns its output as UTF-8, or null on any failure (git not installed,
 * not a repository, an unknown revision), so a build without git still succeeds.
 */
export function nodeGitRunner(cwd: string): GitRunner {
  return (args) => {
    try {
      return execFileSync('git', args, {
        cwd,
        encoding: 'utf8',
        maxBuffer: MAX_OUTPUT,
        stdio: ['ignore', 'pipe', 'ignore'],
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
