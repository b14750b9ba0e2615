/**
 * The valid fixture portal (tests/fixtures/valid/) as DataFiles, with chosen files replaced by
 * fixtures from tests/fixtures/with-problems/, kept in memory so no test writes to disk.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { diskFiles } from '../../src/site/disk-files.ts';
import type { DataFiles } from '../../src/lib/validate/data-files.ts';
import { childrenOf } from './memory-files.ts';

export const VALID_ROOT = fileURLToPath(new URL('../fixtures/valid/', import.meta.url));
export const PROBLEMS_DIR = fileURLToPath(new URL('../fixtures/with-problems/', import.meta.url));

export const SAMPLE_DIR = 'data/datasets/sample-services';
export const SAMPLE_CSV = `${SAMPLE_DIR}/sample-share.csv`;
export const SAMPLE_PACKAGE = `${SAMPLE_DIR}/datapackage.json`;

/** Today, fixed, so that "a period in the future" means the same thing on every run. */
export const TODAY = '2026-11-26';

/** The valid portal with `replace[path]` read from the named fixture, and `add` files added. */
export function fixtureFiles(replace: Record<string, string> = {}, add: Record<string, string> = {}): DataFiles {
  const disk = diskFiles(VALID_ROOT);
  const overlay = new Map<string, Uint8Array>();
  for (const [path, fixture] of Object.entries(replace)) overlay.set(path, readFileSync(PROBLEMS_DIR + fixture));
  for (const [path, text] of Object.entries(add)) overlay.set(path, new TextEncoder().encode(text));
  return {
    read: (path) => overlay.get(path) ?? disk.read(path),
    list: (dir) => {
      const entries = disk.list(dir);
      for (const added of childrenOf(overlay.keys(), dir)) if (!entries.some((e) => e.name === added.name)) entries.push(added);
      return entries;
    },
    resolve: (path) => (overlay.has(path) ? path : disk.resolve(path)),
  };
}
