/**
 * Checks one CSV resource against its Table Schema: where the file is, its encoding, its header, the
 * shape of every row, every cell's type and constraints, and the uniqueness of keys. Returns the typed
 * rows, each cell still carrying its place, for the checks that look across tables.
 */
import type { Resource } from '../contract/data-package.ts';
import { readCsv, type CsvCell } from './csv-source.ts';
import type { DataFiles } from './data-files.ts';
import type { JsonPath } from './json-source.ts';
import { decodeUtf8 } from './text-encoding.ts';
import { quote, type Place, type ProblemList } from './problems.ts';
import type { Row } from '../contract/portal-types.ts';
import { typeCell } from './cells.ts';
import type { JsonDocument } from './descriptor.ts';
import type { CellExplainer } from './reserved-cells.ts';

/**
 * The most rows one table may hold. Measured with \`astro build\` on a copy of the portal (2 cores):
 * a 50,400-row table builds in 20 s at 1.5 GB, like the portal without it; 100,800 rows take 27 s
 * and 2.2 GB; 300,000 rows ran out of stack in the charts. The README says so.
 */
export const MAX_TABLE_ROWS = 50_000;

export interface CheckedRow {
  line: number;
  /** Cells by field name, for placing a later problem. */
  cells: Record<string, CsvCell>;
  /** The cells that typed cleanly; a field is absent when its cell has a problem. */
  values: Row;
  /** True when every cell typed cleanly. */
  complete: boolean;
}

export interface CheckedTable {
  /** Repository-relative path of the CSV. */
  path: string;
  resource: Resource;
  /** Rows with the right number of cells; later checks look at whichever cells typed cleanly. */
  rows: CheckedRow[];
  /** True when nothing in the file had a problem: only then can other files be checked against it. */
  clean: boolean;
}

/**
 * Resolves a resource path inside its package folder. Returns the repository-relative path, or a
 * reason why it is refused: the portal only publishes files that sit inside the dataset's folder.
 */
export function resourceFile(files: DataFiles, packageDir: string, path: string): { file: string } | { refused: string } {
  if (/^[a-z]:[\\/]/i.test(path)) return { refused: `"path" is ${quote(path)}, a path on a Windows computer: write the file's name inside the dataset's folder, e.g. "dti-rank.csv"` };
  if (/^[a-z][a-z0-9+.-]*:/i.test(path)) return { refused: `"path" is ${quote(path)}, a web address: the CSV must be a file in the dataset's folder` };
  if (path.startsWith('/') || path.includes('\\')) {
    return { refused: `"path" is ${quote(path)}: write it relative to the dataset's folder with forward slashes, e.g. "dti-rank.csv"` };
  }
  const parts = path.split('/');
  if (parts.some((p) => p === '..' || p === '.' || p === '')) {
    return { refused: `"path" is ${quote(path)}, which leaves or wanders the dataset's folder: write the file's name inside the folder, e.g. "dti-rank.csv"` };
  }
  if (!path.endsWith('.csv')) return { refused: `"path" is ${quote(path)}: a resource must be a .csv file` };
  const file = `${packageDir}/${path}`;
  const real = files.resolve(file);
  if (real === undefined || files.read(file) === undefined) {
    const nearby = files.list(packageDir).filter((e) => e.name.endsWith('.csv')).map((e) => e.name);
    return { refused: `"path" is ${quote(path)} but there is no such file in ${packageDir}/${nearby.length ? ` (CSV files there: ${nearby.join(', ')})` : ''}` };
  }
  if (!real.startsWith(`${packageDir}/`)) return { refused: `"path" is ${quote(path)}, a link to a file outside the dataset's folder: copy the file into the folder instead` };
  return { file };
}


export function checkTable(
  files: DataFiles,
  problems: ProblemList,
  doc: JsonDocument,
  packageDir: string,
  resource: Resource,
  at: JsonPath,
  /** A better message for a refused cell of the columns every table shares (reserved-cells.ts). */
  explain: CellExplainer = () => null,
): CheckedTable | null {
  const located = resourceFile(files, packageDir, resource.path);
  if ('refused' in located) {
    problems.add(doc.path, doc.placeOf([...at, 'path']), located.refused);
    return null;
  }
  const path = located.file;
  const decoded = decodeUtf8(
    files.read(path)!,
    'the file is not UTF-8: Vietnamese letters here were saved in another encoding (Excel\'s plain "CSV" uses Windows-1258). Save it again as "CSV UTF-8 (Comma delimited)"',
  );
  if (!('text' in decoded)) {
    problems.add(path, decoded.place, decoded.message);
    return null;
  }
  const { text } = decoded;

  const before = problems.items.length;
  const table = readCsv(text, resource.dialect?.delimiter ?? ',');
  for (const p of table.problems) problems.add(path, p, p.message);
  if (!table.header || table.wrongDelimiter) return null;
  if (table.rows.length > MAX_TABLE_ROWS) {
    const first = table.rows[MAX_TABLE_ROWS]!;
    problems.add(path, { line: first.line, column: 1 }, `this table has ${table.rows.length} rows; the portal supports at most ${MAX_TABLE_ROWS} in one table (every row is drawn, listed and downloaded by the site's pages): split it into tables, by year or by topic, of at most ${MAX_TABLE_ROWS} rows each`);
  }

  const fields = resource.schema.fields;
  const expected = fields.map((f) => f.name);
  const header = table.header.cells;
  const found = header.map((c) => c.text);
  if (found.join('\u0000') !== expected.join('\u0000')) {
    reportHeader(problems, path, header, expected);
    return null;
  }

  const rows: CheckedRow[] = [];
  // The package's source ids, read once for the table: what a refused "source" cell is told about.
  const packageSources = ((doc.value as { sources?: { id?: unknown }[] }).sources ?? []).map((s) => String(s?.id));
  for (const row of table.rows) {
    if (row.cells.length !== fields.length) {
      const extra = row.cells[fields.length];
      const last = row.cells[row.cells.length - 1]!;
      const place: Place = extra ?? endOf(last);
      problems.add(path, place, `this row has ${row.cells.length} cell${row.cells.length === 1 ? '' : 's'}, the header has ${fields.length}: ${row.cells.length > fields.length ? 'remove the extra cells (is there a comma inside a value? put the value in double quotes)' : `add the missing cell${fields.length - row.cells.length === 1 ? '' : 's'} for ${expected.slice(row.cells.length).join(', ')}`}`);
      continue;
    }
    const values: Row = {};
    const cells: Record<string, CsvCell> = {};
    let complete = true;
    const texts = Object.fromEntries(fields.map((field, k) => [field.name, row.cells[k]!.text]));
    fields.forEach((field, k) => {
      const cell = row.cells[k]!;
      cells[field.name] = cell;
      const typed = typeCell(cell.text, field, resource.schema.missingValues);
      if (typed.ok) values[field.name] = typed.value;
      else {
        problems.add(path, cell, explain({ field, text: cell.text, row: texts, resource, descriptorPath: doc.path, packageSources }) ?? typed.message);
        complete = false;
      }
    });
    rows.push({ line: row.line, cells, values, complete });
  }

  checkUnique(problems, path, rows, resource.schema.primaryKey, 'the primary key');
  for (const field of fields) if (field.constraints?.unique) checkUnique(problems, path, rows, [field.name], `column "${field.name}", which must be unique`);
  return { path, resource, rows, clean: problems.items.length === before };
}

function reportHeader(problems: ProblemList, path: string, header: CsvCell[], expected: string[]): void {
  const found = header.map((c) => c.text);
  const seen = new Set<string>();
  let reported = false;
  header.forEach((cell, k) => {
    const name = found[k]!;
    if (seen.has(name)) {
      problems.add(path, cell, `the column ${quote(name)} appears twice in the header: remove one`);
      reported = true;
    } else if (name !== name.trim() && expected.includes(name.trim())) {
      problems.add(path, cell, `the header cell ${quote(name)} has spaces around it: write "${name.trim()}"`);
      reported = true;
    } else if (!expected.includes(name)) {
      const hint = expected.find((e) => e.toLowerCase() === name.trim().toLowerCase());
      problems.add(path, cell, `the header names a column ${quote(cell.text)} that the schema does not declare${hint ? ` (did you mean "${hint}"?)` : ''}: the header must be ${expected.join(',')}`);
      reported = true;
    }
    seen.add(name);
  });
  const missing = expected.filter((e) => !found.some((name) => name.trim() === e));
  if (missing.length) {
    const last = header[header.length - 1]!;
    problems.add(path, endOf(last), `the header lacks the column${missing.length > 1 ? 's' : ''} ${missing.join(', ')}: the header must be ${expected.join(',')}`);
    reported = true;
  }
  if (!reported) {
    const k = found.findIndex((name, i) => name !== expected[i]);
    problems.add(path, header[k]!, `the columns are in the wrong order: the header must be ${expected.join(',')} (period first, value last), as in datapackage.json`);
  }
}

function checkUnique(problems: ProblemList, path: string, rows: CheckedRow[], key: string[], what: string): void {
  const first = new Map<string, number>();
  for (const row of rows) {
    if (!key.every((k) => k in row.values)) continue;
    const id = JSON.stringify(key.map((k) => row.values[k]));
    const earlier = first.get(id);
    if (earlier === undefined) first.set(id, row.line);
    else {
      const shown = key.map((k) => `${k}=${String(row.values[k])}`).join(', ');
      problems.add(path, row.cells[key[0]!]!, `this row repeats ${what} (${shown}) of line ${earlier}: keep one row per key, or correct the key`);
    }
  }
}

/** Where a cell's text ends in the file: a quoted cell's text may run over several lines. */
function endOf(cell: CsvCell): Place {
  const lines = cell.text.split(/\r\n|\n|\r/);
  if (lines.length === 1) return { line: cell.line, column: cell.column + cell.text.length };
  return { line: cell.line + lines.length - 1, column: lines.at(-1)!.length + 1 };
}
