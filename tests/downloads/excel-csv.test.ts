import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { TableSchema } from '../../src/lib/contract/table-schema.ts';
import { excelCsv } from '../../src/lib/downloads/excel-csv.ts';

const schema: TableSchema = {
  fields: [
    { name: 'period', type: 'string', title: 'Kỳ', title_en: 'Period' },
    { name: 'source', type: 'string', title: 'Nguồn', title_en: 'Source' },
    { name: 'count', type: 'integer', title: 'Số', title_en: 'Count' },
    { name: 'value', type: 'number', title: 'Giá trị', title_en: 'Value' },
  ],
  primaryKey: ['period'],
  missingValues: [{ value: '', label: 'Không có', label_en: 'None' }],
};

/** The data lines of the output, BOM and final line end removed. */
const lines = (csv: string) => csv.slice(1).split('\r\n').slice(0, -1);

describe('the CSV for Excel', () => {
  it('starts with a UTF-8 byte order mark, so Excel does not read Vietnamese as windows-1258', () => {
    const out = excelCsv('period,source,count,value\n2023,Sở Thông tin,1,2.5\n', schema);
    expect(out.charCodeAt(0)).toBe(0xfeff);
    expect(new TextEncoder().encode(out).subarray(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
    expect(out).toContain('Sở Thông tin');
  });

  it('ends every line with CRLF, including the last, and adds no second BOM to a file that has one', () => {
    const out = excelCsv('\uFEFFperiod,source,count,value\n2023,a,1,2\n2024,b,3,4', schema);
    expect(out).toBe('\uFEFFperiod,source,count,value\r\n2023,a,1,2\r\n2024,b,3,4\r\n');
  });

  it('quotes a field holding a comma, a quote or a line break, doubling the quote (RFC 4180)', () => {
    const out = excelCsv('period,source,count,value\n2023,"Báo ""Quảng Trị"", số 5\ntrang 2",1,2\n', schema);
    expect(out).toBe('\uFEFFperiod,source,count,value\r\n2023,"Báo ""Quảng Trị"", số 5\ntrang 2",1,2\r\n');
  });

  it('prefixes a text cell starting with = + - @ with a quote, so Excel shows it instead of running it', () => {
    const csv = 'period,source,count,value\n2023,=HYPERLINK("x"),1,1\n2024,+1,1,1\n2025,-1+2,1,1\n2026,@SUM(A1),1,1\n';
    const sources = lines(excelCsv(csv, schema)).slice(1).map((line) => Papa.parse<string[]>(line).data[0]![1]);
    expect(sources).toEqual([`'=HYPERLINK("x")`, `'+1`, `'-1+2`, `'@SUM(A1)`]);
  });

  it('neutralises a text cell starting with a tab or a carriage return', () => {
    const out = excelCsv('period,source,count,value\n2023,"\t=1+1",1,1\n2024,"\r=1+1",1,1\n', schema);
    expect(out).toContain(`2023,'\t=1+1,1,1`);
    expect(out).toContain(`2024,"'\r=1+1",1,1`);
  });

  it('leaves negative numbers in integer and number columns as numbers: -3.5 stays -3.5', () => {
    const out = excelCsv('period,source,count,value\n2023,a,-4,-3.5\n', schema);
    expect(lines(out)[1]).toBe('2023,a,-4,-3.5');
  });

  it('still neutralises a formula in a number column, and a missing-value marker such as "-"', () => {
    const out = excelCsv('period,source,count,value\n2023,a,-,=1+1\n', schema);
    expect(lines(out)[1]).toBe(`2023,a,'-,'=1+1`);
  });

  it('neutralises the header too, and treats a column the schema does not know as text', () => {
    const out = excelCsv('period,source,count,value,=extra\n2023,a,1,2,-5\n', schema);
    expect(lines(out)).toEqual([`period,source,count,value,'=extra`, `2023,a,1,2,'-5`]);
  });

  it('keeps empty cells empty', () => {
    expect(lines(excelCsv('period,source,count,value\n2023,,,\n', schema))[1]).toBe('2023,,,');
  });

  it('reads a semicolon file and writes the style of Excel set to Vietnamese: semicolons and decimal commas, in number columns only', () => {
    const out = excelCsv('period;source;count;value\n2023.5;a;b;1;2.5\n2024;1.5;-4;-3.25\n'.replace('a;b', '"a;b"'), schema, { inputDelimiter: ';', style: 'semicolon' });
    expect(lines(out)).toEqual(['period;source;count;value', '2023.5;"a;b";1;2,5', "2024;1.5;-4;-3,25"]);
  });

  it('turns an empty file into a BOM alone', () => {
    expect(excelCsv('', schema)).toBe('\uFEFF');
  });
});
