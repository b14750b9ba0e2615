import { describe, expect, it } from 'vitest';
import { readCsv } from '../src/lib/validate/csv-source.ts';
import { parseJson } from '../src/lib/validate/json-source.ts';
import { parsePeriod, overlaps } from '../src/lib/period.ts';

describe('readCsv', () => {
  it('places every cell at its line and column, quoted cells included', () => {
    const table = readCsv('a,b\n"x, y",2\n');
    expect(table.rows[0]!.cells).toEqual([
      { text: 'x, y', line: 2, column: 1 },
      { text: '2', line: 2, column: 8 },
    ]);
  });

  it('counts lines across a line break inside a quoted cell', () => {
    const table = readCsv('a,b\n"two\nlines",1\n3,4\n');
    expect(table.rows.map((r) => r.line)).toEqual([2, 4]);
    expect(table.rows[1]!.cells[1]).toEqual({ text: '4', line: 4, column: 3 });
  });

  it('ignores a leading byte-order mark when counting columns', () => {
    expect(readCsv('\ufeffa,b\r\n1,2\r\n').header!.cells[0]).toEqual({ text: 'a', line: 1, column: 1 });
  });

  it('reads a declared semicolon delimiter', () => {
    expect(readCsv('a;b\n1;2\n', ';').rows[0]!.cells.map((c) => c.text)).toEqual(['1', '2']);
  });
});

describe('parseJson', () => {
  it('returns where each member stands', () => {
    const parsed = parseJson('{\n  "a": [1, {"b": true}]\n}');
    expect(parsed.ok && parsed.placeOf(['a', 1, 'b'])).toEqual({ line: 2, column: 13 });
    // A missing member is placed at the object that should hold it.
    expect(parsed.ok && parsed.placeOf(['a', 1, 'missing'])).toEqual({ line: 2, column: 12 });
  });

  it('agrees with JSON.parse on the values it reads', () => {
    const text = '{"s": "x\\u00e0\\n", "n": -1.5e3, "l": [true, false, null], "o": {}}';
    const parsed = parseJson(text);
    expect(parsed.ok && parsed.value).toEqual(JSON.parse(text));
  });

  it('places a syntax error at its line and column', () => {
    expect(parseJson('{\n  "a": 1\n  "b": 2\n}')).toMatchObject({ ok: false, place: { line: 3, column: 3 } });
  });
});

describe('parsePeriod', () => {
  it('reads years, quarters, months and days as intervals', () => {
    expect(parsePeriod('2023')).toMatchObject({ start: '2023-01-01', end: '2023-12-31', kind: 'year' });
    expect(parsePeriod('2026-Q1')).toMatchObject({ start: '2026-01-01', end: '2026-03-31', kind: 'quarter' });
    expect(parsePeriod('2024-02')).toMatchObject({ start: '2024-02-01', end: '2024-02-29' });
    expect(parsePeriod('2025-08-25')).toMatchObject({ start: '2025-08-25', end: '2025-08-25', kind: 'day' });
  });

  it('refuses what is not a period', () => {
    expect(['Q1/2026', '2025-13', '2025-02-30', '25/08/2025', '2023-Q5'].map(parsePeriod)).toEqual([null, null, null, null, null]);
  });

  it('treats the merger year as overlapping both the old and the new province', () => {
    const year = parsePeriod('2025')!;
    expect(overlaps(year, { start: '1989-07-01', end: '2025-06-30' })).toBe(true);
    expect(overlaps(year, { start: '2025-07-01', end: null })).toBe(true);
    expect(overlaps(parsePeriod('2025-Q3')!, { start: '1989-07-01', end: '2025-06-30' })).toBe(false);
  });
});
