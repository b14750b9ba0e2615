/**
 * Synthetic indicators and targets for the progress tests: invented figures, not Quảng Trị's data.
 * The territory mimics the real succession (province 45 until 30 June 2025, merged province 44
 * after) so that the merger rules are exercised on the same codes.
 */
import type { Resource, Source } from '../../src/lib/contract/data-package.ts';
import type { PeriodQualifier, ValueQualifier } from '../../src/lib/contract/observation.ts';
import { DatasetId, IndicatorId } from '../../src/lib/contract/ids.ts';
import type { Area, Target, Unit } from '../../src/lib/contract/reference.ts';
import { periodTime, type Indicator, type Observation, type Segment, type Series } from '../../src/lib/indicators/model.ts';
import { parsePeriod } from '../../src/lib/period.ts';

/** Today, fixed: every test assesses as of this day. */
export const TODAY = '2026-11-26';


const area = (code: string, name: string, name_en: string, level: Area['level'] = 'province'): Area =>
  ({ code, name, name_en, level, parent: null, valid_from: '2000-01-01', valid_to: null }) as Area;

export const AREAS: Record<string, Area> = {
  '45': area('45', 'Tỉnh thử nghiệm (trước sáp nhập)', 'Test province (before the merger)'),
  '44': area('44', 'Tỉnh thử nghiệm (sau sáp nhập)', 'Test province (after the merger)'),
  '461': area('461', 'Huyện thử nghiệm', 'Test district', 'district'),
};

/** The province's records in succession, as Portal.province gives them. */
export const PROVINCE = [AREAS['45']!, AREAS['44']!];
export const OPTIONS = { today: TODAY, province: PROVINCE };

const UNITS: Record<string, Unit> = {
  percent: { code: 'percent', symbol: '%', name: 'phần trăm', name_en: 'percent' } as Unit,
  rank: { code: 'rank', symbol: null, name: 'thứ hạng', name_en: 'rank' } as Unit,
};

const SOURCE = { id: 'synthetic', title: 'Synthetic figures for tests', path: 'https://example.org/', publisher: 'tests', provenance: 'official-report', confidence: 'low' } as unknown as Source;

/**
 * A figure: its period as written in a CSV, its value (null for a declared missing value), its
 * area (default "45", the province before the merger), and how its source qualifies it, if at all.
 */
export type Figure = [period: string, value: number | null, areaCode?: string, qualifiers?: { value?: ValueQualifier; period?: PeriodQualifier }];

export interface SyntheticSeries {
  key?: string;
  dims?: Record<string, string>;
  figures: Figure[];
}

/** An indicator whose series are given figure by figure; consecutive figures on one area form a segment. */
export function syntheticIndicator(options: { id?: string; unit?: 'percent' | 'rank'; series: SyntheticSeries[] }): Indicator {
  const unit = UNITS[options.unit ?? 'percent']!;
  const series: Series[] = options.series.map((s, k) => {
    const observations = s.figures.map(([text, value, code = '45', qualifiers = {}]): Observation => {
      const period = parsePeriod(text);
      if (!period) throw new Error(`synthetic figure: "${text}" is not a period`);
      return { period, time: periodTime(period), area: AREAS[code]!, dims: s.dims ?? {}, value, source: SOURCE, attributes: {}, valueQualifier: qualifiers.value ?? null, periodQualifier: qualifiers.period ?? null, note: null };
    });
    const segments: Segment[] = [];
    for (const o of observations) {
      const last = segments.at(-1);
      if (last && last.area.code === o.area.code) last.observations.push(o);
      else segments.push({ area: o.area, observations: [o] });
    }
    return { key: s.key ?? (k === 0 ? 'all' : `series-${k}`), label: { vi: '', en: '' }, dims: s.dims ?? {}, segments };
  });
  const id = options.id ?? 'synthetic-share';
  return {
    id: IndicatorId.parse(id),
    datasetId: DatasetId.parse('synthetic'),
    title: { vi: 'Chỉ tiêu giả lập', en: 'Synthetic indicator' },
    description: { vi: '', en: '' },
    unit,
    isRank: unit.code === 'rank',
    dimensions: [],
    attributes: [],
    series,
    observations: series.flatMap((s) => s.segments.flatMap((g) => g.observations)).sort((a, b) => a.time - b.time),
    peers: [],
    partsOf: null,
    targets: [],
    sources: [SOURCE],
    resource: { name: id } as unknown as Resource,
    tileAreas: [],
  };
}

/** A target row; by default "at least 80% by 2030". */
export function syntheticTarget(
  overrides: Partial<Omit<Target, 'id' | 'unit' | 'indicator'>> & { id?: string; unit?: string | null; indicator?: string | null } = {},
): Target {
  return {
    id: 'synthetic-target',
    resolution: 'synthetic',
    pillar: 'synthetic',
    order: 1,
    wording: 'Mục tiêu giả lập',
    wording_en: 'Synthetic target',
    year: 2030,
    value: 80,
    unit: 'percent',
    direction: 'at-least',
    indicator: 'synthetic-share',
    source: 'synthetic',
    clause: 'test',
    ...overrides,
  } as Target;
}
