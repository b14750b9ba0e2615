/**
 * The "CSV for Excel": the same table as the committed CSV, written so that Excel on Windows opens
 * it correctly with a double click and cannot be made to run anything.
 *
 * - A UTF-8 byte order mark, because without one Excel reads the file in the machine's ANSI code
 *   page (windows-1258 on Vietnamese Windows) and "Quảng Trị" arrives garbled.
 * - CRLF line ends and RFC 4180 quoting (https://www.rfc-editor.org/rfc/rfc4180), Excel's own.
 * - Formula neutralisation ("CSV injection", https://owasp.org/www-community/attacks/CSV_Injection):
 *   Excel evaluates a cell that starts with = + - @ (and, after a tab or carriage return, what
 *   follows), so a source title such as `=HYPERLINK(...)` would run when a journalist opens the
 *   file. OWASP's remedy is to prefix such cells with a single quote, which Excel shows as text.
 *   Only text is touched: a number such as -3.5 in an integer or number column is written as is,
 *   so that it stays a number.
 */
import Papa from 'papaparse';
import type { Field, TableSchema } from '../contract/table-schema.ts';

export type Delimiter = ',' | ';' | '\t';

export interface ExcelCsvOptions {
  /** The delimiter of the input, as the resource's dialect declares it; a comma by default. */
  inputDelimiter?: Delimiter;
  /**
   * The delimiter to write; a comma by default. Excel splits a double-clicked CSV on the Windows
   * "list separator", so a machine set to `;` needs the `;` variant.
   */
  delimiter?: Delimiter;
}

const BOM = '\uFEFF';
const CRLF = '\r\n';

/** The characters OWASP lists as starting a formula (or, for tab and CR, hiding one). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** A plain decimal number as the validator accepts it in integer and number columns. */
const NUMBER = /^-?(\d+(\.\d+)?|\.\d+)([eE][+-]?\d+)?$/;

const NUMERIC_TYPES: ReadonlySet<Field['type']> = new Set(['integer', 'number', 'year']);

/**
 * A cell's text made safe to open in Excel: a text cell starting with a formula character gets a
 * leading single quote. A numeric column's cell is left alone only when it really is a number, so a
 * declared missing-value marker such as "-" or a stray formula in that column is still neutralised.
 */
export function neutraliseCell(text: string, field: Field | undefined): string {
  if (field !== undefined && NUMERIC_TYPES.has(field.type) && NUMBER.test(text)) return text;
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** One field quoted when RFC 4180 requires it: it holds the delimiter, a quote or a line break. */
export function quoteField(text: string, delimiter: Delimiter = ','): string {
  const needsQuotes = text.includes(delimiter) || /["\r\n]/.test(text);
  return needsQuotes ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * Rewrites CSV text as the "CSV for Excel" described above. Columns are matched to the schema's
 * fields by header name, so a column the schema does not know is treated as text (the safe side).
 */
export function excelCsv(csvText: string, schema: TableSchema, options: ExcelCsvOptions = {}): string {
  const delimiter = options.delimiter ?? ',';
  // Drop an existing BOM and the final line break, so papaparse does not return a phantom empty row.
  const source = (csvText.startsWith(BOM) ? csvText.slice(1) : csvText).replace(/\r?\n$/, '');
  if (source === '') return BOM;
  const { data } = Papa.parse<string[]>(source, { delimiter: options.inputDelimiter ?? ',', skipEmptyLines: false });
  const [header = [], ...rows] = data;
  const fields = header.map((name) => schema.fields.find((f) => f.name === name));
  const lines = [
    // The header is text whatever its column holds.
    header.map((name) => quoteField(neutraliseCell(name, undefined), delimiter)),
    ...rows.map((row) => row.map((cell, k) => quoteField(neutraliseCell(cell, fields[k]), delimiter))),
  ];
  return BOM + lines.map((cells) => cells.join(delimiter)).join(CRLF) + CRLF;
}
