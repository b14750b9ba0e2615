/**
 * Reads CSV text into rows of cells that know their line and column, so that every problem in a data
 * file can be reported where a person will find it. Parsing is papaparse's; this module adds the
 * places, and the problems that come from how staff save files (Excel's BOM, CRLF, a `;` delimiter).
 */
import Papa from 'papaparse';
import { lineIndex } from './json-source.ts';
import type { Place } from './problems.ts';

export interface CsvCell extends Place {
  /** The cell's text, unquoted. */
  text: string;
}

export interface CsvRow {
  /** 1-based line where the row starts. */
  line: number;
  cells: CsvCell[];
}

export interface CsvProblem extends Place {
  message: string;
}

export interface CsvTable {
  /** The first row, or null for an empty file. */
  header: CsvRow | null;
  /** Every row after the header, blank lines left out (they are reported as problems). */
  rows: CsvRow[];
  problems: CsvProblem[];
  /**
   * True when the file is split by another character than the one declared (Excel's ";" on a
   * computer set to Vietnamese): its header and rows are then one cell each, and saying so once is
   * all that helps; the table is not checked further.
   */
  wrongDelimiter: boolean;
}

const names: Record<string, string> = { ',': 'a comma', ';': 'a semicolon', '\t': 'a tab' };

/**
 * Splits CSV text. `delimiter` is the one the descriptor declares (a comma unless it says otherwise).
 * A leading BOM and CRLF line ends are accepted, since Excel saves files that way.
 */
export function readCsv(text: string, delimiter = ','): CsvTable {
  const problems: CsvProblem[] = [];
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const toPlace = lineIndex(src);
  if (src.trim() === '') {
    return { header: null, rows: [], problems: [{ line: 1, column: 1, message: 'the file is empty: it must start with a header line naming the columns' }], wrongDelimiter: false };
  }

  // Lines end in CRLF (Excel on Windows) or LF; a file with neither but CRs ends them the old Mac
  // way, which is read as such and reported, so that its other problems are found on their lines.
  const newline = src.includes('\r\n') ? '\r\n' : src.includes('\n') || !src.includes('\r') ? '\n' : '\r';
  if (newline === '\r') {
    problems.push({
      ...toPlace(src.indexOf('\r')),
      message: 'the lines end with a lone CR (the old Mac way): save the file again as "CSV UTF-8" so that lines end with LF or CRLF',
    });
  }
  const strayBreak = newline === '\r\n' ? /(^|[^\r])\n/.exec(src) : newline === '\n' ? /()\r(?!\n)/.exec(src) : /()\n/.exec(src);
  if (strayBreak) {
    const kind = newline === '\r\n' ? 'LF where the file uses CRLF' : newline === '\n' ? 'a lone CR where the file uses LF' : 'LF where the file uses CR';
    problems.push({
      ...toPlace(strayBreak.index + strayBreak[1]!.length),
      message: `this line ends differently from the others (${kind}): save the file again from one editor so every line ends the same way`,
    });
  }

  const all: CsvRow[] = [];
  let rowStart = 0;
  Papa.parse<string[]>(src, {
    delimiter,
    newline,
    skipEmptyLines: false,
    step: (result) => {
      // papaparse's cursor points past the row's line break, at the start of the next row.
      const end = result.meta.cursor;
      const raw = src.slice(rowStart, end).replace(/\r?\n$|\r$/, '');
      const starts = cellStarts(raw, delimiter);
      const cells = result.data.map((value, k) => ({ text: value, ...toPlace(rowStart + (starts[k] ?? raw.length)) }));
      for (const error of result.errors) {
        // Point at the start of the cell holding the bad quote, where a person would look.
        const within = error.index === undefined ? 0 : error.index - rowStart;
        const cellStart = starts.filter((start) => start <= within).pop() ?? 0;
        const at = toPlace(rowStart + cellStart);
        problems.push({ ...at, message: quoteMessage(error.code) });
      }
      all.push({ line: toPlace(rowStart).line, cells });
      rowStart = end;
    },
  });

  const isBlank = (row: CsvRow) => row.cells.length === 1 && row.cells[0]!.text === '';
  // A final line break leaves one empty row behind; that is normal, not a problem.
  const last = all[all.length - 1];
  if (all.length > 1 && last && isBlank(last) && src.endsWith(newline)) all.pop();
  const [header = null, ...body] = all;
  const rows: CsvRow[] = [];
  for (const row of body) {
    if (isBlank(row)) problems.push({ line: row.line, column: 1, message: 'a blank line: remove it (blank lines are not allowed between rows)' });
    else rows.push(row);
  }

  let wrongDelimiter = false;
  if (header && delimiter === ',' && header.cells.length === 1) {
    const other = [';', '\t'].find((d) => header.cells[0]!.text.includes(d));
    if (other) {
      wrongDelimiter = true;
      // Excel set to Vietnamese writes both: ";" between cells and "," in decimals (0,2493).
      const decimalComma = rows.map((row) => row.cells.map((c) => c.text).join(',').split(other)).flat().find((cell) => /^-?\d+,\d+$/.test(cell));
      problems.push({
        line: header.line,
        column: 1,
        message:
          `the columns are separated by ${names[other]} (${other === '\t' ? 'tab' : other}), not ${names[',']}` +
          (decimalComma ? `, and decimals are written with a comma (${decimalComma})` : '') +
          // Excel takes the separator from Windows' regional settings, whatever the "Comma delimited"
          // in the format's name says: saving again from the same Excel gives the same file.
          `: Excel writes this on a computer set to Vietnamese, even as "CSV UTF-8 (Comma delimited)". ` +
          `Save the file from Google Sheets (File › Download › "Comma-separated values (.csv)") or LibreOffice Calc (Save As › "Text CSV", field delimiter ","), ` +
          `or in Windows set the list separator to "," and the decimal symbol to "." (Control Panel › Region › Additional settings) before saving from Excel; ` +
          `docs/huong-dan-cap-nhat-du-lieu.md shows each way`,
      });
    }
  }
  return { header, rows, problems, wrongDelimiter };
}

/**
 * Offsets, within one raw row, where each cell starts: delimiters inside quotes do not count. As in
 * CSV (and papaparse), a quote opens quoting only at the start of a cell, and "" inside quotes is
 * a quote; a quote in the middle of an unquoted cell is a character like any other.
 */
function cellStarts(raw: string, delimiter: string): number[] {
  const starts = [0];
  let quoted = false;
  for (let i = 0; i < raw.length; i++) {
    const ch = raw[i];
    if (quoted) {
      if (ch === '"' && raw[i + 1] === '"') i++;
      else if (ch === '"') quoted = false;
    } else if (ch === '"' && i === starts[starts.length - 1]) quoted = true;
    else if (ch === delimiter) starts.push(i + 1);
  }
  return starts;
}

function quoteMessage(code: string): string {
  switch (code) {
    case 'MissingQuotes':
      return 'a quoted cell is never closed: add the closing double quote (") or remove the opening one';
    case 'InvalidQuotes':
      return 'a double quote inside a quoted cell must be doubled ("") and the cell must end right after its closing quote';
    default:
      return `the CSV could not be read here (${code}): check the quotes and delimiters on this line`;
  }
}
