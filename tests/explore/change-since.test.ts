// Change since a year: worked out from published figures only, never across a change of territory,
// keeping a rough figure rough, and leaving out (and naming) a series with no figure that year.
import { describe, expect, it } from 'vitest';
import { baseYears, changeSince, changeSummary, CHANGE_UNIT, differenceQualifier } from '../../src/lib/explore/change-since.ts';
import { selectView } from '../../src/lib/explore/explore-view.ts';
import { viewCsv, viewTable } from '../../src/lib/explore/view-table.ts';
import { parseViewQuery, viewQuery } from '../../src/lib/explore/view-query.ts';
import { defaultView, exploreChoices } from '../../src/lib/explore/explore-view.ts';
import { renderChartSvg } from '../../src/lib/charts/render.ts';
import Papa from 'papaparse';
import { PROVINCES, syntheticIndicator } from '../charts/synthetic-indicators.ts';

const shares = () =>
  syntheticIndicator({
    unit: 'percent',
    rows: [
      { period: '2018', area: '45', value: 52.17 },
      { period: '2020', area: '45', value: 61.26, value_qualifier: 'over' },
      { period: '2024', area: '45', value: 70 },
      // The merged province: a territory of its own, not a change of the old one.
      { period: '2025', area: '44', value: 80 },
      { period: '2020', area: PROVINCES[0]!.code, value: 40 },
      { period: '2018', area: 'VN', value: 50, value_qualifier: 'about' },
      { period: '2024', area: 'VN', value: 55 },
    ],
    targets: [{ year: 2025, value: 90 }],
  });

describe('changeSince', () => {
  const indicator = shares();
  const view = { areas: ['VN', PROVINCES[0]!.code], from: null, to: null, measure: 'value' as const, display: 'chart' as const, since: 2018 };
  const selected = selectView(indicator, view);
  const result = changeSince(selected, 2018);
  const { indicator: change, changes, without, notAcross } = result;

  it('subtracts each series’ own figure of the base year, to the decimals published', () => {
    const province = change.series[0]!.segments[0]!.observations.map((o) => [o.period.text, o.value]);
    expect(province).toEqual([['2018', 0], ['2020', 9.09], ['2024', 17.83]]);
    expect(change.series[1]!.segments[0]!.observations.map((o) => o.value)).toEqual([0, 5]);
  });

  it('never compares the merged province with the old one, and says so', () => {
    expect(change.observations.some((o) => o.period.text === '2025')).toBe(false);
    expect(notAcross.map((n) => n.since)).toEqual(['2025-07-01']);
  });

  it('leaves out, and names, a series with no figure in the base year', () => {
    expect(without.map((s) => s.segments[0]!.area.code)).toEqual([PROVINCES[0]!.code]);
  });

  it('keeps a rough figure rough, the base year itself at exactly 0, and drops a change nothing bounds', () => {
    expect(change.series[0]!.segments[0]!.observations[1]!.valueQualifier).toBe('over');
    expect(change.series[1]!.segments[0]!.observations.map((o) => o.valueQualifier)).toEqual([null, 'about']);
    expect(differenceQualifier(null, 'over')).toBe('under');
    expect(differenceQualifier('over', 'under')).toBe('over');
    expect(differenceQualifier('over', 'over')).toBe('unbounded');
    expect(differenceQualifier('under', null)).toBe('under');
  });

  it('takes as base only a year stated as a year, never a quarter or a figure whose period is rough', () => {
    const rough = syntheticIndicator({
      unit: 'percent',
      rows: [
        { period: '2019-Q1', area: '45', value: 10 },
        { period: '2019-12-30', area: '45', value: 11, period_qualifier: 'not-stated' },
        { period: '2020', area: '45', value: 12 },
        { period: '2021', area: '45', value: 13 },
      ],
    });
    expect(baseYears(rough)).toEqual([2020]);
    expect(changeSince(rough, 2019).without).toHaveLength(1);
    expect(changeSince(rough, 2020).indicator.observations.map((o) => [o.period.text, o.value])).toEqual([['2020', 0], ['2021', 1]]);
  });

  it('says in words what moved, from which two published figures, and what was left out', () => {
    const words = changeSummary(selected, result, 2018, 'en');
    expect(words).toContain('Change since each line’s own figure for 2018.');
    expect(words).toContain(': +17.83 percentage points by 2024 (70 against 52.17).');
    expect(words).toContain('about +5 percentage points by 2024 (55 against about 50).');
    expect(words).toContain(`No figure for 2018, so no change for: ${PROVINCES[0]!.name_en}.`);
    expect(words).toContain('figures from 1 July 2025 are of another territory');
    expect(words).not.toMatch(/national average|published/);
  });

  it('says what it is: percentage points since the year, no "%" sign, no target', () => {
    expect(change.unit.code).toBe(CHANGE_UNIT);
    expect(change.unit.symbol).toBeNull();
    expect(change.unit.name_en).toBe('change since 2018, percentage points');
    expect(change.title.en).toBe('Test indicator: change since 2018');
    expect(change.targets).toEqual([]);
    const svg = renderChartSvg(change, { width: 720, height: 360, locale: 'en', today: '2026-11-30', idPrefix: 'c' });
    expect(svg).toContain('Change since 2018, percentage points');
    expect(svg).not.toMatch(/>\d+%</);
    expect(viewTable(change, change.observations, 'en').columns.at(-2)!.text).toBe('Change since 2018, percentage points');
  });

  it('downloads the published figures beside the base and the change, so each number can be traced', () => {
    const csv = viewCsv(indicator, change.observations, { since: 2018, list: changes });
    const [header, ...rows] = Papa.parse<string[]>(csv.slice(1).trim(), { newline: '\r\n' }).data;
    const at = (name: string) => header!.indexOf(name);
    const row2020 = rows.find((r) => r[0] === '2020' && r[1] === '45')!;
    expect([row2020[at('value')], row2020[at('base_value')], row2020[at('change_since_2018')], row2020[at('change_qualifier')], row2020[at('unit')]]).toEqual(['61.26', '52.17', '9.09', 'over', 'percent']);
  });
});

describe('change since in the address', () => {
  it('round-trips, and is refused for a rank or a year without figures', () => {
    const indicator = shares();
    const choices = exploreChoices(indicator, null);
    const defaults = defaultView(indicator, choices);
    const view = { ...defaults, since: 2018 };
    expect(viewQuery(view, defaults)).toBe('?since=2018');
    expect(parseViewQuery('?since=2018', choices, defaults)).toEqual(view);
    expect(parseViewQuery('?since=2019', choices, defaults).since).toBeNull();
    const rank = syntheticIndicator({ unit: 'rank', rows: [{ period: '2018', area: '45', value: 5, out_of: 63 }, { period: '2020', area: '45', value: 3, out_of: 63 }] });
    const rankChoices = exploreChoices(rank, null);
    expect(rankChoices.sinceYears).toEqual([]);
    expect(parseViewQuery('?since=2018', rankChoices, defaultView(rank, rankChoices)).since).toBeNull();
  });
});
