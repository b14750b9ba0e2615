import { describe, expect, it } from 'vitest';
import { svgToPng } from '../src/lib/charts/png.ts';
import { chartImage, pngSize, sharingMeta, type MetaTag, type SharingInput } from '../src/lib/site-metadata/sharing.ts';

/** A PNG drawn as the build draws a chart's: an SVG of this size, zoomed by `scale`. */
const drawnPng = (width: number, height: number, scale: number) =>
  svgToPng(`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><rect width="${width}" height="${height}" fill="#0b6"/></svg>`, scale);

const page: SharingInput = {
  title: 'Chỉ số DTI',
  description: 'Thứ hạng của tỉnh.',
  siteName: 'Dữ liệu mở',
  locale: 'vi',
  alternateLocales: ['vi', 'en'],
  type: 'website',
  path: '/open-data/indicators/dti-rank/',
};
const image = chartImage('/open-data/charts/vi/dti-rank.png', 'DTI: 5 số liệu, 2020–2024.', await drawnPng(960, 504, 1.25));
/** The tags as "key=content" lines, easy to read in a failure. */
const lines = (tags: MetaTag[]) => tags.map((tag) => `${'property' in tag ? tag.property : tag.name}=${tag.content}`);

describe('sharingMeta()', () => {
  it('gives title, description, type, site name and both locales on every page', () => {
    expect(lines(sharingMeta(page))).toEqual([
      'og:title=Chỉ số DTI',
      'og:description=Thứ hạng của tỉnh.',
      'og:type=website',
      'og:site_name=Dữ liệu mở',
      'og:locale=vi_VN',
      'og:locale:alternate=en_US',
      'twitter:card=summary',
    ]);
  });

  it('writes og:url and og:image as absolute URLs below the base when the site address is known', () => {
    const tags = lines(sharingMeta({ ...page, locale: 'en', site: 'https://example.org/open-data/', image }));
    expect(tags).toContain('og:locale=en_US');
    expect(tags).toContain('og:locale:alternate=vi_VN');
    expect(tags).toContain('og:url=https://example.org/open-data/indicators/dti-rank/');
    expect(tags).toContain('og:image=https://example.org/open-data/charts/vi/dti-rank.png');
    expect(tags).toContain('og:image:width=1200');
    expect(tags).toContain('og:image:height=630');
    expect(tags).toContain('og:image:alt=DTI: 5 số liệu, 2020–2024.');
    expect(tags.at(-1)).toBe('twitter:card=summary_large_image');
  });

  it('leaves out og:url and og:image without a site address, rather than write them relative', () => {
    const tags = lines(sharingMeta({ ...page, image }));
    expect(tags.filter((tag) => tag.startsWith('og:url') || tag.startsWith('og:image'))).toEqual([]);
    expect(tags).toContain('twitter:card=summary');
  });

  it('marks an article as one, and a page in one language has no alternate locale and no URL', () => {
    expect(lines(sharingMeta({ ...page, type: 'article' }))).toContain('og:type=article');
    const { path: _path, ...untranslated } = page;
    const tags = lines(sharingMeta({ ...untranslated, alternateLocales: [], site: 'https://example.org/' }));
    expect(tags.filter((tag) => tag.startsWith('og:locale:alternate') || tag.startsWith('og:url'))).toEqual([]);
  });
});

describe('pngSize()', () => {
  it('reads the picture’s own size, so a tall chart is not announced as 1200×630', async () => {
    expect(pngSize(await drawnPng(960, 504, 1.25))).toEqual({ width: 1200, height: 630 });
    expect(pngSize(await drawnPng(960, 700, 1.25))).toEqual({ width: 1200, height: 875 });
  });

  it('refuses bytes that are not a PNG rather than announce a made-up size', () => {
    expect(() => pngSize(new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"/>'.padEnd(40)))).toThrow('not a PNG');
  });
});
