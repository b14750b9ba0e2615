/**
 * The rows a view shows, once: the table under the chart and the "CSV of this view" are both made
 * from them, so the download holds exactly the figures on screen, each with its source and date.
 */
import { pick, t, type Locale } from '../../i18n/translate.ts';
import type { Field } from '../contract/table-schema.ts';
import { formatNumber } from '../format.ts';
import { areaName, periodText, qualifyValue } from '../charts/labels.ts';
import { excelCsvText, neutraliseCell, quoteField } from '../downloads/csv-cells.ts';
import { categoryLabel, type Indicator, type Observation } from '../indicators/model.ts';
import { CHANGE_UNIT, type Change } from './change-since.ts';

export interface ViewTable {
  /** Column headings in the reader's language; `numeric` columns align right. */
  columns: { text: string; numeric: boolean }[];
  rows: {
    cells: string[];
    /** The row's figure has none: the table says so in words, not only with a dash. */
    missing: boolean;
    source: { name: string; href: string };
    note: string | null;
  }[];
}

const categoryText = (field: Field, code: string, locale: Locale) => {
  const label = categoryLabel(field, code);
  return pick(locale, label.vi, label.en);
};

const attributeText = (value: unknown, locale: Locale) => (typeof value === 'number' ? formatNumber(value, locale) : value === null || value === undefined ? '—' : String(value));

/** The figures shown, in time order, the tracked province's first within a period. */
export function viewTable(indicator: Indicator, observations: readonly Observation[], locale: Locale): ViewTable {
  const tr = t(locale);
  const unit = indicator.isRank ? '' : (indicator.unit.symbol ?? '');
  // A change names itself ("Thay đổi so với năm 2018, điểm"); a figure says its unit.
  const changeName = pick(locale, indicator.unit.name, indicator.unit.name_en);
  const valueHeader =
    indicator.unit.code === CHANGE_UNIT ? changeName.charAt(0).toLocaleUpperCase(locale) + changeName.slice(1) : unit ? `${tr('chart.value')} (${unit})` : indicator.isRank ? tr('chart.rank') : tr('chart.value');
  return {
    columns: [
      { text: tr('chart.period'), numeric: false },
      { text: tr('chart.area'), numeric: false },
      ...indicator.dimensions.map((d) => ({ text: pick(locale, d.title, d.title_en), numeric: false })),
      ...indicator.attributes.map((a) => ({ text: pick(locale, a.title, a.title_en), numeric: true })),
      { text: valueHeader, numeric: true },
      { text: tr('chart.source'), numeric: false },
    ],
    rows: observations.map((o) => ({
      cells: [
        periodText(o, locale),
        areaName(o.area, locale),
        ...indicator.dimensions.map((d) => categoryText(d, o.dims[d.name] ?? '', locale)),
        ...indicator.attributes.map((a) => attributeText(o.attributes[a.name], locale)),
        o.value === null ? '—' : qualifyValue(formatNumber(o.value, locale), o, locale, 'short'),
      ],
      missing: o.value === null,
      source: { name: pick(locale, o.source.publisher, o.source.publisher_en), href: o.source.path },
      note: o.note ? pick(locale, o.note.vi, o.note.en) : null,
    })),
  };
}

/**
 * The view's figures as CSV for a spreadsheet: the dataset's own column names and codes (so it
 * joins with the full download), the area's and source's names beside their codes, and each
 * figure's qualifiers and source date. Written like the site's "CSV for Excel": a byte order mark,
 * CRLF, quoting where needed and formula characters neutralised in text cells.
 */
export function viewCsv(indicator: Indicator, observations: readonly Observation[], changes?: { since: number; list: readonly Change[] }): string {
  // A change since a year keeps the published figure in `value`, beside the base year's figure and
  // the difference drawn: every number stays traceable to its source.
  const changeColumns = changes ? ['base_period', 'base_value', 'base_value_qualifier', `change_since_${changes.since}`, 'change_qualifier'] : [];
  const header = [
    'period', 'area', 'area_name', 'area_name_en',
    ...indicator.dimensions.map((d) => d.name),
    ...indicator.attributes.map((a) => a.name),
    'value', 'value_qualifier', 'period_qualifier', 'unit',
    ...changeColumns,
    'source', 'source_title', 'source_publisher', 'source_date', 'source_url',
  ];
  const numeric = new Set(['value', 'base_value', `change_since_${changes?.since}`, ...indicator.attributes.filter((a) => a.type === 'integer' || a.type === 'number').map((a) => a.name)]);
  const cells = (o: Observation, change?: Change) => [
    o.period.text, o.area.code, o.area.name, o.area.name_en,
    ...indicator.dimensions.map((d) => o.dims[d.name] ?? ''),
    ...indicator.attributes.map((a) => (o.attributes[a.name] === null || o.attributes[a.name] === undefined ? '' : String(o.attributes[a.name]))),
    o.value === null ? '' : String(o.value), o.valueQualifier ?? '', o.periodQualifier ?? '', indicator.unit.code,
    ...(change ? [change.base.period.text, String(change.base.value), change.base.valueQualifier ?? '', String(change.change.value), change.change.valueQualifier ?? ''] : []),
    o.source.id, o.source.title, o.source.publisher, o.source.date ?? '', o.source.path,
  ];
  const rows = changes ? changes.list.map((c) => cells(c.figure, c)) : observations.map((o) => cells(o));
  const line = (cells: string[], isHeader: boolean) =>
    cells.map((cell, k) => quoteField(neutraliseCell(cell, !isHeader && numeric.has(header[k]!) ? ({ name: header[k]!, type: 'number' } as Field) : undefined)));
  return excelCsvText([line(header, true), ...rows.map((r) => line(r, false))]);
}
