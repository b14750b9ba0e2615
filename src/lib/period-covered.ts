/** The period a dataset covers, as its catalogue entry and page print it. */
import type { Locale } from './contract/site.ts';
import { formatPeriod, periodRange } from './format.ts';

/**
 * "2023 – Quý I/2026" (or "2023 – Q1 2026"): the earliest and latest periods of the values, written
 * as readers write them; one period alone when they agree; null when there is none.
 */
export function periodCovered(values: readonly unknown[], locale: Locale): string | null {
  const range = periodRange(values);
  if (range === null) return null;
  const from = formatPeriod(range.from, locale);
  const to = formatPeriod(range.to, locale);
  return from === to ? from : `${from} – ${to}`;
}
