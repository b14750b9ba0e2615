/**
 * A dataset as one Excel workbook: a sheet of typed cells per resource, then a sheet describing
 * the columns, one with the dataset's metadata and one listing its sources. Excel shows numbers in
 * the reader's own format (a decimal comma on Vietnamese Windows), which a CSV cannot promise.
 *
 * Text is always written as a string cell, never as a formula: exceljs only writes a formula when
 * given a { formula } object, so a title starting with "=" stays inert text and, unlike the CSV for
 * Excel, needs no quote prefix (tests/downloads/xlsx.test.ts reads the file back to prove it).
 */
import ExcelJS from 'exceljs';
import { pick, t, type Locale } from '../../i18n/translate.ts';
import type { Dataset } from '../contract/portal-types.ts';
import { sheetNames } from './sheet-names.ts';
import { restampZip } from './stable-zip.ts';
import { columnRows, metadataRows, sourceRows, type SheetValue } from './workbook-content.ts';
import type { CodeLabel } from './workbook-labels.ts';

export interface XlsxOptions {
  /** Language of the headings, descriptions and notes. */
  locale: Locale;
  /**
   * The moment recorded as the workbook's creation and modification, and as the zip entries' date:
   * the version's date, passed in (never "now") so that the same data always gives the same bytes.
   * Defaults to the descriptor's `created`, else 1980-01-01.
   */
  date?: string;
  /** The dataset's page, listed in the metadata sheet. */
  pageUrl?: string;
  /** Names for codes the site translates (provenance, confidence, pillars, units). */
  codeLabel?: CodeLabel;
}

const MIN_WIDTH = 8;
const MAX_WIDTH = 60;
/** The height of one line of the default 11-point font, in points. */
const LINE_HEIGHT = 15;
/** Excel's tallest row, in points. */
const MAX_ROW_HEIGHT = 409;

/**
 * A sheet that reads and prints well: columns as wide as their text up to MAX_WIDTH, longer text
 * wrapped in rows tall enough to show it all (neither Excel nor LibreOffice grows a row written
 * without a height when it opens the file, so a long description was cut after a line or two and
 * printed over the next row), the header row repeated on every page, and the columns fitted to the
 * page's width, A4, so that a one-row table does not print as a page per column.
 */
function addTable(workbook: ExcelJS.Workbook, name: string, header: readonly string[], rows: readonly SheetValue[][]): void {
  const sheet = workbook.addWorksheet(name, {
    views: [{ state: 'frozen', ySplit: 1 }],
    pageSetup: { paperSize: 9, orientation: header.length > 4 ? 'landscape' : 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  sheet.pageSetup.printTitlesRow = '1:1';
  sheet.addRow([...header]).font = { bold: true };
  // A missing value is null, which exceljs leaves as an empty cell rather than a zero or a blank string.
  for (const row of rows) sheet.addRow(row);
  const widths = header.map((title, k) => Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, Math.max(title.length, ...rows.map((row) => widthOf(row[k]))) + 2)));
  widths.forEach((width, k) => {
    const column = sheet.getColumn(k + 1);
    column.width = width;
    column.alignment = { wrapText: true, vertical: 'top' };
  });
  [header, ...rows].forEach((cells, r) => {
    const lines = Math.max(1, ...cells.map((cell, k) => linesOf(cell, widths[k]!)));
    if (lines > 1) sheet.getRow(r + 1).height = Math.min(MAX_ROW_HEIGHT, lines * LINE_HEIGHT);
  });
}

function widthOf(value: SheetValue | undefined): number {
  if (value === null || value === undefined) return 0;
  if (typeof value === 'object') return value.text.length;
  return String(value).length;
}

/** How many lines a cell's text takes in a wrapped column `width` characters wide. */
function linesOf(value: SheetValue | undefined, width: number): number {
  if (value === null || value === undefined) return 1;
  const text = typeof value === 'object' ? value.text : String(value);
  // A character of the column's width is an average one: a little room for wider letters.
  const perLine = Math.max(1, width - 2);
  return text.split('\n').reduce((sum, paragraph) => sum + Math.max(1, Math.ceil(paragraph.length / perLine)), 0);
}

/** The workbook's bytes (.xlsx). */
export async function datasetXlsx(dataset: Dataset, options: XlsxOptions): Promise<Uint8Array<ArrayBuffer>> {
  const { descriptor } = dataset;
  const tr = t(options.locale);
  const date = new Date(options.date ?? descriptor.created ?? '1980-01-01T00:00:00Z');
  if (Number.isNaN(date.getTime())) throw new RangeError(`datasetXlsx: "${options.date}" is not a date`);

  const workbook = new ExcelJS.Workbook();
  workbook.created = date;
  workbook.modified = date;
  workbook.title = pick(options.locale, descriptor.title, descriptor.title_en);
  workbook.creator = descriptor.contributors.find((c) => c.roles.includes('publisher'))?.title ?? '';
  workbook.lastModifiedBy = workbook.creator;
  workbook.keywords = descriptor.keywords.join(', ');

  // The fixed sheets claim their names first, so a resource called "metadata" is the one renamed.
  const fixed = [tr('workbook.sheet.columns'), tr('workbook.sheet.metadata'), tr('workbook.sheet.sources')];
  const names = sheetNames([...fixed, ...dataset.indicators.map((t) => t.resource.name)]);
  const [columnsName, metadataName, sourcesName] = names as [string, string, string];
  const dataNames = names.slice(fixed.length);

  dataset.indicators.forEach(({ resource, rows }, k) => {
    const fields = resource.schema.fields;
    addTable(
      workbook,
      dataNames[k]!,
      fields.map((f) => f.name),
      rows.map((row) => fields.map((f) => row[f.name] ?? null)),
    );
  });
  const columns = columnRows(dataset, dataNames, options.locale, options.codeLabel);
  addTable(workbook, columnsName, columns.header, columns.rows);
  const metadata = metadataRows(dataset, options.locale, options.pageUrl, options.codeLabel);
  addTable(workbook, metadataName, metadata.header, metadata.rows);
  const sources = sourceRows(dataset, options.locale, options.codeLabel);
  addTable(workbook, sourcesName, sources.header, sources.rows);

  // Stored, not compressed: restampZip compresses every entry anyway, and inflating what exceljs
  // had deflated only to deflate it again was most of a workbook's cost. The bytes are the same.
  const written = await workbook.xlsx.writeBuffer({ zip: { compression: 'STORE' } });
  return restampZip(new Uint8Array(written), date);
}
