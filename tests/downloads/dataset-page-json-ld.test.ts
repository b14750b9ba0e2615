import { describe, expect, it } from 'vitest';
import { datasetPageJsonLd, type PortalAddress } from '../../src/lib/downloads/portal-linked-data.ts';
import { jsonLdText } from '../../src/lib/downloads/json-ld.ts';
import { MEDIA_TYPES } from '../../src/lib/downloads/linked-data.ts';
import { datasetFiles } from '../../src/lib/downloads/urls.ts';
import type { Dataset } from '../../src/lib/contract/portal-types.ts';
import type { Locale } from '../../src/lib/contract/site.ts';
import { googleDatasetProblems } from '../support/google-dataset.ts';
import { realPortal } from '../support/real-portal.ts';

const ADDRESS: PortalAddress = { siteUrl: 'https://data.example.org/open-data/', base: '/open-data/' };
const NO_ADDRESS: PortalAddress = { base: '/' };
const portal = realPortal();

/** A dataset page's JSON-LD as the page writes it and a crawler reads it back. */
function pageJsonLd(dataset: Dataset, locale: Locale, address: PortalAddress): Record<string, unknown> {
  const files = datasetFiles(
    dataset.id,
    dataset.indicators.map(({ resource }) => resource),
  );
  const urls = [...files.tables.flatMap((t) => [t.csv, t.excelCsv.comma, t.excelCsv.semicolon]), files.xlsx.vi, files.xlsx.en, files.json, files.datapackage];
  const downloads = urls.map((url) => ({ url, format: url.endsWith('.csv') ? MEDIA_TYPES.csv : MEDIA_TYPES.json, bytes: 10, sha256: 'ab'.repeat(32) }));
  const node = datasetPageJsonLd(dataset, { site: portal.site, address, locale, downloads, lastUpdated: { date: '2026-11-30', basis: 'history' } });
  return JSON.parse(jsonLdText(node)) as Record<string, unknown>;
}

describe("each dataset page's schema.org Dataset, as Google's Dataset guide asks", () => {
  for (const [name, address] of [
    ['without a site address', NO_ADDRESS],
    ['with an address below a base path', ADDRESS],
  ] as const) {
    it(`states the required and recommended properties on every page, ${name}`, () => {
      for (const dataset of portal.datasets) {
        for (const locale of ['vi', 'en'] as const) {
          expect({ page: `${locale} ${dataset.id}`, problems: googleDatasetProblems(pageJsonLd(dataset, locale, address), address.siteUrl !== undefined) }).toEqual({
            page: `${locale} ${dataset.id}`,
            problems: [],
          });
        }
      }
    });
  }

  it('gives a dataset one identifier in both languages, the one the catalogue gives it', () => {
    for (const address of [NO_ADDRESS, ADDRESS]) {
      for (const dataset of portal.datasets) {
        expect(pageJsonLd(dataset, 'en', address)['@id']).toBe(pageJsonLd(dataset, 'vi', address)['@id']);
      }
    }
    const dti = portal.datasets.find((d) => d.id === 'dti')!;
    expect(pageJsonLd(dti, 'en', ADDRESS)['@id']).toBe('https://data.example.org/open-data/data/dti/#dataset');
    expect(pageJsonLd(dti, 'en', NO_ADDRESS)['@id']).toMatch(/^urn:uuid:/);
  });

  it('links its own language page, the files below the base, and the terms page as the licence, absolute with an address', () => {
    const dti = portal.datasets.find((d) => d.id === 'dti')!;
    const node = pageJsonLd(dti, 'en', ADDRESS);
    expect(node['url']).toBe('https://data.example.org/open-data/en/data/dti/');
    expect(node['license']).toBe('https://data.example.org/open-data/about/terms/');
    expect((node['distribution'] as { contentUrl: string }[])[0]!.contentUrl).toMatch(/^https:\/\/data\.example\.org\/open-data\/downloads\/dti\//);
    expect(pageJsonLd(dti, 'vi', NO_ADDRESS)['license']).toBe('/about/terms/');
  });

  it('is caught by the check when a required property is missing or too short', () => {
    const node = pageJsonLd(portal.datasets[0]!, 'vi', ADDRESS);
    expect(googleDatasetProblems({ ...node, description: 'Short.' }, true)).toEqual(['description (required) has 50 to 5,000 characters']);
    expect(googleDatasetProblems({ ...node, url: '/data/x/' }, true)).toEqual(['url is an absolute URL']);
  });
});
