import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { kB, servedSize } from '../support/page-weight.ts';

describe('servedSize()', () => {
  it('is the gzipped size of text, as a static host sends it', () => {
    const html = '<p>Số liệu có nguồn</p>\n'.repeat(200);
    expect(servedSize(html)).toBe(gzipSync(html).length);
    expect(servedSize(html)).toBeLessThan(Buffer.byteLength(html) / 10);
  });

  it('is the size itself when gzip would not shrink it (an already-compressed file)', () => {
    const compressed = gzipSync('x'.repeat(10_000));
    expect(servedSize(compressed)).toBe(compressed.length);
  });
});

describe('kB()', () => {
  it('writes bytes in kB of 1024, as the budgets are written', () => {
    expect(kB(30 * 1024)).toBe('30.0 kB');
    expect(kB(1434)).toBe('1.4 kB');
  });
});
