import { describe, expect, it } from 'vitest';
import { fitInFrame, svgToPng } from '../src/lib/charts/png.ts';
import { SHARE_CHART_SIZE, SHARE_PICTURE, SHARE_PICTURE_SCALE } from '../src/lib/downloads/urls.ts';
import { chartImage, sharingMeta, type MetaTag, type SharingInput } from '../src/lib/site-metadata/sharing.ts';

const page: SharingInput = {
  title: 'Chỉ số DTI',
  description: 'Thứ hạng của tỉnh.',
  siteName: 'Dữ liệu mở',
  locale: 'vi',
  alternateLocales: ['vi', 'en'],
  type: 'website',
  path: '/open-data/indicators/dti-rank/',
};
const image = chartImage('/open-data/charts/vi/dti-rank.png', 'DTI: 5 số liệu, 2020–2024.');
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

describe('a chart\'s sharing picture', () => {
  /** A chart of this size, a green block on white: tall charts (rankings, grids) are taller than the frame. */
  const chart = (width: number, height: number, viewBox = true) =>
    `<svg xmlns="http://www.w3.org/2000/svg"${viewBox ? ` viewBox="0 0 ${width} ${height}"` : ''} width="${width}" height="${height}"><rect width="${width}" height="${height}" fill="#00aa66"/></svg>`;
  /** The PNG's width and height, from its IHDR chunk, as a social site reads them. */
  const size = (png: Uint8Array) => {
    const view = new DataView(png.buffer, png.byteOffset);
    return { width: view.getUint32(16), height: view.getUint32(20) };
  };

  it('is always the size the page announces, however tall the chart', async () => {
    for (const [width, height, viewBox] of [[960, 504, true], [960, 841, true], [960, 300, true], [960, 900, false]] as const) {
      const png = await svgToPng(fitInFrame(chart(width, height, viewBox), SHARE_CHART_SIZE), SHARE_PICTURE_SCALE);
      expect(size(png), `${width}×${height}`).toEqual({ width: SHARE_PICTURE.width, height: SHARE_PICTURE.height });
    }
  });

  it('keeps the whole chart, scaled down and centred, rather than cropping a tall one', () => {
    const framed = fitInFrame(chart(960, 1008), SHARE_CHART_SIZE);
    expect(framed).toMatch(/^<svg [^>]*viewBox="0 0 960 1008" width="960" height="504">/);
    expect(framed).toContain('<rect width="960" height="1008"');
    expect(() => fitInFrame('<p>not a chart</p>', SHARE_CHART_SIZE)).toThrow('not an SVG document');
  });
});
