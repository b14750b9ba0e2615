/**
 * One CSV cell made safe for Excel, without a CSV parser: the "CSV for Excel" (excel-csv.ts) and
 * the CSVs made in the browser (a view's rows, the progress table) share it, and the browser's
 * bundle stays free of papaparse. Why each rule exists is told in excel-csv.ts.
 */
import type { Field } from '../contract/table-schema.ts';

export type Delimiter = ',' | ';' | '\t';

/**
 * The two ways Excel reads a double-clicked CSV, set by Windows' regional settings: English (and
 * most) settings split on "," and read "2.5"; Vietnamese ones split on ";" and read "2,5", and put a
 * comma-separated file in one column with its decimals as text. Each "CSV for Excel" is written in
 * one of them, and its address says which (`suffix`).
 */
export const EXCEL_CSV_STYLES = {
  comma: { delimiter: ',', decimalMark: '.', suffix: 'excel.csv' },
  semicolon: { delimiter: ';', decimalMark: ',', suffix: 'excel-vi.csv' },
} as const satisfies Record<string, { delimiter: Delimiter; decimalMark: '.' | ','; suffix: string }>;

export type ExcelCsvStyle = keyof typeof EXCEL_CSV_STYLES;

/** The styles in the order the site lists them when no reader's language decides. */
export const EXCEL_CSV_STYLE_NAMES = Object.keys(EXCEL_CSV_STYLES) as ExcelCsvStyle[];

/** The characters OWASP lists as starting a formula (or, for tab and CR, hiding one). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** A plain decimal number as the validator accepts it in integer and number columns. */
const NUMBER = /^-?(\d+(\.\d+)?|\.\d+)([eE][+-]?\d+)?$/;

const NUMERIC_TYPES: ReadonlySet<Field['type']> = new Set(['integer', 'number', 'year']);

/**
 * A cell's text made safe to open in Excel: a text cell starting with a formula character gets a
 * leading single quote. A numeric column's cell is left alone only when it really is a number, so a
 * declared missing-value marker such as "-" or a stray formula in that column is still neutralised;
 * its decimal point becomes `decimalMark`, so that Excel set to a decimal comma reads a number.
 */
export function neutraliseCell(text: string, field: Field | undefined, decimalMark: '.' | ',' = '.'): string {
  if (field !== undefined && NUMERIC_TYPES.has(field.type) && NUMBER.test(text)) return decimalMark === '.' ? text : text.replace('.', decimalMark);
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/**
 * A CSV file as Excel opens it: a UTF-8 byte order mark, then each line's cells (already made safe
 * with neutraliseCell and quoteField) joined by the delimiter, every line ended by CRLF.
 */
export const excelCsvText = (lines: readonly (readonly string[])[], delimiter: Delimiter = ','): string =>
  `\uFEFF${lines.map((cells) => cells.join(delimiter)).join('\r\n')}\r\n`;

/** One field quoted when RFC 4180 requires it: it holds the delimiter, a quote or a line break. */
export function quoteField(text: string, delimiter: Delimiter = ','): string {
  const needsQuotes = text.includes(delimiter) || /["\r\n]/.test(text);
  return needsQuotes ? `"${text.replace(/"/g, '""')}"` : text;
}

