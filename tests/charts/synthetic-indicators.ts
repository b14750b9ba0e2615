/**
 * Synthetic indicators for chart tests, built through the real model (buildIndicator), so series,
 * segments and times are what the site would make. Every name is clearly made up ("Huyện Thử");
 * nothing here is published data, and nothing is written under data/.
 */
import type { DataPackage, Resource, Source } from '../../src/lib/contract/data-package.ts';
import { DatasetId } from '../../src/lib/contract/ids.ts';
import type { Area, Target, Unit } from '../../src/lib/contract/reference.ts';
import type { Field } from '../../src/lib/contract/table-schema.ts';
import { buildIndicator, type Indicator } from '../../src/lib/indicators/model.ts';
import type { Dataset, Row } from '../../src/lib/contract/portal-types.ts';

const area = (code: string, name: string, name_en: string, level: Area['level'], parent: string | null, valid_from: string, valid_to: string | null) =>
  ({ code, name, name_en, level, parent, valid_from, valid_to }) as Area;

/** The synthetic province before and after its merger, with the real codes and dates of the merger. */
export const OLD_PROVINCE = area('45', 'Tỉnh Thử (trước 01/07/2025)', 'Thử province (before 1 July 2025)', 'province', null, '1989-07-01', '2025-06-30');
export const NEW_PROVINCE = area('44', 'Tỉnh Thử (từ 01/07/2025)', 'Thử province (from 1 July 2025)', 'province', null, '2025-07-01', null);

/** The tile map's cells [column, row] of data/reference/areas.csv: a 4 × 4 grid. */
export const TILE_PLACES: Record<string, [number, number]> = {
  '464': [2, 0], '471': [3, 0], '465': [0, 1], '466': [2, 1], '467': [0, 2],
  '468': [1, 2], '461': [2, 2], '469': [3, 2], '462': [2, 3], '470': [3, 3],
};

/** Ten synthetic districts on the codes the tile grid knows: "Huyện Thử A" … "Huyện Thử J". */
export const DISTRICTS: Area[] = ['461', '462', '464', '465', '466', '467', '468', '469', '470', '471'].map((code, i) => {
  const letter = String.fromCharCode(65 + i);
  const [tile_column, tile_row] = TILE_PLACES[code]!;
  return { ...area(code, `Huyện Thử ${letter}`, `Thử ${letter} district`, 'district', '45', '2021-01-01', '2025-06-30'), tile_column, tile_row };
});

/** The whole country, for national averages. */
export const COUNTRY = area('VN', 'Toàn quốc thử', 'Test country', 'country', null, '1976-07-02', null);

/**
 * Twelve synthetic provinces around the old province on a 3 × 5 grid (the province at column 1,
 * row 2; "Tỉnh Thử Bắc" above it and "Tỉnh Thử Nam" below, its neighbours), all ending with the
 * merger like the real 63.
 */
export const PROVINCES: Area[] = [
  ['01', 'Bắc', 1, 1], ['02', 'Nam', 1, 3], ['03', 'Một', 0, 0], ['04', 'Hai', 1, 0], ['05', 'Ba', 2, 0], ['06', 'Bốn', 0, 1],
  ['07', 'Năm', 0, 2], ['08', 'Sáu', 0, 3], ['09', 'Bảy', 2, 3], ['10', 'Tám', 0, 4], ['11', 'Chín', 1, 4], ['12', 'Mười', 2, 4],
].map(([code, name, column, row]) => ({
  ...area(code as string, `Tỉnh Thử ${name}`, `Thử ${name} province`, 'province', 'VN', '2004-07-08', '2025-06-30'),
  tile_column: column as number,
  tile_row: row as number,
}));
const PLACED_OLD_PROVINCE: Area = { ...OLD_PROVINCE, tile_column: 1, tile_row: 2 };

export const UNITS: Unit[] = [
  { code: 'percent', symbol: '%', name: 'phần trăm', name_en: 'percent' },
  { code: 'rank', symbol: '', name: 'thứ hạng', name_en: 'rank' },
  { code: 'count', symbol: '', name: 'số lượng', name_en: 'number' },
  { code: 'index-points', symbol: '', name: 'điểm', name_en: 'points' },
] as Unit[];

export const SOURCE = {
  id: 'nguon-thu',
  title: 'Báo cáo thử',
  path: 'https://example.org/bao-cao-thu',
  publisher: 'Cơ quan Thử',
  date: '2023-12-30',
  provenance: 'official-report',
  confidence: 'high',
} as Source;

export interface Dimension {
  name: string;
  categories: Array<{ value: string; label: string; label_en: string; minimum?: number; maximum?: number }>;
}

export interface SyntheticSpec {
  id?: string;
  title?: string;
  title_en?: string;
  unit?: 'percent' | 'rank' | 'count' | 'index-points';
  dimensions?: Dimension[];
  /** Rows as the CSV would hold them; out_of is added as an attribute column for ranks. */
  rows: Row[];
  targets?: Array<Partial<Target> & { year: number; value: number | null }>;
  sources?: Source[];
  /** The indicator whose parts this one holds (a parts_of table); its one dimension names the parts. */
  partsOf?: string;
  /** Extra areas (the synthetic provinces and the country are always there). */
  areas?: Area[];
}

const field = (name: string, type: Field['type'], extra: Partial<Field> = {}): Field => ({ name, type, title: name, title_en: name, ...extra }) as Field;

/** An Indicator built from synthetic rows, as datasetIndicators would build it from a CSV. */
export function syntheticIndicator(spec: SyntheticSpec): Indicator {
  const id = spec.id ?? 'chi-so-thu';
  const unit = spec.unit ?? 'percent';
  const dims = spec.dimensions ?? [];
  const fields: Field[] = [
    field('period', 'string'),
    field('area', 'string'),
    ...dims.map((d) => field(d.name, 'string', { categories: d.categories })),
    ...(unit === 'rank' ? [field('out_of', 'integer')] : []),
    field('source', 'string'),
    field('value', 'number', { unit } as Partial<Field>),
  ];
  const resource = {
    name: id,
    path: `${id}.csv`,
    title: spec.title ?? 'Chỉ số thử',
    title_en: spec.title_en ?? 'Test indicator',
    description: 'Chỉ số tổng hợp cho kiểm thử.',
    description_en: 'A synthetic indicator for tests.',
    format: 'csv',
    mediatype: 'text/csv',
    encoding: 'utf-8',
    schema: { fields, primaryKey: ['period', 'area', ...dims.map((d) => d.name)], missingValues: [{ value: '', label: 'Không có', label_en: 'Missing' }] },
    ...(spec.partsOf ? { parts_of: spec.partsOf } : {}),
  } as unknown as Resource;
  const sources = spec.sources ?? [SOURCE];
  const dataset: Dataset = { id: DatasetId.parse('bo-du-lieu-thu'), dir: 'data/datasets/bo-du-lieu-thu', descriptor: { sources } as unknown as DataPackage, indicators: [] };
  const targets = (spec.targets ?? []).map(
    (t, i) =>
      ({
        id: `muc-tieu-thu-${i + 1}`,
        resolution: '02-nq-tu',
        pillar: 'digital-economy',
        order: i + 1,
        wording: 'Mục tiêu thử',
        wording_en: 'Test target',
        unit,
        direction: unit === 'rank' ? 'at-most' : 'at-least',
        indicator: id,
        source: 'nguon-thu',
        clause: 'Đoạn thử',
        ...t,
      }) as Target,
  );
  const rows = spec.rows.map((r) => ({ source: sources[0]!.id, ...r }));
  return buildIndicator(dataset, resource, rows, {
    areas: [PLACED_OLD_PROVINCE, NEW_PROVINCE, ...DISTRICTS, ...PROVINCES, COUNTRY, ...(spec.areas ?? [])],
    units: UNITS,
    targets,
    province: [PLACED_OLD_PROVINCE, NEW_PROVINCE],
  });
}

/** A share with one figure in 2023 and a 15% target for 2030, like the digital economy's share of GRDP. */
export const withTarget = () =>
  syntheticIndicator({ rows: [{ period: '2023', area: '45', value: 7.09 }], targets: [{ year: 2030, value: 15 }] });

/** A count reported on the old province in 2023 and on the merged one in 2026-Q1. */
export const acrossMerger = () =>
  syntheticIndicator({
    unit: 'count',
    rows: [
      { period: '2022', area: '45', value: 3900 },
      { period: '2023', area: '45', value: 4327 },
      { period: '2026-Q1', area: '44', value: 13600 },
    ],
  });

/** A rank out of 63 that improved from 55 to 41. */
export const rank = () =>
  syntheticIndicator({
    unit: 'rank',
    rows: [
      { period: '2022', area: '45', out_of: 63, value: 55 },
      { period: '2023', area: '45', out_of: 63, value: 41 },
    ],
    targets: [{ year: 2030, value: null }],
  });

/** Districts compared in one year; `missing` districts have no row at all. */
export const districts = (values: Array<number | null>) =>
  syntheticIndicator({
    rows: values.flatMap((value, i) => (value === undefined ? [] : [{ period: '2024', area: DISTRICTS[i]!.code, value }])),
  });
