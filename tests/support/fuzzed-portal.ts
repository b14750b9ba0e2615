/**
 * The portal the `fuzzed` test site is built from (extra-sites.ts): the repository's data/ with the
 * first spoilt file, in the fuzz test's seeded order, that still validates cleanly. What validate
 * accepts, the build must build; `fuzzed.json` beside data/ says which file was changed and how.
 */
import { cpSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { validatePortal } from '../../src/lib/validate/portal.ts';
import { memoryFiles, readDataFolder } from './memory-files.ts';
import { FUZZ_SEED, FUZZ_TODAY, spoil, spoiltFile } from './mutations.ts';
import { REPO_ROOT } from './repo-root.ts';

/** How many spoilt cases are tried for one that validates cleanly (a few in a hundred do). */
const TRIES = 2000;

export function writeFuzzedPortal(root: string): void {
  cpSync(join(REPO_ROOT, 'data'), join(root, 'data'), { recursive: true });
  const real = readDataFolder(root, ['data/articles']);
  for (const spoilt of fc.sample(spoiltFile, { seed: FUZZ_SEED, numRuns: TRIES })) {
    const { files, path } = spoil(real, spoilt);
    const bytes = files.get(path)!;
    if (Buffer.compare(Buffer.from(bytes), Buffer.from(real.get(path)!)) === 0) continue;
    if (validatePortal(memoryFiles(files), FUZZ_TODAY).problems.length > 0) continue;
    writeFileSync(join(root, ...path.split('/')), bytes);
    writeFileSync(join(root, 'fuzzed.json'), JSON.stringify({ path, mutations: spoilt[1] }, null, 2));
    return;
  }
  throw new Error(`none of ${TRIES} spoilt cases (seed ${FUZZ_SEED}) validated cleanly`);
}
