/** The period a dataset covers, as its catalogue entry, its page and its linked data give it. */
import { t } from '../i18n/translate.ts';
import type { Locale } from './contract/site.ts';
import { PERIOD_QUALIFIER_COLUMN } from './contract/observation.ts';
import type { Dataset, Row } from './contract/portal-types.ts';
import { formatPeriod, periodRange } from './format.ts';

/**
 * The rows whose period is a period: a row whose source states no period holds the day it was
 * published instead (period_qualifier "not-stated"), which says nothing of the time it covers.
 */
export const statedPeriodRows = (dataset: Dataset): Row[] =>
  dataset.indicators.flatMap(({ rows }) => rows.filter((row) => row[PERIOD_QUALIFIER_COLUMN] !== 'not-stated'));

/**
 * "2023 – Quý I/2026" (or "2023 – Q1 2026"): the earliest and latest periods of the rows, written
 * as readers write them, "khoảng 2023" where the source dates that end only roughly; one period
 * alone when they agree; null when there is none.
 */
export function periodCovered(rows: readonly Row[], locale: Locale): string | null {
  const range = periodRange(rows.map((row) => row.period));
  if (range === null) return null;
  const written = (period: string) => {
    const rough = rows.some((row) => String(row.period) === period && row[PERIOD_QUALIFIER_COLUMN] === 'about');
    const text = formatPeriod(period, locale);
    return rough ? t(locale)('qualifier.period.about', { period: text }) : text;
  };
  const [from, to] = [written(range.from), written(range.to)];
  return from === to ? from : `${from} – ${to}`;
}
