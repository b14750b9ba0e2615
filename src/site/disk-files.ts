/** The portal's folder on disk, as the validator reads it (the shape is src/lib/validate/data-files.ts's DataFiles). */
import { lstatSync, readdirSync, readFileSync, realpathSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { DataFiles } from '../lib/validate/data-files.ts';

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
