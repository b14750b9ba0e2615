import { describe, expect, it } from 'vitest';
import { escapeXml } from '../../src/lib/text/escape.ts';
import { svgToPng } from '../../src/lib/charts/png.ts';
import { renderChartSvg } from '../../src/lib/charts/render.ts';
import { syntheticIndicator } from '../charts/synthetic-indicators.ts';
import { tags } from '../charts/support.ts';

const options = { width: 720, height: 360, locale: 'vi' as const, idPrefix: 'thu', today: '2026-11-26' };

describe('escapeXml', () => {
  it('turns the five markup characters into entities', () => {
    expect(escapeXml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });

  it('drops the characters XML cannot carry at all, keeping tab and line breaks', () => {
    expect(escapeXml('a\u0000b\u0001c\u0007d\fe\tf\ng\rh\ufffei\ud800j')).toBe('abcde\tf\ng\rhij');
  });

  it('leaves Vietnamese text and ordinary punctuation alone', () => {
    expect(escapeXml('Tỷ lệ hồ sơ (%) — 7,09; “trích”')).toBe('Tỷ lệ hồ sơ (%) — 7,09; “trích”');
  });
});

describe('hostile text in the data', () => {
  const hostile = '<script>alert(1)</script> "&';
  const indicator = syntheticIndicator({
    title: hostile,
    title_en: hostile,
    dimensions: [{ name: 'kind', categories: [{ value: 'x', label: `${hostile} a`, label_en: `${hostile} a` }, { value: 'y', label: `<img src=x onerror=alert(2)>`, label_en: 'b' }] }],
    rows: [
      { period: '2022', area: '45', kind: 'x', value: 1 },
      { period: '2023', area: '45', kind: 'x', value: 2 },
      { period: '2024', area: '45', kind: 'x', value: 3 },
      { period: '2024', area: '45', kind: 'y', value: 4 },
    ],
  });
  const svg = renderChartSvg(indicator, options);

  it('comes out inert in the title, the description, labels and data attributes', () => {
    expect(svg).not.toContain('<script');
    expect(svg).not.toContain('<img');
    expect(svg).toContain('<title id="thu-title">&lt;script&gt;alert(1)&lt;/script&gt; &quot;&amp;</title>');
    expect(svg).toMatch(/<desc id="thu-desc">&lt;script&gt;alert\(1\)&lt;\/script&gt; &quot;&amp;/);
    expect(svg).toContain('data-series-label="&lt;script&gt;alert(1)&lt;/script&gt; &quot;&amp; a"');
  });

  it('cannot end an attribute early: every quote inside a value is an entity', () => {
    const all = tags(svg, '[a-z]+');
    expect(all.length).toBeGreaterThan(20);
    for (const tag of all) {
      // Outside attribute values only names, "=" and spaces remain: nothing a quote could have split.
      expect(tag.replace(/="[^"]*"/g, '')).toMatch(/^<[a-zA-Z]+(\s[a-zA-Z:-]+)*\s*\/?>$/);
    }
  });
});

describe('a control character typed into a label', () => {
  // A form feed pasted from a word processor, U+0001 from a broken export: the validator lets them
  // through, so the chart must still be a well-formed SVG that can be drawn as a PNG.
  const indicator = syntheticIndicator({
    title: 'Tỷ lệ\u000c hồ sơ\u0001',
    title_en: 'Share\u0001 of files',
    dimensions: [{ name: 'kind', categories: [{ value: 'x', label: 'Cấp\u0001 tỉnh', label_en: 'Province\u000c' }, { value: 'y', label: 'Cấp xã', label_en: 'Commune' }] }],
    rows: [
      { period: '2023', area: '45', kind: 'x', value: 1 },
      { period: '2023', area: '45', kind: 'y', value: 2 },
    ],
  });
  const svg = renderChartSvg(indicator, options);

  it('leaves no character XML forbids in the downloadable SVG, and the PNG draws', async () => {
    expect(svg).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
    expect(svg).toContain('Tỷ lệ hồ sơ');
    expect((await svgToPng(svg, 1)).byteLength).toBeGreaterThan(1000);
  });
});
