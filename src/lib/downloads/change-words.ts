/**
 * What a version of a dataset changed, in the reader's language and made from the data itself
 * ("Thêm 1 số liệu (2020); phiên bản 1.0.0 → 1.1.0"), for the changelog and the home page. The
 * commit message is the publisher's own note, in whatever language they wrote it: pages show it
 * apart, labelled so, never as the description of the change.
 */
import { t, type Locale } from '../../i18n/translate.ts';
import { formatPeriod } from '../format.ts';
import type { DatasetVersion } from './dataset-history.ts';

/** Periods named before "and n other periods". */
const NAMED_PERIODS = 3;

function periodList(periods: readonly string[], locale: Locale): string {
  const named = periods.slice(0, NAMED_PERIODS).map((p) => formatPeriod(p, locale));
  const rest = periods.length - named.length;
  return rest > 0 ? `${named.join(', ')} ${t(locale)('data.change.morePeriods', { count: rest })}` : named.join(', ');
}

/** One line saying what `version` changed; `previous` is the version before it, if any. */
export function versionSummary(version: DatasetVersion, previous: DatasetVersion | undefined, locale: Locale): string {
  const tr = t(locale);
  const parts: string[] = [];
  const rows = [
    ['data.change.figuresAdded', version.added, version.periods.added],
    ['data.change.figuresChanged', version.changed, version.periods.changed],
    ['data.change.figuresRemoved', version.removed, version.periods.removed],
  ] as const;
  for (const [key, count, periods] of rows) if (count > 0) parts.push(tr(key, { count, periods: periodList(periods, locale) }));
  if (parts.length === 0) parts.push(tr('data.change.descriptionOnly'));
  const before = previous?.version ?? null;
  if (version.version !== null && version.version !== before) {
    parts.push(before === null ? tr('data.change.versionFirst', { to: version.version }) : tr('data.change.versionFrom', { from: before, to: version.version }));
  }
  const line = parts.join('; ');
  return line.charAt(0).toLocaleUpperCase(locale) + line.slice(1);
}
