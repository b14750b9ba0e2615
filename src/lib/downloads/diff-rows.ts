/**
 * How two versions of a CSV differ, counted in rows and matched by primary key: the numbers a
 * dataset's history shows beside each version ("3 rows added, 1 changed").
 */
import Papa from 'papaparse';

export interface RowChanges {
  /** Rows whose key is only in the new version. */
  added: number;
  /** Rows whose key is only in the old version. */
  removed: number;
  /** Rows whose key is in both but with some other cell different. */
  changed: number;
  /** The periods of those rows (the `period` column), each once, in the file's order: what a changelog names. */
  periods: { added: string[]; removed: string[]; changed: string[] };
}

/** A CSV version read once, its rows by key, so that a history of N versions parses N files. */
export interface KeyedTable {
  columns: string[];
  rows: Map<string, Record<string, string>>;
}

/** An empty table: the "version" before the first one, or a commit where the file was deleted. */
export const EMPTY_TABLE: KeyedTable = { columns: [], rows: new Map() };

/**
 * Reads CSV text into rows by primary key. Line ends, a BOM and the delimiter (comma, semicolon or
 * tab) may differ between versions without counting as changes. When a key column is missing from
 * this version's header, the whole row serves as its key, so rows are still matched when unchanged.
 * A key that repeats (invalid data, but history keeps it) counts once, the last row winning.
 */
export function keyedTable(csv: string, primaryKey: readonly string[]): KeyedTable {
  const text = csv.charCodeAt(0) === 0xfeff ? csv.slice(1) : csv;
  if (text.trim() === '') return EMPTY_TABLE;
  const parsed = Papa.parse<Record<string, string>>(text, {
    header: true,
    skipEmptyLines: 'greedy',
    delimitersToGuess: [',', ';', '\t'],
  });
  const columns = parsed.meta.fields ?? [];
  const keyed = primaryKey.every((k) => columns.includes(k));
  const rows = new Map<string, Record<string, string>>();
  for (const row of parsed.data) {
    const key = keyed ? JSON.stringify(primaryKey.map((k) => row[k])) : JSON.stringify(columns.map((c) => row[c]));
    rows.set(key, row);
  }
  return { columns, rows };
}

/** The row changes from one read version to the next. */
export function diffTables(before: KeyedTable, after: KeyedTable): RowChanges {
  // A column added empty, or removed while empty, does not make every row "changed".
  const columns = [...new Set([...before.columns, ...after.columns])];
  const periods = { added: new Set<string>(), removed: new Set<string>(), changed: new Set<string>() };
  const note = (set: Set<string>, row: Record<string, string>) => {
    if (row['period']) set.add(row['period']);
  };
  let added = 0;
  let changed = 0;
  for (const [key, row] of after.rows) {
    const old = before.rows.get(key);
    if (old === undefined) {
      added++;
      note(periods.added, row);
    } else if (columns.some((c) => (old[c] ?? '') !== (row[c] ?? ''))) {
      changed++;
      note(periods.changed, row);
    }
  }
  let removed = 0;
  for (const [key, row] of before.rows) {
    if (after.rows.has(key)) continue;
    removed++;
    note(periods.removed, row);
  }
  return { added, removed, changed, periods: { added: [...periods.added], removed: [...periods.removed], changed: [...periods.changed] } };
}

