// What the "done when" asks of the CSV for Excel, on a dataset whose cells hold Vietnamese:
// Excel (which decodes a file with a UTF-8 BOM as UTF-8) shows the diacritics, and a cell written
// =HYPERLINK(...) arrives as text.
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { excelCsv } from '../../src/lib/downloads/excel-csv.ts';
import { sampleDataset } from './sample-dataset.ts';

const schema = sampleDataset().indicators[0]!.resource.schema;
const csv = [
  'period,area,channel,source,value',
  '2023,90,Hạ tầng số,test-source,-3.5',
  '2024,90,Điện thoại — tiễn,test-source,47',
  '2025,90,"=HYPERLINK(""http://evil.example"",""Bấm"")",test-source,1',
  '',
].join('\n');

describe('the CSV for Excel of a dataset with Vietnamese text', () => {
  const bytes = new TextEncoder().encode(excelCsv(csv, schema));

  it('starts with the UTF-8 BOM and writes ạ and ễ as their UTF-8 bytes', () => {
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const hex = Buffer.from(bytes).toString('hex');
    expect(hex).toContain('e1baa1'); // ạ
    expect(hex).toContain('e1bb85'); // ễ
  });

  it('reads back, as Excel decodes it, with every diacritic, a negative number untouched and the formula as text', () => {
    // TextDecoder, like Excel, takes the BOM as the sign of UTF-8 and drops it.
    const text = new TextDecoder('utf-8').decode(bytes);
    const rows = Papa.parse<string[]>(text.trim(), { newline: '\r\n' }).data;
    expect(rows.map((r) => r[2])).toEqual(['channel', 'Hạ tầng số', 'Điện thoại — tiễn', `'=HYPERLINK("http://evil.example","Bấm")`]);
    expect(rows[1]![4]).toBe('-3.5');
    expect(text.split('\r\n')).toHaveLength(5);
  });
});
