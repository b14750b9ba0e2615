/**
 * The benchmark's arguments, its baseline project and its table: the pure parts of
 * scripts/bench.ts, which runs the phases and times them.
 */

/** The sizes run when none are given: the 10, 100 and 1,000 datasets. */
export const DEFAULT_SIZES = [10, 100, 1000];

/** A run's sizes from `--sizes 10,100`; throws with the usage on anything else. */
export function parseSizes(args: readonly string[]): number[] {
  const k = args.indexOf('--sizes');
  if (k === -1) return DEFAULT_SIZES;
  const sizes = (args[k + 1] ?? '').split(',').map((s) => Number(s.trim()));
  if (sizes.length === 0 || sizes.some((n) => !Number.isInteger(n) || n < 1)) {
    throw new Error(`--sizes expects whole numbers separated by commas, e.g. --sizes 10,100; got "${args[k + 1] ?? ''}"`);
  }
  return sizes;
}

/** A numbered option, e.g. `--per-commit 10`, or its default. */
export function numberOption(args: readonly string[], name: string, fallback: number): number {
  const k = args.indexOf(name);
  if (k === -1) return fallback;
  const value = Number(args[k + 1]);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} expects a whole number of at least 1; got "${args[k + 1] ?? ''}"`);
  return value;
}

/**
 * The files of the smallest Astro site with `pages` pages: one dynamic route whose getStaticPaths
 * lists them, each a heading and a paragraph. It is built in the same run as the portal and with the
 * same Astro, so the ratio between the two says what the portal's own work costs.
 */
export function minimalAstroProject(pages: number): Map<string, string> {
  const route = [
    '---',
    'export function getStaticPaths() {',
    `  return Array.from({ length: ${pages} }, (_, k) => ({ params: { page: String(k + 1) } }));`,
    '}',
    'const { page } = Astro.params;',
    '---',
    '<html lang="en"><head><meta charset="utf-8" /><title>Page {page}</title></head>',
    '<body><main><h1>Page {page}</h1><p>A minimal page, for comparison.</p></main></body></html>',
    '',
  ].join('\n');
  return new Map([
    ['package.json', `${JSON.stringify({ name: 'minimal-astro-baseline', private: true, type: 'module' })}\n`],
    ['src/pages/p/[page].astro', route],
  ]);
}

/** One size's measurements: seconds and megabytes as measured. */
export interface BenchRow {
  datasets: number;
  commits: number;
  pages: number;
  validateSeconds: number;
  buildSeconds: number;
  indexSeconds: number;
  peakMegabytes: number;
  baselineSeconds: number;
}

const fixed = (x: number, digits: number) => x.toFixed(digits);

/** The table the benchmark prints and the README records, in Markdown. */
export function benchTable(rows: readonly BenchRow[]): string {
  const head = '| datasets | commits | pages | validate s | build s | index s | ms/page | peak MB | minimal Astro s | ratio |';
  const rule = '|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|';
  const lines = rows.map((r) => {
    const total = r.validateSeconds + r.buildSeconds + r.indexSeconds;
    return `| ${[
      r.datasets,
      r.commits,
      r.pages,
      fixed(r.validateSeconds, 1),
      fixed(r.buildSeconds, 1),
      fixed(r.indexSeconds, 1),
      fixed((1000 * total) / r.pages, 1),
      Math.round(r.peakMegabytes),
      fixed(r.baselineSeconds, 1),
      fixed(r.buildSeconds / r.baselineSeconds, 1),
    ].join(' | ')} |`;
  });
  return [head, rule, ...lines].join('\n');
}

/** Issue 19's goal, at GOAL.datasets datasets on a 2-core machine. */
export const GOAL = {
  datasets: 1000,
  /** Validated, built and indexed within this many seconds. */
  seconds: 90,
  /** The three phases at most this many times the minimal Astro build of as many pages. */
  ratio: 8,
  /** The peak memory of any phase's processes. */
  megabytes: 2048,
  /** How much the cost per page may rise from one size to the next and still count as flat (timing noise). */
  flatTolerance: 0.1,
} as const;

/**
 * One line saying whether a run meets the goal: the total seconds, the ratio to the minimal build
 * and the peak memory at the largest size measured (the goal is stated at 1,000 datasets), and
 * whether the cost per page stays flat or falls as the sizes grow.
 */
export function benchVerdict(rows: readonly BenchRow[]): string {
  if (rows.length === 0) return 'Goal: nothing was measured.';
  const sorted = [...rows].sort((a, b) => a.datasets - b.datasets);
  const largest = sorted.at(-1)!;
  const total = (r: BenchRow) => r.validateSeconds + r.buildSeconds + r.indexSeconds;
  const perPage = (r: BenchRow) => (1000 * total(r)) / r.pages;
  const mark = (ok: boolean) => (ok ? 'met' : 'NOT met');
  const seconds = total(largest);
  const ratio = seconds / largest.baselineSeconds;
  const costs = sorted.map(perPage);
  const flat = costs.every((cost, k) => k === 0 || cost <= costs[k - 1]! * (1 + GOAL.flatTolerance));
  const checks = [
    `${fixed(seconds, 1)} s for validate, build and index (goal ≤ ${GOAL.seconds} s: ${mark(seconds <= GOAL.seconds)})`,
    `${fixed(ratio, 1)}× the minimal Astro build (≤ ${GOAL.ratio}×: ${mark(ratio <= GOAL.ratio)})`,
    `peak ${Math.round(largest.peakMegabytes)} MB (≤ ${GOAL.megabytes} MB: ${mark(largest.peakMegabytes <= GOAL.megabytes)})`,
    `${costs.map((c) => fixed(c, 1)).join(' → ')} ms a page (flat or falling: ${mark(flat)})`,
  ];
  const all = seconds <= GOAL.seconds && ratio <= GOAL.ratio && largest.peakMegabytes <= GOAL.megabytes && flat;
  const where = largest.datasets === GOAL.datasets ? `${GOAL.datasets} datasets` : `${largest.datasets} datasets (the goal is stated at ${GOAL.datasets})`;
  return `Goal at ${where}: ${checks.join('; ')}. ${all ? 'The goal is met.' : 'The goal is not met.'}`;
}
