// The rows of a view: the table under the chart and the CSV of the view are the same figures.
import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { selectView } from '../../src/lib/explore/explore-view.ts';
import { viewCsv, viewTable } from '../../src/lib/explore/view-table.ts';
import { PROVINCES, syntheticIndicator } from '../charts/synthetic-indicators.ts';

const indicator = syntheticIndicator({
  unit: 'percent',
  rows: [
    { period: '2020', area: '45', value: 40.5, value_qualifier: 'over' },
    { period: '2021', area: '45', value: null },
    { period: '2020', area: PROVINCES[0]!.code, value: 38 },
  ],
  sources: [{ id: 'nguon-thu', title: '=HYPERLINK("http://evil")', path: 'https://example.org/a', publisher: 'Cơ quan, Thử', date: '2021-03-01', provenance: 'official-report', confidence: 'high' } as never],
});
const shown = selectView(indicator, { areas: [PROVINCES[0]!.code], from: null, to: null, measure: 'value', display: 'chart', since: null });

describe('viewCsv', () => {
  const csv = viewCsv(shown, shown.observations);
  const [header, ...rows] = Papa.parse<string[]>(csv.slice(1).trim(), { newline: '\r\n' }).data;

  it('holds exactly the figures shown, one row each, with their source and its date', () => {
    expect(rows.map((r) => [r[0], r[1]])).toEqual(shown.observations.map((o) => [o.period.text, o.area.code]));
    const at = (name: string) => header!.indexOf(name);
    expect(rows[0]![at('source_date')]).toBe('2021-03-01');
    expect(rows[0]![at('source_url')]).toBe('https://example.org/a');
    expect(rows[0]![at('source_publisher')]).toBe('Cơ quan, Thử');
  });

  it('keeps the source’s uncertainty and leaves a missing figure empty, never zero', () => {
    const at = (name: string) => header!.indexOf(name);
    const over = rows.find((r) => r[at('value')] === '40.5')!;
    expect(over[at('value_qualifier')]).toBe('over');
    expect(rows.find((r) => r[0] === '2021')![at('value')]).toBe('');
  });

  it('opens safely in Excel: a byte order mark, CRLF, and no formula', () => {
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv).toContain('\r\n');
    expect(csv).toContain(`"'=HYPERLINK(""http://evil"")"`);
  });
});

describe('viewTable', () => {
  it('has a row per figure, the value with its qualifier, and says a missing figure in words', () => {
    const table = viewTable(shown, shown.observations, 'en');
    expect(table.rows).toHaveLength(shown.observations.length);
    expect(table.rows[0]!.cells.at(-1)).toBe('> 40.5');
    expect(table.rows.find((r) => r.missing)?.cells.at(-1)).toBe('—');
    expect(table.columns.at(-2)!.text).toBe('Value (%)');
  });
});
