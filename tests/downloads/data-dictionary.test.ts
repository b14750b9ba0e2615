import { describe, expect, it } from 'vitest';
import { dataDictionary, emptyCellMeanings, fieldConstraints } from '../../src/lib/downloads/data-dictionary.ts';
import { formatBytes } from '../../src/lib/downloads/file-size.ts';
import type { Row } from '../../src/lib/contract/portal-types.ts';
import { periodCovered } from '../../src/lib/period-covered.ts';
import { asciiSlug } from '../../src/lib/text/fold.ts';
import { sampleDataset } from './sample-dataset.ts';
import { realPortal } from '../support/real-portal.ts';

describe('the data dictionary', () => {
  const rows = dataDictionary(sampleDataset().indicators[0]!.resource.schema);

  it('has a row per column, in order, marking the primary key', () => {
    expect(rows.map((r) => [r.name, r.key])).toEqual([
      ['period', true],
      ['area', true],
      ['channel', true],
      ['source', false],
      ['value', false],
    ]);
  });

  it('says what an empty cell means only where a cell may be empty', () => {
    expect(rows.find((r) => r.name === 'period')!.missing).toEqual([]);
    expect(rows.find((r) => r.name === 'value')!.missing.map((m) => m.label_en)).toEqual(['None']);
  });

  it('tells a reader what every published source column holds, in both languages, now that no "enum" lists its ids', () => {
    const sourceRows = realPortal().datasets.flatMap((d) => d.indicators.map((i) => dataDictionary(i.resource.schema).find((r) => r.name === 'source')!));
    expect(sourceRows.length).toBeGreaterThan(0);
    for (const row of sourceRows) {
      expect(row).toMatchObject({ description: 'Mã nguồn, tra trong mục sources của gói dữ liệu này.', description_en: 'Source id, listed under sources in this data package.' });
      expect(row.constraints).toEqual([{ kind: 'required' }]);
    }
  });

  it('lists constraints in a fixed order', () => {
    expect(
      fieldConstraints({ name: 'x', type: 'integer', title: 'x', title_en: 'x', constraints: { enum: [1, 2], maximum: 9, required: true, pattern: '^\\d$', minimum: 0 } }),
    ).toEqual([
      { kind: 'required' },
      { kind: 'minimum', value: 0 },
      { kind: 'maximum', value: 9 },
      { kind: 'pattern', value: '^\\d$' },
      { kind: 'enum', values: [1, 2] },
    ]);
  });
});

describe('what the catalogue prints', () => {
  it('file sizes in decimal units, with the locale\'s decimal mark', () => {
    expect(formatBytes(812, 'vi')).toBe('812 B');
    expect(formatBytes(12_345, 'vi')).toBe('12,3 kB');
    expect(formatBytes(12_345, 'en')).toBe('12.3 kB');
    expect(formatBytes(999_960, 'en')).toBe('1 MB');
    expect(formatBytes(2_350_000, 'en')).toBe('2.35 MB');
  });

  it('the period covered, as readers write periods', () => {
    const rows = (...periods: unknown[]) => periods.map((period) => ({ period }) as Row);
    expect(periodCovered(rows('2023', '2026-Q1', '2025-09-26'), 'vi')).toBe('2023 – Quý I/2026');
    expect(periodCovered(rows('2023', '2026-Q1'), 'en')).toBe('2023 – Q1 2026');
    expect(periodCovered(rows(2022), 'en')).toBe('2022');
    expect(periodCovered(rows(null), 'en')).toBeNull();
  });

  it('the period covered, saying "about" where the source dates an end only roughly', () => {
    const rows = [{ period: '2023', period_qualifier: 'about' }, { period: '2026-Q1', period_qualifier: null }] as Row[];
    expect(periodCovered(rows, 'vi')).toBe('khoảng 2023 – Quý I/2026');
    expect(periodCovered(rows, 'en')).toBe('about 2023 – Q1 2026');
  });

  it('the ZIP\'s name from the province in site.json', () => {
    expect(asciiSlug('Quảng Trị')).toBe('quang-tri');
    expect(asciiSlug('Đắk Lắk')).toBe('dak-lak');
  });
});

describe('the qualifier columns in a data dictionary', () => {
  const schema = {
    fields: [
      { name: 'period', type: 'string', title: 'Kỳ', title_en: 'Period' },
      { name: 'period_qualifier', type: 'string', title: 'Kỳ: mức chính xác', title_en: 'Period: how exact' },
      { name: 'value_qualifier', type: 'string', title: 'Giá trị: mức chính xác', title_en: 'Value: how exact' },
    ],
    primaryKey: ['period'],
    missingValues: [],
  } as unknown as Parameters<typeof dataDictionary>[0];

  it('explain their codes in both languages even when the schema declares them bare', () => {
    const [, period, value] = dataDictionary(schema);
    expect(period!.categories!.map((c) => c.value)).toEqual(['about', 'not-stated']);
    expect(period!.categories![1]!.label_en).toBe('the source states no period; the period column holds the day it published the figure');
    expect(value!.categories!.map((c) => [c.value, c.label])).toEqual([
      ['over', 'nguồn ghi "hơn": số liệu lớn hơn giá trị (cận dưới)'],
      ['under', 'nguồn ghi "dưới": số liệu nhỏ hơn giá trị (cận trên)'],
      ['about', 'nguồn ghi "khoảng": giá trị gần đúng'],
    ]);
  });
});

describe('an empty cell in a qualifier or note column', () => {
  it('means the source is plain, or there is no note, not that a figure is missing', () => {
    const missing = [{ value: '', label: 'Không có số liệu công bố', label_en: 'No published figure' }];
    const field = (name: string) => ({ name, type: 'string', title: name, title_en: name }) as Parameters<typeof emptyCellMeanings>[0];
    expect(emptyCellMeanings(field('value_qualifier'), missing).map((m) => m.label_en)).toEqual(['the source gives the value plainly']);
    expect(emptyCellMeanings(field('period_qualifier'), missing).map((m) => m.label)).toEqual(['nguồn nêu rõ kỳ số liệu']);
    expect(emptyCellMeanings(field('note_en'), missing).map((m) => m.label_en)).toEqual(['no note']);
    expect(emptyCellMeanings(field('channel'), missing)).toBe(missing);
  });
});
