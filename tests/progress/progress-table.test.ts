import { describe, expect, it } from 'vitest';
import type { Pillar } from '../../src/lib/contract/reference.ts';
import { assessTargets } from '../../src/lib/progress/assess-targets.ts';
import { PROGRESS_CSV_COLUMNS, progressCsv, progressRows, type ProgressCsvColumn } from '../../src/lib/progress/progress-table.ts';
import { OPTIONS, syntheticIndicator, syntheticTarget } from './synthetic-targets.ts';

const pillars = [
  { id: 'first', order: 1, name: 'Trụ cột một', name_en: 'Pillar one' },
  { id: 'second', order: 2, name: 'Trụ cột hai', name_en: 'Pillar two' },
] as unknown as Pillar[];
const share = syntheticIndicator({ series: [{ figures: [['2021-01-01', 40], ['2025-01-01', 60.5]] }] });
const targets = [
  // Listed out of pillar order on purpose: the rows come back in pillar order.
  syntheticTarget({ id: 'later', pillar: 'second' as never, order: 1, indicator: null, wording: '=HYPERLINK("x")', value: 45 }),
  syntheticTarget({ id: 'earlier', pillar: 'first' as never, order: 2, year: 2028 }),
];
const ctx = { pillars, unitSymbols: new Map([['percent', '%']]) };
const rows = (locale: 'vi' | 'en') => progressRows(assessTargets(targets, [share], OPTIONS), { ...ctx, locale });
const headings = Object.fromEntries(PROGRESS_CSV_COLUMNS.map((c) => [c, c])) as Record<ProgressCsvColumn, string>;

describe('progressRows()', () => {
  it('gives one row per target, in pillar order, with status, latest figure and target', () => {
    const [a, b] = rows('vi');
    expect([a!.targetId, b!.targetId]).toEqual(['earlier', 'later']);
    expect(a).toMatchObject({ pillar: 'Trụ cột một', status: 'on-track', statusLabel: 'đúng tiến độ', statusOrder: 1 });
    expect(a!.latest).toMatchObject({ value: 60.5, text: '60,5%', period: '2025-01-01', periodText: '01/01/2025', leftOut: false });
    expect(a!.target).toEqual({ value: 80, text: '≥ 80%', year: 2028, direction: 'at-least' });
    expect(b).toMatchObject({ status: 'no-data', latest: null, indicatorId: null });
  });

  it('labels in the language asked for', () => {
    expect(rows('en')[0]).toMatchObject({ pillar: 'Pillar one', statusLabel: 'on track', wording: 'Synthetic target' });
  });
});

describe('progressCsv()', () => {
  const csv = progressCsv(rows('en'), headings, (id) => `/en/goals/${id}/`);

  it('opens in Excel as UTF-8: a byte order mark and CRLF line ends', () => {
    expect(csv.startsWith('\uFEFFtarget_id,target,pillar,status,')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replace(/\r\n/g, '').includes('\n')).toBe(false);
  });

  it('has the heading and one line per target', () => {
    const lines = csv.slice(1).trimEnd().split('\r\n');
    expect(lines).toHaveLength(1 + targets.length);
    expect(lines[1]).toBe('earlier,Synthetic target,Pillar one,on-track,on track,,60.5,%,2025-01-01,,Synthetic figures for tests,,80,at-least,2028,synthetic-share,/en/goals/earlier/');
  });

  it('neutralises text that Excel would run as a formula, and quotes what needs it', () => {
    const vi = progressCsv(rows('vi'), headings, (id) => `/goals/${id}/`);
    expect(vi).toContain(`,"'=HYPERLINK(""x"")",`);
  });
});

describe('a latest figure its source qualifies', () => {
  const over = syntheticIndicator({ series: [{ figures: [['2026-Q1', 13600, '44', { value: 'over' }]] }] });
  const undated = syntheticIndicator({ id: 'undated', series: [{ figures: [['2023-12-30', 7.09, '45', { period: 'not-stated' }]] }] });
  const qualified = [syntheticTarget({ id: 'members', indicator: 'synthetic-share' as never, value: 20000 }), syntheticTarget({ id: 'share', indicator: 'undated' as never })];
  const [members, share] = progressRows(assessTargets(qualified, [over, undated], OPTIONS), { ...ctx, locale: 'vi' });

  it('prints the bound and the undated period as the source gives them', () => {
    expect(members!.latest).toMatchObject({ text: 'hơn 13.600%', valueQualifier: 'over', periodText: 'Quý I/2026' });
    // An undated source: the period keeps the day of publication, which no other column gives.
    expect(share!.latest).toMatchObject({ text: '7,09%', periodText: 'kỳ không rõ, công bố 30/12/2023', periodQualifier: 'not-stated', sourceDateText: null });
  });

  it('keeps the qualifiers in their own columns of the CSV, beside the bare number', () => {
    const lines = progressCsv(progressRows(assessTargets(qualified, [over, undated], OPTIONS), { ...ctx, locale: 'en' }), headings, (id) => id).slice(1).split('\r\n');
    expect(lines[1]).toContain(',over,13600,%,2026-Q1,,');
    expect(lines[2]).toContain(',,7.09,%,2023-12-30,not-stated,');
  });
});

describe('a figure whose source states no period, from a dated source', () => {
  it('says only that the period is not stated, since the source-date column gives the day', () => {
    const dated = syntheticIndicator({ id: 'dated', series: [{ figures: [['2023-12-30', 7.09, '45', { period: 'not-stated' }]] }] });
    dated.observations[0]!.source = { ...dated.observations[0]!.source, date: '2023-12-30' };
    const [row] = progressRows(assessTargets([syntheticTarget({ indicator: 'dated' as never })], [dated], OPTIONS), { ...ctx, locale: 'en' });
    expect(row!.latest).toMatchObject({ periodText: 'period not stated', sourceDateText: '30 December 2023' });
  });
});
