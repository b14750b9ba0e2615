import { describe, expect, it } from 'vitest';
import { diffTables, keyedTable } from '../../src/lib/downloads/diff-rows.ts';

/** Two versions of a CSV compared as the changelog compares them: the counts (periods are tested apart). */
const diffRows = (before: string, after: string, key: readonly string[]) => {
  const { added, removed, changed } = diffTables(keyedTable(before, key), keyedTable(after, key));
  return { added, removed, changed };
};

const KEY = ['period', 'area'];
const v1 = 'period,area,source,value\n2022,45,a,41.5\n2023,45,a,47\n';

describe('diffRows', () => {
  it('names the periods of the rows added, removed and changed, each once', () => {
    const v2 = 'period,area,source,value\n2023,45,a,48\n2024,44,b,50\n2024,45,b,51\n';
    expect(diffTables(keyedTable(v1, KEY), keyedTable(v2, KEY)).periods).toEqual({ added: ['2024'], removed: ['2022'], changed: ['2023'] });
  });

  it('counts a row whose key is new as added and one whose key is gone as removed', () => {
    const v2 = 'period,area,source,value\n2023,45,a,47\n2024,44,b,50\n2025,44,b,52\n';
    expect(diffRows(v1, v2, KEY)).toEqual({ added: 2, removed: 1, changed: 0 });
  });

  it('counts a row whose key is in both versions but with another cell different as changed', () => {
    const v2 = 'period,area,source,value\n2022,45,a,41.6\n2023,45,b,47\n';
    expect(diffRows(v1, v2, KEY)).toEqual({ added: 0, removed: 0, changed: 2 });
  });

  it('matches rows by key, not by position, so reordering changes nothing', () => {
    const v2 = 'period,area,source,value\n2023,45,a,47\n2022,45,a,41.5\n';
    expect(diffRows(v1, v2, KEY)).toEqual({ added: 0, removed: 0, changed: 0 });
  });

  it('ignores a BOM, CRLF line ends and a trailing blank line, which Excel adds when saving', () => {
    const v2 = '\uFEFFperiod,area,source,value\r\n2022,45,a,41.5\r\n2023,45,a,47\r\n\r\n';
    expect(diffRows(v1, v2, KEY)).toEqual({ added: 0, removed: 0, changed: 0 });
  });

  it('does not count a column added empty as a change, but does count one added with values', () => {
    expect(diffRows(v1, 'period,area,source,value,note\n2022,45,a,41.5,\n2023,45,a,47,\n', KEY)).toEqual({ added: 0, removed: 0, changed: 0 });
    expect(diffRows(v1, 'period,area,source,value,note\n2022,45,a,41.5,revised\n2023,45,a,47,\n', KEY)).toEqual({ added: 0, removed: 0, changed: 1 });
  });

  it('counts every row as added from an empty file, and as removed to one', () => {
    expect(diffRows('', v1, KEY)).toEqual({ added: 2, removed: 0, changed: 0 });
    expect(diffRows(v1, '', KEY)).toEqual({ added: 0, removed: 2, changed: 0 });
  });

  it('quoted cells holding commas and line breaks are one cell', () => {
    const a = 'period,area,note\n2022,45,"a, b\nc"\n';
    const b = 'period,area,note\n2022,45,"a, b\nd"\n';
    expect(diffRows(a, b, KEY)).toEqual({ added: 0, removed: 0, changed: 1 });
  });
});
