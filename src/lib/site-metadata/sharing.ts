/**
 * What a page says about itself when it is shared (Open Graph, https://ogp.me/, and the card
 * Twitter/X draws from it): title, description, type, site name, language and, when the site's
 * address is known, its URL and picture. Open Graph requires absolute URLs, so without a site
 * address og:url and og:image are left out rather than written relative.
 */
import type { Locale } from '../contract/site.ts';
import { SHARE_PICTURE } from '../downloads/urls.ts';

/** A picture of the page: a chart's PNG. */
export interface ShareImage {
  /** Its URL path, with the site's base, e.g. "/open-data/charts/vi/dti-rank.png". */
  path: string;
  width: number;
  height: number;
  /** What it shows, in words: the chart's text summary. */
  alt: string;
}

export interface SharingInput {
  /** The page's own title (not followed by the portal's name, which og:site_name gives). */
  title: string;
  description: string;
  siteName: string;
  locale: Locale;
  /** The other languages the same page exists in. */
  alternateLocales: readonly Locale[];
  /** "article" for an article, "website" for every other page. */
  type: 'website' | 'article';
  /** The page's URL path, with the site's base, e.g. "/open-data/en/goals/"; none for a page without a canonical address (the 404). */
  path?: string;
  /** The site's address, with its base path; undefined when none is configured. */
  site?: string | URL;
  image?: ShareImage;
}

/** One <meta> tag: Open Graph tags are `property`, Twitter's are `name`. */
export type MetaTag = { property: string; content: string } | { name: string; content: string };

/** Open Graph's locale codes: language_TERRITORY. */
export const OG_LOCALES: Record<Locale, string> = { vi: 'vi_VN', en: 'en_US' };

/** A chart's PNG (src/pages/charts/) as the page's picture: `path` with the base, `alt` its text summary. */
export const chartImage = (path: string, alt: string): ShareImage => ({ path, ...SHARE_PICTURE, alt });

/** An absolute URL of a path that holds the base; undefined without the site's address. */
export function absoluteOn(site: string | URL | undefined, path: string): string | undefined {
  return site === undefined ? undefined : new URL(path, site).href;
}

/** The <meta> tags of a page, in the order they are written. */
export function sharingMeta(input: SharingInput): MetaTag[] {
  const url = input.path === undefined ? undefined : absoluteOn(input.site, input.path);
  const image = input.image && absoluteOn(input.site, input.image.path);
  const og = (property: string, content: string): MetaTag => ({ property: `og:${property}`, content });
  return [
    og('title', input.title),
    og('description', input.description),
    og('type', input.type),
    og('site_name', input.siteName),
    og('locale', OG_LOCALES[input.locale]),
    ...input.alternateLocales.filter((l) => l !== input.locale).map((l) => og('locale:alternate', OG_LOCALES[l])),
    ...(url === undefined ? [] : [og('url', url)]),
    ...(image === undefined || input.image === undefined
      ? []
      : [
          og('image', image),
          og('image:type', 'image/png'),
          og('image:width', String(input.image.width)),
          og('image:height', String(input.image.height)),
          og('image:alt', input.image.alt),
        ]),
    { name: 'twitter:card', content: image === undefined ? 'summary' : 'summary_large_image' },
  ];
}
