/**
 * Synthetic datasets for the benchmark (`npm run bench`): as many as asked, each a valid Data
 * Package under the data contract, so that validate, build and search indexing can be timed at
 * sizes the real portal will reach. Pure: it returns the files' text by path, and the benchmark
 * writes them into a temporary folder, never under the repository's data/.
 */

/** The ids of the synthetic datasets start with this, so they never clash with a real one. */
export const SYNTHETIC_PREFIX = 'bench-';

/** Each synthetic dataset holds this many indicators: a share by district and a count by year. */
export const INDICATORS_PER_DATASET = 2;

/** The pillars the datasets are spread over, in turn (ids from data/reference/pillars.csv). */
const PILLARS = ['digital-government', 'digital-economy', 'digital-society', 'digital-infrastructure'];

/** Districts of the province before the 2025 merger (data/reference/areas.csv). */
const DISTRICTS = ['461', '462', '464', '465'];

const SOURCE = 'bench-source';
const YEARS = [2021, 2022, 2023, 2024];

/** A dataset's id from its number, zero-padded so that folder order is number order. */
export const syntheticId = (k: number): string => `${SYNTHETIC_PREFIX}${String(k).padStart(4, '0')}`;

/** A repeatable value in [0, 1) from a dataset number and a row number: no randomness between runs. */
function noise(k: number, row: number): number {
  const x = Math.sin(k * 12.9898 + row * 78.233) * 43758.5453;
  return x - Math.floor(x);
}

const text = (name: string, vi: string, en: string) => ({ name, title: vi, title_en: en });

function field(name: string, type: string, vi: string, en: string, extra: Record<string, unknown> = {}) {
  return { ...text(name, vi, en), type, ...extra };
}

function resource(name: string, unit: string, valueType: 'number' | 'integer', dimensions: readonly string[], vi: string, en: string) {
  return {
    ...text(name, vi, en),
    path: `${name}.csv`,
    description: `Số liệu tổng hợp dùng để đo thời gian xây dựng (${vi}).`,
    description_en: `Synthetic figures for timing the build (${en}).`,
    format: 'csv',
    mediatype: 'text/csv',
    encoding: 'utf-8',
    schema: {
      fields: [
        field('period', 'string', 'Kỳ số liệu', 'Period', { constraints: { required: true } }),
        field('area', 'string', 'Địa bàn', 'Area', { constraints: { required: true } }),
        ...dimensions.map((d) => field(d, 'string', 'Kênh', 'Channel', {
          constraints: { required: true },
          categories: [
            { value: 'web', label: 'Trang web', label_en: 'Website' },
            { value: 'app', label: 'Ứng dụng', label_en: 'App' },
          ],
        })),
        field('source', 'string', 'Nguồn', 'Source', { constraints: { required: true } }),
        field('value', valueType, 'Giá trị', 'Value', { unit, constraints: { minimum: 0, ...(unit === 'percent' ? { maximum: 100 } : {}) } }),
      ],
      primaryKey: ['period', 'area', ...dimensions],
      missingValues: [{ value: '', label: 'Không có số liệu công bố', label_en: 'No published figure' }],
    },
  };
}

function descriptor(k: number, version: string) {
  const id = syntheticId(k);
  return {
    $schema: 'https://datapackage.org/profiles/2.0/datapackage.json',
    name: id,
    title: `Bộ dữ liệu tổng hợp số ${k}`,
    title_en: `Synthetic dataset number ${k}`,
    description: 'Dữ liệu tổng hợp, chỉ dùng để đo thời gian xây dựng cổng; không phải số liệu thật.',
    description_en: 'Synthetic data, only for timing the portal build; not real figures.',
    version,
    created: '2026-01-01T00:00:00Z',
    keywords: ['benchmark', `bench ${k}`],
    contributors: [{ title: 'Nhóm đo hiệu năng', roles: ['publisher'] }],
    licenses: [{ name: 'other-at', title: 'Tự do sử dụng, ghi rõ nguồn (Free reuse with attribution)' }],
    sources: [
      { id: SOURCE, title: 'Nguồn tổng hợp', path: 'https://example.org/bench', publisher: 'Nhóm đo hiệu năng', date: '2025-01-15', provenance: 'official-statistic', confidence: 'high' },
    ],
    pillars: [PILLARS[k % PILLARS.length]!],
    resources: [
      resource(`${id}-share`, 'percent', 'number', ['channel'], `Tỷ lệ tổng hợp ${k}`, `Synthetic share ${k}`),
      resource(`${id}-count`, 'count', 'integer', [], `Số lượng tổng hợp ${k}`, `Synthetic count ${k}`),
    ],
  };
}

function shareCsv(k: number, years: readonly number[]): string {
  const lines = ['period,area,channel,source,value'];
  let row = 0;
  for (const year of years) {
    for (const area of ['45', ...DISTRICTS]) {
      for (const channel of ['web', 'app']) lines.push(`${year},${area},${channel},${SOURCE},${(100 * noise(k, row++)).toFixed(2)}`);
    }
  }
  lines.push(`2025-Q4,44,web,${SOURCE},${(100 * noise(k, row)).toFixed(2)}`);
  return `${lines.join('\n')}\n`;
}

function countCsv(k: number, years: readonly number[]): string {
  const rows = years.map((year, row) => `${year},45,${SOURCE},${Math.round(1000 * noise(k, 100 + row))}`);
  return `${['period,area,source,value', ...rows, `2025-Q4,44,${SOURCE},${Math.round(1000 * noise(k, 200))}`].join('\n')}\n`;
}

/**
 * The files of one synthetic dataset, by path from the portal's root. `edition` 0 is the first
 * publication; each later edition adds a year of figures and raises the minor version, so a
 * benchmark can commit several editions and give git a history to read.
 */
export function syntheticDataset(k: number, edition = 0): Map<string, string> {
  const dir = `data/datasets/${syntheticId(k)}`;
  const years = YEARS.slice(0, Math.min(YEARS.length, 1 + edition));
  const json = descriptor(k, `1.${edition}.0`);
  return new Map([
    [`${dir}/datapackage.json`, `${JSON.stringify(json, null, 2)}\n`],
    [`${dir}/${syntheticId(k)}-share.csv`, shareCsv(k, years)],
    [`${dir}/${syntheticId(k)}-count.csv`, countCsv(k, years)],
  ]);
}

/** The files of datasets 1 to `count`, by path from the portal's root. */
export function syntheticDatasets(count: number, edition = 0): Map<string, string> {
  const files = new Map<string, string>();
  for (let k = 1; k <= count; k++) for (const [path, content] of syntheticDataset(k, edition)) files.set(path, content);
  return files;
}
