/**
 * Files made ahead of the pages that need them. A file whose work runs off the main thread (a
 * chart's PNG, drawn by resvg on a worker thread) is otherwise made only when its page asks for it,
 * and the main thread then waits; started ahead, it is drawn on a spare core while the main thread
 * renders other pages. The bytes are the store's, whatever the order: only the timing changes.
 */
import type { FileStore } from './file-store.ts';

/**
 * Asks the store for each file's bytes in the order given, `parallel` at a time. A file a page has
 * already asked for is skipped, even once served and released, so that nothing is made twice; a
 * failure is left for the page that asks for the file to report, and the next file is started.
 */
export function makeAhead(store: Pick<FileStore, 'bytes' | 'started'>, urls: readonly string[], parallel: number): void {
  let next = 0;
  const startNext = (): void => {
    while (next < urls.length && store.started(urls[next]!)) next++;
    if (next >= urls.length) return;
    store.bytes(urls[next++]!).then(startNext, startNext);
  };
  for (let k = 0; k < Math.max(1, parallel); k++) startNext();
}
