/**
 * Where the built site lives: its address and base path, set at build time (data/site.json `url`,
 * or PORTAL_SITE_URL at deploy, read by astro.config.mjs), and the links that depend on them.
 */
import { type Locale } from '../i18n/translate.ts';
import { localePath } from '../i18n/paths.ts';
import { datasetPage, portalZipDownload } from '../lib/downloads/urls.ts';
import { portalSlug } from '../lib/downloads/identifiers.ts';
import type { PortalAddress } from '../lib/downloads/portal-linked-data.ts';
import { getSiteData } from './portal-data.ts';

/** The site's address with its base path, when one is configured, e.g. "https://example.org/open-data/". */
export const siteUrl = (): string | undefined => import.meta.env.SITE || undefined;

/** The site's address and base path, as src/lib's linked data takes them. */
export const portalAddress = (): PortalAddress => ({ ...(siteUrl() === undefined ? {} : { siteUrl: siteUrl()! }), base: import.meta.env.BASE_URL });

/** A path that already holds the base ("/open-data/data/"), absolute when the site's address is known. */
export function absoluteUrl(path: string): string {
  const site = siteUrl();
  return site === undefined ? path : new URL(path, site).href;
}


/** The dataset's page in a language, absolute when the site's address is known. */
export const datasetPageUrl = (locale: Locale, id: string): string => absoluteUrl(localePath(locale, datasetPage(id)));

/** The name of the portal's ZIP: the portal's slug, from the province in data/site.json. */
export async function portalZipUrl(): Promise<string> {
  const { site } = await getSiteData();
  return portalZipDownload(portalSlug(site));
}
