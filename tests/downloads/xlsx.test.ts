import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { sha256Hex } from '../../src/lib/downloads/checksum.ts';
import { datasetXlsx } from '../../src/lib/downloads/xlsx.ts';
import { hostileDataset, sampleDataset } from './sample-dataset.ts';

async function readBack(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes.buffer as ArrayBuffer);
  return workbook;
}

/** Every row of a sheet as plain values, empty cells as null. */
function values(sheet: ExcelJS.Worksheet): unknown[][] {
  const rows: unknown[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row) => {
    const cells: unknown[] = [];
    for (let c = 1; c <= sheet.columnCount; c++) cells.push(row.getCell(c).value ?? null);
    rows.push(cells);
  });
  return rows;
}

afterEach(() => {
  vi.useRealTimers();
});

describe('the dataset workbook', () => {
  it('has a sheet per resource, then the columns, the metadata and the sources, named in the reader\'s language', async () => {
    const vi_ = await readBack(await datasetXlsx(sampleDataset(), { locale: 'vi' }));
    expect(vi_.worksheets.map((s) => s.name)).toEqual(['sample-share', 'Các cột', 'Thông tin', 'Nguồn']);
    const en = await readBack(await datasetXlsx(sampleDataset(), { locale: 'en' }));
    expect(en.worksheets.map((s) => s.name)).toEqual(['sample-share', 'Columns', 'Metadata', 'Sources']);
  });

  it('writes one header row of field names and numbers as numbers, a missing value as an empty cell', async () => {
    const sheet = (await readBack(await datasetXlsx(sampleDataset(), { locale: 'en' }))).getWorksheet('sample-share')!;
    expect(values(sheet)).toEqual([
      ['period', 'area', 'channel', 'source', 'value'],
      ['2022', '90', 'web', 'test-source', 41.5],
      ['2023', '90', 'web', 'test-source', 47],
      ['2023', '901', 'app', 'test-source', 12.25],
      ['2025-09-26', '91', 'web', 'test-source', null],
      ['2026-Q1', '91', 'app', 'test-source', 65.63],
    ]);
    expect(sheet.getCell('E2').type).toBe(ExcelJS.ValueType.Number);
    expect(sheet.getCell('E5').type).toBe(ExcelJS.ValueType.Null);
    expect(sheet.getCell('B2').type).toBe(ExcelJS.ValueType.String);
  });

  it('stores text starting with = + - @ as a string, never as a formula', async () => {
    const bytes = await datasetXlsx(hostileDataset(), { locale: 'en' });
    const workbook = await readBack(bytes);
    const metadata = workbook.getWorksheet('Metadata')!;
    const title = metadata.getCell('B3');
    expect(title.value).toBe('=HYPERLINK("http://evil.example","Bấm vào")');
    expect(title.type).toBe(ExcelJS.ValueType.String);
    expect(title.formula).toBeUndefined();
    const sources = workbook.getWorksheet('Sources')!;
    expect(sources.getCell('B2').value).toBe('+cmd|" /C calc"!A0');
    expect(sources.getCell('H2').value).toBe('@SUM(1+1)');
    const data = workbook.getWorksheet('sample-share')!;
    expect(data.getCell('C2').value).toBe('-2+3');
    expect(data.getCell('E3').value).toBe(-3.5);
    // And in the file itself: no sheet holds a formula element.
    const files = unzipSync(bytes);
    const sheets = Object.keys(files).filter((name) => name.startsWith('xl/worksheets/sheet'));
    expect(sheets).toHaveLength(4);
    for (const name of sheets) expect(strFromU8(files[name]!)).not.toMatch(/<f[ >]/);
    workbook.eachSheet((sheet) =>
      sheet.eachRow((row) => row.eachCell((cell) => expect(cell.type).not.toBe(ExcelJS.ValueType.Formula))),
    );
  });

  it('describes every column with its titles in both languages, its unit and what an empty cell means', async () => {
    const columns = (await readBack(await datasetXlsx(sampleDataset(), { locale: 'en', codeLabel: (kind, code) => (kind === 'unit' ? `<${code}>` : undefined) }))).getWorksheet('Columns')!;
    const rows = values(columns);
    expect(rows[0]).toEqual(['Sheet', 'Column', 'Title (Vietnamese)', 'Title (English)', 'Type', 'Unit', 'Description', 'Codes', 'An empty cell means']);
    expect(rows.find((r) => r[1] === 'channel')).toEqual(['sample-share', 'channel', 'Kênh', 'Kênh', 'text', null, null, 'web = Website; app = App', null]);
    expect(rows.find((r) => r[1] === 'value')).toEqual(['sample-share', 'value', 'Giá trị', 'Giá trị', 'number', '<percent>', null, null, 'None']);
  });

  it('lists the metadata and the sources, with codes named by the caller and links that open', async () => {
    const workbook = await readBack(
      await datasetXlsx(sampleDataset(), {
        locale: 'vi',
        pageUrl: 'https://example.org/du-lieu/sample-services/',
        codeLabel: (kind, code) => (kind === 'provenance' ? `Số liệu chính thức (${code})` : undefined),
      }),
    );
    const metadata = Object.fromEntries(values(workbook.getWorksheet('Thông tin')!).slice(1).map(([k, v]) => [k, v]));
    expect(metadata).toMatchObject({
      'Mã bộ dữ liệu': 'sample-services',
      'Phiên bản': '1.0.0',
      'Đơn vị công bố': 'Test team',
      'Điều khoản sử dụng': 'Free reuse with attribution',
      'Trụ cột': 'government',
      'Từ khóa': 'test',
    });
    expect(metadata['Trang trực tuyến']).toMatchObject({ hyperlink: 'https://example.org/du-lieu/sample-services/' });
    const sources = values(workbook.getWorksheet('Nguồn')!);
    expect(sources[1]!.slice(0, 4)).toEqual(['test-source', 'Synthetic source', 'Test team', '2024-01-15']);
    expect(sources[1]![4]).toMatchObject({ text: 'https://example.org/source', hyperlink: 'https://example.org/source' });
    expect(sources[1]![5]).toBe('Số liệu chính thức (official-statistic)');
    expect(sources[1]![6]).toBe('high');
  });

  it('names the types in the sheet\'s language, and links the online page only at an absolute address', async () => {
    const workbook = await readBack(await datasetXlsx(sampleDataset(), { locale: 'vi', pageUrl: '/du-lieu/sample-services/' }));
    const types = values(workbook.getWorksheet('Các cột')!).slice(1).map((r) => r[4]);
    expect(new Set(types)).toEqual(new Set(['chữ', 'số']));
    const metadata = Object.fromEntries(values(workbook.getWorksheet('Thông tin')!).slice(1).map(([k, v]) => [k, v]));
    // A path goes nowhere from a downloaded file: shown as text, never as a link.
    expect(metadata['Trang trực tuyến']).toBe('/du-lieu/sample-services/');
  });

  it('gives a row of wrapped text the height its lines need, and prints each sheet at the page\'s width, header repeated', async () => {
    const dataset = sampleDataset();
    const long = 'Mô tả rất dài của bộ dữ liệu, '.repeat(12).trim();
    const workbook = await readBack(await datasetXlsx({ ...dataset, descriptor: { ...dataset.descriptor, description: long } }, { locale: 'vi' }));
    const sheet = workbook.getWorksheet('Thông tin')!;
    const row = sheet.getRows(1, sheet.rowCount)!.find((r) => r.getCell(2).value === long)!;
    const width = sheet.getColumn(2).width!;
    expect(width).toBeLessThan(long.length);
    // At least as many lines as the text needs at that width, each 15 points tall.
    expect(row.height).toBeGreaterThanOrEqual(Math.ceil(long.length / width) * 15);
    expect(sheet.getColumn(2).alignment).toMatchObject({ wrapText: true });
    for (const each of workbook.worksheets) {
      expect(each.pageSetup).toMatchObject({ fitToPage: true, fitToWidth: 1, fitToHeight: 0, paperSize: 9, printTitlesRow: '1:1' });
    }
  });

  it('gives the same bytes for the same data whatever the clock says, so its checksum is stable', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-01-01T08:00:00Z'));
    const first = await datasetXlsx(sampleDataset(), { locale: 'vi', date: '2026-11-26' });
    vi.setSystemTime(new Date('2027-06-30T17:59:59Z'));
    const second = await datasetXlsx(sampleDataset(), { locale: 'vi', date: '2026-11-26' });
    expect(sha256Hex(second)).toBe(sha256Hex(first));
    const workbook = await readBack(second);
    expect(workbook.created.toISOString()).toBe('2026-11-26T00:00:00.000Z');
  });

  it('keeps [Content_Types].xml first in the archive, where Office and file sniffers look', async () => {
    const files = unzipSync(await datasetXlsx(sampleDataset(), { locale: 'en' }));
    expect(Object.keys(files)[0]).toBe('[Content_Types].xml');
  });
});
