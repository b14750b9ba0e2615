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
import type { TableSchema } from '../contract/table-schema.ts';
import { EXCEL_CSV_STYLES, excelCsvText, neutraliseCell, quoteField, type Delimiter, type ExcelCsvStyle } from './csv-cells.ts';

export interface ExcelCsvOptions {
  /** The delimiter of the input, as the resource's dialect declares it; a comma by default. */
  inputDelimiter?: Delimiter;
  /**
   * Whose Excel the file is for; "comma" by default. Excel splits a double-clicked CSV on the Windows
   * "list separator" and reads numbers with its decimal symbol, so a machine set to Vietnamese needs
   * the "semicolon" style: `;` between cells and a decimal comma.
   */
  style?: ExcelCsvStyle;
}

const BOM = '\uFEFF';

/**
 * Rewrites CSV text as the "CSV for Excel" described above. Columns are matched to the schema's
 * fields by header name, so a column the schema does not know is treated as text (the safe side).
 */
export function excelCsv(csvText: string, schema: TableSchema, options: ExcelCsvOptions = {}): string {
  const { delimiter, decimalMark } = EXCEL_CSV_STYLES[options.style ?? 'comma'];
  // Drop an existing BOM and the final line break, so papaparse does not return a phantom empty row.
  const source = (csvText.startsWith(BOM) ? csvText.slice(1) : csvText).replace(/\r?\n$/, '');
  if (source === '') return BOM;
  const { data } = Papa.parse<string[]>(source, { delimiter: options.inputDelimiter ?? ',', skipEmptyLines: false });
  const [header = [], ...rows] = data;
  const fields = header.map((name) => schema.fields.find((f) => f.name === name));
  const lines = [
    // The header is text whatever its column holds.
    header.map((name) => quoteField(neutraliseCell(name, undefined), delimiter)),
    ...rows.map((row) => row.map((cell, k) => quoteField(neutraliseCell(cell, fields[k], decimalMark), delimiter))),
  ];
  return excelCsvText(lines, delimiter);
}
