/**
 * The progress summary: one row per target with its status, latest figure and target, in the
 * order the goals page lists them (by pillar). The page's table and the CSV download are both built
 * from these rows, so they can never disagree.
 */
import { pick, t, type Locale } from '../../i18n/translate.ts';
import type { Pillar } from '../contract/reference.ts';
import { excelCsvText, neutraliseCell, quoteField } from '../downloads/csv-cells.ts';
import { formatDate, formatQuantity } from '../format.ts';
import type { PeriodQualifier, ValueQualifier } from '../contract/observation.ts';
import { periodText, valueText } from '../charts/labels.ts';
import { STATUSES, type Status } from './index.ts';
import type { TargetProgress } from './assess-targets.ts';

export interface ProgressRow {
  targetId: string;
  /** The target in the resolution's words, in the row's language. */
  wording: string;
  pillarId: string;
  pillar: string;
  status: Status;
  /** Position in STATUSES (achieved first): what sorting by status orders by. */
  statusOrder: number;
  statusLabel: string;
  /** The latest published province-wide figure; null when there is none. */
  latest: {
    value: number;
    /** As printed: "7,09%", "hạng 55/63". */
    text: string;
    /** How the source qualifies the value ("over" 13,600), when not plainly. */
    valueQualifier: ValueQualifier | null;
    /** The period as written in the data, e.g. "2023", and as printed ("khoảng 2023"). */
    period: string;
    periodText: string;
    /** How the source dates the figure ("about"; "not-stated": `period` is then the day it was published). */
    periodQualifier: PeriodQualifier | null;
    /** Midpoint of the period in ms, for sorting. */
    time: number;
    /** The figure's source and the day it was published (null when undated). */
    sourceTitle: string;
    sourceUrl: string;
    sourceDate: string | null;
    sourceDateText: string | null;
    /** True when the figure predates a merger and is left out of the status's arithmetic. */
    leftOut: boolean;
  } | null;
  target: {
    value: number | null;
    /** "≥ 15%", or null when the resolution sets no number. */
    text: string | null;
    year: number;
    direction: 'at-least' | 'at-most' | null;
  };
  /** The unit symbol of the target (or of the indicator when the target has none). */
  unitSymbol: string | null;
  indicatorId: string | null;
}

export interface ProgressRowContext {
  locale: Locale;
  pillars: readonly Pillar[];
  /** Unit symbols by unit code (null for a unit printed without one, such as a rank). */
  unitSymbols: ReadonlyMap<string, string | null>;
}

/** One row per target, ordered by pillar then by the target's order. */
export function progressRows(progress: readonly TargetProgress[], ctx: ProgressRowContext): ProgressRow[] {
  const { locale } = ctx;
  const pillarOrder = new Map(ctx.pillars.map((p) => [p.id, p]));
  const rows = progress.map((p): ProgressRow & { sortKey: [number, number] } => {
    const { target, headline, indicator, latest } = p;
    const pillar = pillarOrder.get(target.pillar);
    const unitSymbol = target.unit !== null ? (ctx.unitSymbols.get(target.unit) ?? null) : (indicator?.unit.symbol ?? null);
    const sign = target.direction === 'at-most' ? '≤ ' : target.direction === 'at-least' ? '≥ ' : '';
    return {
      sortKey: [pillar?.order ?? Number.MAX_SAFE_INTEGER, target.order],
      targetId: p.id,
      wording: pick(locale, target.wording, target.wording_en),
      pillarId: target.pillar,
      pillar: pillar ? pick(locale, pillar.name, pillar.name_en) : target.pillar,
      status: headline.status,
      statusOrder: STATUSES.indexOf(headline.status),
      statusLabel: t(locale)(`status.${headline.status}`),
      latest:
        latest && indicator
          ? {
              value: latest.value,
              text: valueText(indicator, latest, locale),
              valueQualifier: latest.valueQualifier,
              period: latest.period.text,
              // The source's date has a column of its own: an unstated period need not repeat it.
              periodText: periodText(latest, locale, latest.source.date === latest.period.text),
              periodQualifier: latest.periodQualifier,
              time: latest.time,
              sourceTitle: latest.source.title,
              sourceUrl: latest.source.path,
              sourceDate: latest.source.date ?? null,
              sourceDateText: latest.source.date ? formatDate(latest.source.date, locale) : null,
              leftOut: p.latestLeftOut,
            }
          : null,
      target: {
        value: target.value,
        text: target.value === null ? null : `${sign}${formatQuantity(target.value, unitSymbol, locale)}`,
        year: target.year,
        direction: target.direction,
      },
      unitSymbol,
      indicatorId: indicator?.id ?? null,
    };
  });
  rows.sort((a, b) => a.sortKey[0] - b.sortKey[0] || a.sortKey[1] - b.sortKey[1]);
  return rows.map(({ sortKey: _, ...row }) => row);
}

/** The CSV's columns, in order; their headings come from the caller (UI strings). */
export const PROGRESS_CSV_COLUMNS = [
  'target_id',
  'target',
  'pillar',
  'status',
  'status_label',
  'latest_value_qualifier',
  'latest_value',
  'unit',
  'period',
  'period_qualifier',
  'source',
  'source_date',
  'target_value',
  'direction',
  'target_year',
  'indicator',
  'page',
] as const;
export type ProgressCsvColumn = (typeof PROGRESS_CSV_COLUMNS)[number];

/**
 * The rows as a CSV that Excel opens correctly (see src/lib/downloads/excel-csv.ts): UTF-8 with a
 * byte order mark, CRLF line ends, and text cells that could start a formula prefixed with '.
 * Numbers are written plainly (7.09), codes as codes (status "off-track"), dates as YYYY-MM-DD.
 */
export function progressCsv(rows: readonly ProgressRow[], headings: Record<ProgressCsvColumn, string>, pageUrl: (targetId: string) => string): string {
  const number = (x: number | null) => (x === null ? '' : String(x));
  const cells = (row: ProgressRow): Record<ProgressCsvColumn, { text: string; numeric: boolean }> => {
    const t = (text: string | null) => ({ text: text ?? '', numeric: false });
    const num = (x: number | null) => ({ text: number(x), numeric: true });
    return {
      target_id: t(row.targetId),
      target: t(row.wording),
      pillar: t(row.pillar),
      status: t(row.status),
      status_label: t(row.statusLabel),
      latest_value_qualifier: t(row.latest?.valueQualifier ?? null),
      latest_value: num(row.latest?.value ?? null),
      unit: t(row.unitSymbol),
      period: t(row.latest?.period ?? null),
      period_qualifier: t(row.latest?.periodQualifier ?? null),
      source: t(row.latest?.sourceTitle ?? null),
      source_date: t(row.latest?.sourceDate ?? null),
      target_value: num(row.target.value),
      direction: t(row.target.direction),
      target_year: num(row.target.year),
      indicator: t(row.indicatorId),
      page: t(pageUrl(row.targetId)),
    };
  };
  // Numbers are written by String() from numbers, so a leading "-" is a sign, not a formula.
  const safe = ({ text, numeric }: { text: string; numeric: boolean }) => quoteField(numeric ? text : neutraliseCell(text, undefined));
  const lines = [
    PROGRESS_CSV_COLUMNS.map((c) => safe({ text: headings[c], numeric: false })),
    ...rows.map((row) => {
      const c = cells(row);
      return PROGRESS_CSV_COLUMNS.map((k) => safe(c[k]));
    }),
  ];
  return excelCsvText(lines);
}
