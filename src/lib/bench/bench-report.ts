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
