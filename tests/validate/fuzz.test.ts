// The validator as trusted parsers are tested: the real data files, spoiled at random in the ways
// editors and spreadsheets spoil them (tests/support/mutations.ts), and for every case: validate
// never throws, every problem it prints is placed inside the file it names, and no file on disk
// changes. Seeded, so a failure replays: FUZZ_SEED=<seed> reruns a run, and fast-check prints the
// seed and path of a failing case. `npm run fuzz` runs many more cases than the suite does.
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validatePortal } from '../../src/lib/validate/portal.ts';
import { memoryFiles, readDataFolder } from '../support/memory-files.ts';
import { FUZZ_SEED, FUZZ_TODAY, spoil, spoiltFile } from '../support/mutations.ts';
import { REPO_ROOT } from '../support/real-portal.ts';

const RUNS = Number(process.env['FUZZ_RUNS'] ?? 300);
const SEED = Number(process.env['FUZZ_SEED'] ?? FUZZ_SEED);

const real = readDataFolder(REPO_ROOT, ['data/articles']);
const lenient = new TextDecoder();

/** The file's lines as the validator counts them (LF, CRLF or a lone CR), after a leading BOM. */
function linesOf(bytes: Uint8Array): string[] {
  const text = lenient.decode(bytes);
  return (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text).split(/\r\n|\n|\r/);
}

const digest = (files: ReadonlyMap<string, Uint8Array>) => {
  const hash = createHash('sha256');
  for (const [path, bytes] of [...files].sort(([a], [b]) => a.localeCompare(b))) hash.update(path).update(bytes);
  return hash.digest('hex');
};

describe('the validator, fuzzed with the real data files', () => {
  it(`never throws, and places every problem inside its file (${RUNS} cases, seed ${SEED})`, () => {
    const before = digest(readDataFolder(REPO_ROOT, ['data/articles']));
    let clean = 0;
    const problems = new Map<string, number>();
    fc.assert(
      fc.property(spoiltFile, (spoilt) => {
        const { files } = spoil(real, spoilt);
        const result = validatePortal(memoryFiles(files), FUZZ_TODAY);
        if (result.problems.length === 0) clean++;
        for (const p of result.problems) {
          // What the message says in its own words (quoted cells apart) never shows a missing value.
          expect(p.message.replace(/"[^"]*"/g, '""'), p.message).not.toMatch(/undefined|\[object Object\]|\bNaN\b/);
          expect(p.line).toBeGreaterThanOrEqual(1);
          expect(p.column).toBeGreaterThanOrEqual(1);
          const content = files.get(p.path);
          if (content === undefined) {
            // A folder, or a file that is missing: its first line.
            expect([p.line, p.column], `${p.path}: ${p.message}`).toEqual([1, 1]);
            continue;
          }
          const lines = linesOf(content);
          expect(p.line, `${p.path}:${p.line}:${p.column}: ${p.message}`).toBeLessThanOrEqual(lines.length);
          expect(p.column, `${p.path}:${p.line}:${p.column}: ${p.message}`).toBeLessThanOrEqual(lines[p.line - 1]!.length + 1);
          const kind = p.message.replace(/"[^"]*"|\d+/g, '…').slice(0, 60);
          problems.set(kind, (problems.get(kind) ?? 0) + 1);
        }
      }),
      { seed: SEED, numRuns: RUNS },
    );
    // The validator reads through DataFiles only; the real files are as they were.
    expect(digest(readDataFolder(REPO_ROOT, ['data/articles']))).toBe(before);
    // Most spoilt files are caught, and some mutations leave valid data (a harmless change).
    expect(problems.size).toBeGreaterThan(10);
    expect(clean).toBeLessThan(RUNS);
  }, RUNS * 250);
});
