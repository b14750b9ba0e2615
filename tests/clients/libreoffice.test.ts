// The downloads opened by a real spreadsheet: LibreOffice Calc, headless, reading each "CSV for
// Excel" the way Excel reads a double-clicked CSV on Windows set to Vietnamese (";" between cells,
// "," for decimals: language vi-VN) or to English (",", "."; en-US). LibreOffice stands in for
// Excel, which does not run here; its CSV filter takes the separator and the locale explicitly,
// as Excel takes them from Windows' regional settings.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { datasetXlsx } from '../../src/lib/downloads/xlsx.ts';
import { excelCsv } from '../../src/lib/downloads/excel-csv.ts';
import { realPortal, REPO_ROOT } from '../support/real-portal.ts';
import { sampleDataset } from '../downloads/sample-dataset.ts';

const SOFFICE = '/usr/bin/soffice';
// LibreOffice starts in ~1 s alone, but several times slower beside the rest of the suite, and its first start makes its profile.
vi.setConfig({ testTimeout: 120_000, hookTimeout: 120_000 });
/** The CSV filter's options: separator, quote ("), UTF-8 (76), from line 1, no column types, the locale's LCID. */
const filter = (separator: ';' | ',', lcid: number) => `CSV:${separator.charCodeAt(0)},34,76,1,,${lcid},false,true`;
const VI_VN = 1066;
const EN_US = 1033;

const portal = realPortal();
// A table whose values have decimals, so that the decimal mark matters.
const dataset = portal.datasets.find((d) => d.indicators.some(({ rows }) => rows.some((r) => typeof r.value === 'number' && !Number.isInteger(r.value))))!;
const { resource, rows } = dataset.indicators.find(({ rows }) => rows.some((r) => typeof r.value === 'number' && !Number.isInteger(r.value)))!;
const committed = readFileSync(join(REPO_ROOT, dataset.dir, resource.path), 'utf8');
const fields = resource.schema.fields.map((f) => f.name);

let work: string;
/** Converts files with LibreOffice (one process for all), returning the converted files' paths. */
function convert(files: string[], to: string, infilter?: string): string[] {
  const profile = `file://${join(work, 'profile')}`;
  execFileSync(SOFFICE, [`-env:UserInstallation=${profile}`, '--headless', '--norestore', ...(infilter ? [`--infilter=${infilter}`] : []), '--convert-to', to, '--outdir', join(work, 'out'), ...files], {
    stdio: 'pipe',
    timeout: 120_000,
  });
  return files.map((file) => join(work, 'out', `${file.split('/').pop()!.replace(/\.[^.]+$/, '')}.${to.split(':')[0]}`));
}

/** The first sheet's rows, each cell as LibreOffice typed it. */
async function sheetRows(xlsxPath: string): Promise<ExcelJS.CellValue[][]> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(xlsxPath);
  const out: ExcelJS.CellValue[][] = [];
  book.worksheets[0]!.eachRow((row) => out.push((row.values as ExcelJS.CellValue[]).slice(1)));
  return out;
}

describe(`CSV for Excel of ${resource.path}, opened by LibreOffice Calc`, () => {
  beforeAll(() => {
    expect(existsSync(SOFFICE), `${SOFFICE} is missing: install Debian's libreoffice-calc-nogui (npm test does, as root)`).toBe(true);
    work = mkdtempSync(join(tmpdir(), 'libreoffice-'));
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  const write = (name: string, text: string) => {
    const path = join(work, name);
    writeFileSync(path, text);
    return path;
  };
  const expectedValues = rows.map((r) => r.value);

  it('set to Vietnamese, opens the semicolon file into its columns, with numbers as numbers', async () => {
    const [xlsx] = convert([write('vi.csv', excelCsv(committed, resource.schema, { style: 'semicolon' }))], 'xlsx', filter(';', VI_VN));
    const [header, ...body] = await sheetRows(xlsx!);
    expect(header).toEqual(fields);
    expect(body.map((cells) => cells[fields.length - 1] ?? null)).toEqual(expectedValues);
  });

  it('set to English, opens the comma file into its columns, with numbers as numbers', async () => {
    const [xlsx] = convert([write('en.csv', excelCsv(committed, resource.schema, { style: 'comma' }))], 'xlsx', filter(',', EN_US));
    const [header, ...body] = await sheetRows(xlsx!);
    expect(header).toEqual(fields);
    expect(body.map((cells) => cells[fields.length - 1] ?? null)).toEqual(expectedValues);
  });

  it('set to Vietnamese, puts the comma file in one column: why the Vietnamese file exists', async () => {
    const [xlsx] = convert([write('wrong.csv', excelCsv(committed, resource.schema, { style: 'comma' }))], 'xlsx', filter(';', VI_VN));
    const [header] = await sheetRows(xlsx!);
    expect(header).toEqual([fields.join(',')]);
  });
});

describe(`the Vietnamese workbook of ${dataset.id}, opened by LibreOffice Calc`, () => {
  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'libreoffice-'));
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('keeps every period of its first table as the text committed, never a date or a number', async () => {
    const path = join(work, 'book.xlsx');
    writeFileSync(path, await datasetXlsx(dataset, { locale: 'vi', pageUrl: `https://example.org/data/${dataset.id}/` }));
    // LibreOffice writes the first sheet back as CSV as it typed it: a period read as a date or a number would come back changed.
    const [csv] = convert([path], 'csv:Text - txt - csv (StarCalc):44,34,76,1,,1033');
    const periodsOf = (text: string) => Papa.parse<string[]>(text.trim()).data.slice(1).map((cells) => cells[0]);
    const first = readFileSync(join(REPO_ROOT, dataset.dir, dataset.indicators[0]!.resource.path), 'utf8');
    expect(periodsOf(readFileSync(csv!, 'utf8'))).toEqual(periodsOf(first));
  });
});

describe('a one-table dataset\'s workbook, printed by LibreOffice Calc', () => {
  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'libreoffice-'));
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('prints each sheet on one page, its columns fitted to the width of A4', async () => {
    const sample = sampleDataset();
    const book = await datasetXlsx(sample, { locale: 'vi', pageUrl: 'https://example.org/data/sample-services/' });
    const path = join(work, 'sample.xlsx');
    writeFileSync(path, book);
    const [pdf] = convert([path], 'pdf');
    // Each page of a PDF is one "/Type /Page" object ("/Type /Pages" is their tree).
    const pages = (readFileSync(pdf!, 'latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
    const sheets = sample.indicators.length + 3;
    expect(pages).toBe(sheets);
  });
});
