/**
 * The identifiers of the portal's things in its linked data (the DCAT catalogue and each dataset
 * page's schema.org description): absolute IRIs, so that a harvester can tell the catalogue and each
 * dataset apart wherever it read them, and one per dataset for both languages. With the site's
 * address they are web addresses ("https://example.org/data/dti/#dataset", the Vietnamese page's);
 * before the address is known, a name-based UUID URN (RFC 9562 version 5) made from the portal's
 * slug and that same path, which is absolute and the same on every build.
 */
import { createHash } from 'node:crypto';
import type { SiteConfig } from '../contract/site.ts';
import { asciiSlug } from '../text/fold.ts';

/** RFC 9562's namespace for names that are URLs. */
const URL_NAMESPACE = '6ba7b811-9dad-11d1-80b4-00c04fd430c8';

/** The name-based (SHA-1, version 5) UUID of `name` in `namespace`. */
export function uuidV5(name: string, namespace: string = URL_NAMESPACE): string {
  const space = Buffer.from(namespace.replace(/-/g, ''), 'hex');
  const hash = createHash('sha1').update(space).update(name, 'utf8').digest().subarray(0, 16);
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The portal's slug, from its province (or name) in data/site.json: names its ZIP and its identifiers. */
export const portalSlug = (site: Pick<SiteConfig, 'province_en' | 'name_en'>): string =>
  asciiSlug(site.province_en) || asciiSlug(site.name_en) || 'portal';

/** Where identifiers are made: the site's address when known, else the portal's slug. */
export interface IdentifierScope {
  /** The site's address with its base path, e.g. "https://example.org/open-data/". */
  siteUrl?: string;
  /** portalSlug(site): keeps two portals' identifiers apart before either has an address. */
  slug: string;
}

/**
 * The identifier of the thing at `path` (a site path with its base, and a fragment when the thing
 * is not the page itself): the absolute address with the site's, a UUID URN without.
 */
export function linkedDataIri(path: string, scope: IdentifierScope): string {
  return scope.siteUrl === undefined ? `urn:uuid:${uuidV5(`portal:${scope.slug}${path}`)}` : new URL(path, scope.siteUrl).href;
}
