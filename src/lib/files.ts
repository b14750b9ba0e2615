/**
 * The file system as the validator sees it: read-only, addressed by repository-relative paths with
 * forward slashes. Passed in, so the checks never touch a disk they were not given and can never write.
 */
import { lstatSync, readdirSync, readFileSync, realpathSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export interface DataFiles {
  /** The file's bytes, or undefined when there is no such file. */
  read(path: string): Uint8Array | undefined;
  /** Entries of a folder (empty when it does not exist). */
  list(path: string): { name: string; isFolder: boolean }[];
  /** The path with links resolved, relative to the root; undefined when it does not exist. */
  resolve(path: string): string | undefined;
}

/** Files under `root` on disk. */
export function diskFiles(root: string): DataFiles {
  const abs = (path: string) => join(root, ...path.split('/'));
  const realRoot = realpathSync(root);
  return {
    read(path) {
      try {
        if (!lstatSync(abs(path)).isFile() && !lstatSync(abs(path)).isSymbolicLink()) return undefined;
        return readFileSync(abs(path));
      } catch {
        return undefined;
      }
    },
    list(path) {
      try {
        return readdirSync(abs(path), { withFileTypes: true }).map((e) => ({ name: e.name, isFolder: e.isDirectory() }));
      } catch {
        return [];
      }
    },
    resolve(path) {
      try {
        return relative(realRoot, realpathSync(abs(path))).split(sep).join('/');
      } catch {
        return undefined;
      }
    },
  };
}
