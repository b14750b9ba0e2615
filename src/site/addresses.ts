/**
 * Where the built site lives: its address and base path, set at build time (data/site.json `url`,
 * or PORTAL_SITE_URL at deploy, read by astro.config.mjs), and the links that depend on them.
 */
import { type Locale } from '../i18n/translate.ts';
import { localePath, sitePath } from '../i18n/paths.ts';
import type { Download } from '../lib/downloads/linked-data.ts';
import { datasetPage, portalZipDownload } from '../lib/downloads/urls.ts';
import { asciiSlug } from '../lib/text/fold.ts';
import { getSiteData } from './portal-data.ts';

/** The site's address with its base path, when one is configured, e.g. "https://example.org/open-data/". */
export const siteUrl = (): string | undefined => import.meta.env.SITE || undefined;

/** A path that already holds the base ("/open-data/data/"), absolute when the site's address is known. */
export function absoluteUrl(path: string): string {
  const site = siteUrl();
  return site === undefined ? path : new URL(path, site).href;
}

/** A download as the page links it: its address below the site's base. */
export const underBase = (download: Download): Download => ({ ...download, url: sitePath(download.url) });

/** The dataset's page in a language, absolute when the site's address is known. */
export const datasetPageUrl = (locale: Locale, id: string): string => absoluteUrl(localePath(locale, datasetPage(id)));

/** The name of the portal's ZIP: a slug of the province in data/site.json. */
export async function portalZipUrl(): Promise<string> {
  const { site } = await getSiteData();
  return portalZipDownload(asciiSlug(site.province_en) || asciiSlug(site.name_en) || 'portal');
}
