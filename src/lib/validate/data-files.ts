/**
 * The file system as the validator sees it: read-only, addressed by repository-relative paths with
 * forward slashes. Passed in, so the checks never touch a disk they were not given and can never write
 * (src/site/disk-files.ts reads the real one).
 */
export interface DataFiles {
  /** The file's bytes, or undefined when there is no such file. */
  read(path: string): Uint8Array | undefined;
  /** Entries of a folder (empty when it does not exist). */
  list(path: string): { name: string; isFolder: boolean }[];
  /** The path with links resolved, relative to the root; undefined when it does not exist. */
  resolve(path: string): string | undefined;
}
