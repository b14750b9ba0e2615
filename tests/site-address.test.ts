import { describe, expect, it } from 'vitest';
import { siteAddress } from '../src/lib/site-metadata/site-address.ts';

describe('siteAddress()', () => {
  it('has no address and the base "/" when neither data/site.json nor PORTAL_SITE_URL gives one', () => {
    expect(siteAddress(undefined, undefined)).toEqual({ base: '/' });
    expect(siteAddress(undefined, '')).toEqual({ base: '/' });
    expect(siteAddress(undefined, '  ')).toEqual({ base: '/' });
  });

  it('takes the base path from the URL in data/site.json', () => {
    expect(siteAddress('https://example.org/open-data/', undefined)).toEqual({ site: 'https://example.org/open-data/', base: '/open-data/' });
    expect(siteAddress('https://data.example.vn', undefined)).toEqual({ site: 'https://data.example.vn/', base: '/' });
  });

  it('lets PORTAL_SITE_URL override data/site.json, so a fork deploys without editing data', () => {
    expect(siteAddress('https://example.org/', 'https://someone.github.io/portal/')).toEqual({
      site: 'https://someone.github.io/portal/',
      base: '/portal/',
    });
  });

  it('adds the trailing slash a base path needs and drops a query or fragment', () => {
    // actions/configure-pages gives base_url without its trailing slash.
    expect(siteAddress(undefined, 'https://someone.github.io/portal')).toEqual({ site: 'https://someone.github.io/portal/', base: '/portal/' });
    expect(siteAddress('https://example.org/a/b?x=1#y', undefined)).toEqual({ site: 'https://example.org/a/b/', base: '/a/b/' });
  });

  it('refuses an address that is not http(s), naming where it came from', () => {
    expect(() => siteAddress(undefined, 'example.org/portal')).toThrow(/PORTAL_SITE_URL is "example.org\/portal", which is not a web address/);
    expect(() => siteAddress('ftp://example.org/', undefined)).toThrow(/data\/site.json "url"/);
  });
});
