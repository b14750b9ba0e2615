/**
 * What the describing sheets of a dataset's workbook hold, as plain rows: the columns, the
 * metadata and the sources. Kept apart from exceljs so that the content reads as data.
 */
import type { Field, MissingValue } from '../contract/table-schema.ts';
import type { Locale } from '../contract/site.ts';
import type { Dataset } from '../portal-types.ts';
import { workbookLabels, type CodeLabel } from './workbook-labels.ts';

/** A cell: a value, an empty cell (null), or a link shown as its text. */
export type SheetValue = string | number | boolean | null | { text: string; hyperlink: string };

export interface SheetRows {
  header: string[];
  rows: SheetValue[][];
}

/** The text in the reader's language, falling back to the other one when it is missing. */
const pick = (locale: Locale, vi: string | undefined, en: string | undefined): string | null =>
  (locale === 'vi' ? (vi ?? en) : (en ?? vi)) ?? null;

const link = (url: string): SheetValue => ({ text: url, hyperlink: url });

function codes(field: Field, locale: Locale): string | null {
  if (!field.categories) return null;
  return field.categories.map((c) => `${c.value} = ${locale === 'vi' ? c.label : c.label_en}`).join('; ');
}

/**
 * What an empty cell in the column stands for. Every declared missing value becomes an empty cell
 * in the workbook, so all their meanings are listed; a required column is never empty.
 */
function emptyMeans(field: Field, missingValues: readonly MissingValue[], locale: Locale): string | null {
  if (field.constraints?.required || missingValues.length === 0) return null;
  return missingValues.map((m) => (locale === 'vi' ? m.label : m.label_en)).join(' / ');
}

/** One row per column of every data sheet: its titles, type, unit, description and codes. */
export function columnRows(dataset: Dataset, sheetNames: readonly string[], locale: Locale, codeLabel?: CodeLabel): SheetRows {
  const l = workbookLabels[locale].columns;
  const header = [l.sheet, l.field, l.titleVi, l.titleEn, l.type, l.unit, l.description, l.codes, l.emptyMeans];
  const rows = dataset.indicators.flatMap(({ resource }, k) =>
    resource.schema.fields.map((field): SheetValue[] => [
      sheetNames[k] ?? resource.name,
      field.name,
      field.title,
      field.title_en,
      field.type,
      field.unit === undefined ? null : (codeLabel?.('unit', field.unit) ?? field.unit),
      pick(locale, field.description, field.description_en),
      codes(field, locale),
      emptyMeans(field, resource.schema.missingValues, locale),
    ]),
  );
  return { header, rows };
}

/** The dataset's metadata, one property a row. */
export function metadataRows(dataset: Dataset, locale: Locale, pageUrl?: string, codeLabel?: CodeLabel): SheetRows {
  const l = workbookLabels[locale].metadata;
  const d = dataset.descriptor;
  const publisher = d.contributors.find((c) => c.roles.includes('publisher'));
  const others = d.contributors.filter((c) => c !== publisher);
  const licences = d.licenses.map((x) => (x.path ? `${x.title} (${x.path})` : x.title)).join('; ');
  const rows: SheetValue[][] = [
    [l.id, d.name],
    [l.titleVi, d.title],
    [l.titleEn, d.title_en],
    [l.description, pick(locale, d.description, d.description_en)],
    [l.version, d.version],
    [l.created, d.created ?? null],
    [l.publisher, publisher?.title ?? null],
    [l.contributors, others.length ? others.map((c) => `${c.title} (${c.roles.join(', ')})`).join('; ') : null],
    [l.licence, licences],
    [l.pillars, d.pillars.map((p) => codeLabel?.('pillar', p) ?? p).join('; ')],
    [l.keywords, d.keywords.join('; ')],
  ];
  if (pageUrl !== undefined) rows.push([l.page, link(pageUrl)]);
  return { header: [l.property, l.value], rows };
}

/** One row per source, with its date, address, provenance, confidence and note. */
export function sourceRows(dataset: Dataset, locale: Locale, codeLabel?: CodeLabel): SheetRows {
  const l = workbookLabels[locale].sources;
  const header = [l.id, l.title, l.publisher, l.date, l.url, l.provenance, l.confidence, l.note];
  const rows = dataset.descriptor.sources.map((s): SheetValue[] => [
    s.id,
    s.title,
    s.publisher,
    // YYYY-MM-DD text, as in the descriptor: unambiguous in either language, and it sorts.
    s.date ?? null,
    link(s.path),
    codeLabel?.('provenance', s.provenance) ?? s.provenance,
    codeLabel?.('confidence', s.confidence) ?? s.confidence,
    pick(locale, s.note, s.note_en),
  ]);
  return { header, rows };
}
