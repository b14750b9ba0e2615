// The picture of a view that a journalist downloads carries its title, source and address.
import { describe, expect, it } from 'vitest';
import { composePicture } from '../../src/lib/explore/picture.ts';

const chart = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 720 360" width="720" height="360"><rect width="720" height="360"/></svg>';

describe('composePicture', () => {
  it('puts the title above the chart and the source and address below, escaped', () => {
    const svg = composePicture(chart, { width: 720, height: 360 }, { title: 'PCI <2023>', source: 'Nguồn: VCCI & Tỉnh ủy', address: 'Cổng · https://x.example/?areas=46' });
    const texts = [...svg.matchAll(/<text\b[^>]*\by="([\d.]+)"[^>]*>([^<]*)<\/text>/g)].map(([, y, content]) => ({ y: Number(y), content }));
    expect(texts.map((t) => t.content)).toEqual(['PCI &lt;2023&gt;', 'Nguồn: VCCI &amp; Tỉnh ủy', 'Cổng · https://x.example/?areas=46']);
    const nestedY = Number(/<svg x="\d+" y="(\d+)"/.exec(svg)![1]);
    expect(nestedY).toBeGreaterThan(texts[0]!.y);
    expect(texts[1]!.y).toBeGreaterThan(nestedY + 360);
    expect(svg.indexOf('<rect width="720" height="360"/>')).toBeGreaterThan(svg.indexOf('PCI'));
  });

  it('grows to hold a long title on several lines', () => {
    const short = composePicture(chart, { width: 720, height: 360 }, { title: 'PCI', source: 's', address: 'a' });
    const long = composePicture(chart, { width: 720, height: 360 }, { title: 'Chỉ số năng lực cạnh tranh cấp tỉnh '.repeat(6), source: 's', address: 'a' });
    const height = (svg: string) => Number(svg.match(/viewBox="0 0 \d+ (\d+)"/)![1]);
    expect(height(long)).toBeGreaterThan(height(short));
  });
});
