/**
 * A portal held in memory as DataFiles: the validator reads it as it reads a disk, and nothing it
 * does can reach a disk. Used where a test changes files by the thousand (the fuzz test).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DataFiles } from '../../src/lib/validate/data-files.ts';

/** DataFiles over `files` (repository-relative paths, forward slashes). */
export function memoryFiles(files: ReadonlyMap<string, Uint8Array>): DataFiles {
  return {
    read: (path) => files.get(path),
    list: (dir) => childrenOf(files.keys(), dir),
    resolve: (path) => (files.has(path) || [...files.keys()].some((p) => p.startsWith(`${path}/`)) ? path : undefined),
  };
}

/** The entries directly in `dir` among file paths: a name with more below it is a folder. */
export function childrenOf(paths: Iterable<string>, dir: string): { name: string; isFolder: boolean }[] {
  const entries = new Map<string, boolean>();
  for (const path of paths) {
    if (!path.startsWith(`${dir}/`)) continue;
    const [name, ...deeper] = path.slice(dir.length + 1).split('/');
    entries.set(name!, (entries.get(name!) ?? false) || deeper.length > 0);
  }
  return [...entries].map(([name, isFolder]) => ({ name, isFolder }));
}

/** Every file under `root`/data, by its repository-relative path; `skip` leaves folders out (articles). */
export function readDataFolder(root: string, skip: readonly string[] = []): Map<string, Uint8Array> {
  const out = new Map<string, Uint8Array>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(join(root, dir), { withFileTypes: true })) {
      const path = `${dir}/${entry.name}`;
      if (skip.includes(path)) continue;
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile()) out.set(path, new Uint8Array(readFileSync(join(root, path))));
    }
  };
  walk('data');
  return out;
}
