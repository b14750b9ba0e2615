/**
 * What the describing sheets of a dataset's workbook hold, as plain rows: the columns, the
 * metadata and the sources. Kept apart from exceljs so that the content reads as data.
 */
import { emptyCellMeanings, fieldCategories } from './data-dictionary.ts';
import { besideOriginal, pick, t, type Locale } from '../../i18n/translate.ts';
import type { Field, MissingValue } from '../contract/table-schema.ts';
import type { Dataset } from '../contract/portal-types.ts';
import type { CodeLabel } from './workbook-labels.ts';

/** A cell: a value, an empty cell (null), or a link shown as its text. */
export type SheetValue = string | number | boolean | null | { text: string; hyperlink: string };

export interface SheetRows {
  header: string[];
  rows: SheetValue[][];
}

/**
 * An optional bilingual field in the reader's language; when it is given in one language only,
 * that one, so a cell is empty only when the descriptor says nothing.
 */
const optional = (locale: Locale, vi: string | undefined, en: string | undefined): string | null => {
  const either = vi ?? en;
  return either === undefined ? null : pick(locale, either, en);
};

const link = (url: string): SheetValue => ({ text: url, hyperlink: url });

function codes(field: Field, locale: Locale): string | null {
  const categories = fieldCategories(field);
  if (!categories) return null;
  return categories.map((c) => `${c.value} = ${pick(locale, c.label, c.label_en)}`).join('; ');
}

/**
 * What an empty cell in the column stands for. Every declared missing value becomes an empty cell
 * in the workbook, so all their meanings are listed; a required column is never empty.
 */
function emptyMeans(field: Field, missingValues: readonly MissingValue[], locale: Locale): string | null {
  const meanings = emptyCellMeanings(field, missingValues);
  if (field.constraints?.required || meanings.length === 0) return null;
  return meanings.map((m) => pick(locale, m.label, m.label_en)).join(' / ');
}

/** The headings of the columns and sources sheets, in order: keys `workbook.columns.…` and `workbook.sources.…`. */
const COLUMN_HEADINGS = ['sheet', 'field', 'titleVi', 'titleEn', 'type', 'unit', 'description', 'codes', 'emptyMeans'] as const;
const SOURCE_HEADINGS = ['id', 'title', 'publisher', 'date', 'url', 'provenance', 'confidence', 'note'] as const;

/** One row per column of every data sheet: its titles, type, unit, description and codes. */
export function columnRows(dataset: Dataset, sheetNames: readonly string[], locale: Locale, codeLabel?: CodeLabel): SheetRows {
  const header = COLUMN_HEADINGS.map((name) => t(locale)(`workbook.columns.${name}`));
  const rows = dataset.indicators.flatMap(({ resource }, k) =>
    resource.schema.fields.map((field): SheetValue[] => [
      sheetNames[k] ?? resource.name,
      field.name,
      field.title,
      field.title_en,
      t(locale)(`data.type.${field.type}`),
      field.unit === undefined ? null : (codeLabel?.('unit', field.unit) ?? field.unit),
      optional(locale, field.description, field.description_en),
      codes(field, locale),
      emptyMeans(field, resource.schema.missingValues, locale),
    ]),
  );
  return { header, rows };
}

/** The dataset's metadata, one property a row. */
export function metadataRows(dataset: Dataset, locale: Locale, pageUrl?: string, codeLabel?: CodeLabel): SheetRows {
  const tr = t(locale);
  const d = dataset.descriptor;
  const publisher = d.contributors.find((c) => c.roles.includes('publisher'));
  const others = d.contributors.filter((c) => c !== publisher);
  const licences = d.licenses.map((x) => (x.path ? `${x.title} (${x.path})` : x.title)).join('; ');
  const rows: SheetValue[][] = [
    [tr('workbook.metadata.id'), d.name],
    [tr('workbook.metadata.titleVi'), d.title],
    [tr('workbook.metadata.titleEn'), d.title_en],
    [tr('workbook.metadata.description'), pick(locale, d.description, d.description_en)],
    [tr('workbook.metadata.version'), d.version],
    [tr('workbook.metadata.created'), d.created ?? null],
    [tr('workbook.metadata.publisher'), publisher ? besideOriginal(locale, publisher.title, publisher.title_en) : null],
    [tr('workbook.metadata.contributors'), others.length ? others.map((c) => `${besideOriginal(locale, c.title, c.title_en)} (${c.roles.join(', ')})`).join('; ') : null],
    [tr('workbook.metadata.licence'), licences],
    [tr('workbook.metadata.pillars'), d.pillars.map((p) => codeLabel?.('pillar', p) ?? p).join('; ')],
    [tr('workbook.metadata.keywords'), d.keywords.join('; ')],
  ];
  // A downloaded file has no site to resolve a path against: a link only when the address is absolute.
  if (pageUrl !== undefined) rows.push([tr('workbook.metadata.page'), /^https?:\/\//.test(pageUrl) ? link(pageUrl) : pageUrl]);
  return { header: [tr('workbook.metadata.property'), tr('workbook.metadata.value')], rows };
}

/** One row per source, with its date, address, provenance, confidence and note. */
export function sourceRows(dataset: Dataset, locale: Locale, codeLabel?: CodeLabel): SheetRows {
  const header = SOURCE_HEADINGS.map((name) => t(locale)(`workbook.sources.${name}`));
  const rows = dataset.descriptor.sources.map((s): SheetValue[] => [
    s.id,
    besideOriginal(locale, s.title, s.title_en),
    besideOriginal(locale, s.publisher, s.publisher_en),
    // YYYY-MM-DD text, as in the descriptor: unambiguous in either language, and it sorts.
    s.date ?? null,
    link(s.path),
    codeLabel?.('provenance', s.provenance) ?? s.provenance,
    codeLabel?.('confidence', s.confidence) ?? s.confidence,
    optional(locale, s.note, s.note_en),
  ]);
  return { header, rows };
}
