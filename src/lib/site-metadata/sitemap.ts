/**
 * The sitemap (https://www.sitemaps.org/protocol.html): every page of the site a search engine may
 * index, by absolute address. The protocol has no relative addresses, so without the site's address
 * there is no sitemap.
 */
import { escapeXml } from '../text/escape.ts';

/** A page as the sitemap sees it: its path below the site's root, and whether it may be indexed. */
export interface SitemapPage {
  /** e.g. "/", "/data/dti/", "/en/data/". */
  path: string;
  /** Its HTML, to honour a `<meta name="robots" content="noindex">`. */
  html: string;
}

const NOINDEX = /<meta\s[^>]*name=["']?robots["']?[^>]*content=["'][^"']*noindex/i;
const NOINDEX_REVERSED = /<meta\s[^>]*content=["'][^"']*noindex[^"']*["'][^>]*name=["']?robots/i;

/** False for a page that asks search engines not to index it (an embed, the 404). */
export const isIndexable = (html: string): boolean => !NOINDEX.test(html) && !NOINDEX_REVERSED.test(html);

/**
 * The sitemap's XML: one <url> per indexable page, sorted, addresses absolute against `root` (the
 * site's address with its base path, e.g. "https://example.org/portal/").
 */
export function sitemapXml(pages: readonly SitemapPage[], root: string): string {
  const base = root.endsWith('/') ? root : `${root}/`;
  const urls = pages
    .filter((page) => isIndexable(page.html))
    .map((page) => new URL(page.path.replace(/^\/+/, ''), base).href)
    .sort();
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...[...new Set(urls)].map((url) => `  <url><loc>${escapeXml(url)}</loc></url>`),
    '</urlset>',
    '',
  ].join('\n');
}
