/**
 * Every downloadable file of one build, by address, each made once. The endpoint that serves a file
 * and the page that prints its size and SHA-256 both ask this store, so the numbers on the page are
 * computed from the very bytes served and cannot drift from them.
 */
import { describeFile } from './checksum.ts';
import type { Download } from './linked-data.ts';

/** A file the build can produce: where it is served, what it is, and how to make its bytes. */
export interface FileSpec {
  /** Its address from the site's root, e.g. "/downloads/dti/dti-rank.csv". */
  url: string;
  /** Its media type, e.g. "text/csv". */
  format: string;
  /** The file name a reader saves it as; the address's last part when omitted. */
  name?: string;
  /** Makes the bytes; called at most once per build. */
  make: () => Uint8Array | Promise<Uint8Array>;
}

export interface FileStore {
  /** Every file, in the order given. */
  readonly specs: readonly FileSpec[];
  /** The file at this address, or undefined. */
  get(url: string): FileSpec | undefined;
  /** The file's bytes, made on first request and kept until released. */
  bytes(url: string): Promise<Uint8Array>;
  /** Whether the file's bytes have been asked for (and so are made, being made, or released). */
  started(url: string): boolean;
  /** The file's address, media type, size and SHA-256, from the same bytes `bytes` returns. */
  describe(url: string): Promise<Download>;
  /**
   * Lets go of the file's bytes once they are written out, keeping their description: a page
   * written later still lists the size and checksum without the file being made again, and a
   * build of many datasets does not hold every file it has written.
   */
  release(url: string): Promise<void>;
}

/** The Content-Type a file is served with: text types (CSV, JSON, XML, SVG) say they are UTF-8. */
export const contentType = (format: string): string =>
  format.startsWith('text/') || /[/+](json|xml)$/.test(format) ? `${format}; charset=utf-8` : format;

/** A store of the given files; two files at one address are a mistake in the caller and throw. */
export function fileStore(specs: Iterable<FileSpec>): FileStore {
  const list = [...specs];
  const byUrl = new Map<string, FileSpec>();
  for (const spec of list) {
    if (byUrl.has(spec.url)) throw new Error(`fileStore: two files would be served at ${spec.url}`);
    byUrl.set(spec.url, spec);
  }
  const made = new Map<string, Promise<Uint8Array>>();
  const asked = new Set<string>();
  const spec = (url: string): FileSpec => {
    const found = byUrl.get(url);
    if (found === undefined) throw new Error(`fileStore: no file is served at ${url}`);
    return found;
  };
  const bytes = async (url: string): Promise<Uint8Array> => {
    let promise = made.get(url);
    if (promise === undefined) {
      const { make } = spec(url);
      promise = Promise.resolve().then(make);
      made.set(url, promise);
      asked.add(url);
    }
    return promise;
  };
  const described = new Map<string, Promise<Download>>();
  const describe = (url: string): Promise<Download> => {
    let promise = described.get(url);
    if (promise === undefined) {
      const { format, name } = spec(url);
      promise = bytes(url).then((made) => ({ url, format, ...describeFile(made), ...(name === undefined ? {} : { name }) }));
      described.set(url, promise);
    }
    return promise;
  };
  return {
    specs: list,
    get: (url) => byUrl.get(url),
    bytes,
    started: (url) => asked.has(url),
    describe,
    async release(url) {
      await describe(url);
      made.delete(url);
    },
  };
}
