/**
 * Seconds the build spends on the parts issue 19 asked to see apart, for `npm run bench`, which
 * runs the build in its own process and prints them after it. They are kept on globalThis because
 * the build's pages run as modules of their own, apart from the script that started the build.
 * Each part's figure is the sum, over the files of that kind, of the time from starting one to
 * having its bytes: a file made while the main thread waits on another (a workbook between its
 * steps, a PNG drawn on a worker thread) may overlap other work, so the parts need not add up to
 * the build.
 */
export const BUILD_PARTS = ['git history', 'XLSX', 'portal ZIP', 'PNG'] as const;
export type BuildPart = (typeof BUILD_PARTS)[number];
export type BuildTimings = Partial<Record<BuildPart, number>>;

const KEY = Symbol.for('quang-tri-portal.build-timings');
const holder = globalThis as { [KEY]?: BuildTimings };

/** The seconds measured so far in this process, by part. */
export const buildTimings = (): BuildTimings => (holder[KEY] ??= {});

const add = (part: BuildPart, since: number) => {
  const timings = buildTimings();
  timings[part] = (timings[part] ?? 0) + (performance.now() - since) / 1000;
};

/** `make()`, its time added to `part`'s. */
export function timed<T>(part: BuildPart, make: () => T): T {
  const since = performance.now();
  try {
    return make();
  } finally {
    add(part, since);
  }
}

/** `make()`, awaited, its time until its result added to `part`'s. */
export async function timedAsync<T>(part: BuildPart, make: () => T | Promise<T>): Promise<T> {
  const since = performance.now();
  try {
    return await make();
  } finally {
    add(part, since);
  }
}
