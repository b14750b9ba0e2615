import { describe, expect, it } from 'vitest';
import { isIndexable, sitemapXml } from '../src/lib/site-metadata/sitemap.ts';

const page = (path: string, head = '') => ({ path, html: `<!doctype html><html><head>${head}</head><body></body></html>` });

describe('the sitemap', () => {
  it('lists every page by its absolute address, sorted, under the site\'s base path', () => {
    const xml = sitemapXml([page('/data/dti/'), page('/'), page('/en/data/')], 'https://example.org/portal/');
    expect([...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1])).toEqual([
      'https://example.org/portal/',
      'https://example.org/portal/data/dti/',
      'https://example.org/portal/en/data/',
    ]);
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<urlset xmlns="http:\/\/www.sitemaps.org\/schemas\/sitemap\/0.9">/);
    expect(xml.trimEnd()).toMatch(/<\/urlset>$/);
  });

  it('leaves out a page that asks not to be indexed, such as an embed', () => {
    const xml = sitemapXml([page('/embed/x/', '<meta name="robots" content="noindex" />'), page('/x/')], 'https://example.org');
    expect(xml).toContain('<loc>https://example.org/x/</loc>');
    expect(xml).not.toContain('embed');
    expect(isIndexable('<meta content="noindex, nofollow" name="robots">')).toBe(false);
    expect(isIndexable('<meta name="description" content="noindex is a word">')).toBe(true);
  });

  it('escapes and encodes the addresses', () => {
    const xml = sitemapXml([page('/tìm?a=1&b=2')], 'https://example.org/');
    expect(xml).toContain('<loc>https://example.org/t%C3%ACm?a=1&amp;b=2</loc>');
  });
});
