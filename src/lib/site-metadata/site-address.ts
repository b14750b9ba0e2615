/**
 * Where the site is published: its address and the base path below the host, both from one URL.
 * data/site.json `url` gives it; a deploy may override it with the PORTAL_SITE_URL environment
 * variable (the GitHub Pages workflow sets it from actions/configure-pages), so that a fork
 * publishes at its own address without editing data.
 */

export interface SiteAddress {
  /** The site's address with its base path and a trailing slash, e.g. "https://example.org/open-data/"; undefined when unknown. */
  site?: string;
  /** The URL path the site lives under, with both slashes: "/" or "/open-data/". */
  base: string;
}

/** The environment variable a deploy sets to publish at another address than data/site.json's. */
export const SITE_URL_VARIABLE = 'PORTAL_SITE_URL';

/**
 * The site's address and base path: from `override` (PORTAL_SITE_URL) when it is set and not
 * empty, else from `configured` (data/site.json `url`), else none, with the base "/". The path gets
 * a trailing slash ("https://example.org/open-data" is published under "/open-data/"); a query or
 * fragment is dropped. Throws, saying what to write, when the override is not an http(s) address.
 */
export function siteAddress(configured: string | undefined, override: string | undefined): SiteAddress {
  const given = override?.trim() ? override.trim() : configured;
  if (given === undefined || given === '') return { base: '/' };
  let url: URL;
  try {
    url = new URL(given);
  } catch {
    url = new URL('invalid:');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    const from = given === configured ? 'data/site.json "url"' : SITE_URL_VARIABLE;
    throw new Error(`${from} is "${given}", which is not a web address: write it as https://example.org/ or https://example.org/open-data/`);
  }
  url.hash = '';
  url.search = '';
  if (!url.pathname.endsWith('/')) url.pathname = `${url.pathname}/`;
  return { site: url.href, base: url.pathname };
}
