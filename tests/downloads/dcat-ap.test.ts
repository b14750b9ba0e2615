import { describe, expect, it } from 'vitest';
import { portalCatalog, portalIdentifiers, type PortalAddress } from '../../src/lib/downloads/portal-linked-data.ts';
import { MEDIA_TYPES, type Download } from '../../src/lib/downloads/linked-data.ts';
import type { JsonLd } from '../../src/lib/downloads/json-ld.ts';
import { realPortal } from '../support/real-portal.ts';
import { dcatApViolations, jsonLdQuads } from '../support/shacl.ts';

/** The address the base-path test site is built for: with a path below the host. */
const ADDRESS: PortalAddress = { siteUrl: 'https://data.example.org/open-data/', base: '/open-data/' };
const NO_ADDRESS: PortalAddress = { base: '/' };
/** Where a harvester reads a catalogue built without an address: it resolves the links against it. */
const READ_FROM = 'http://localhost:4321/catalog.jsonld';

const portal = realPortal();

/** Sizes and checksums stand in for the build's: the shapes look at their types, not their values. */
function describe_(url: string): Download {
  const format = url.endsWith('.xlsx') ? MEDIA_TYPES.xlsx : url.endsWith('.json') ? MEDIA_TYPES.json : MEDIA_TYPES.csv;
  return { url, format, bytes: 1024, sha256: 'ab'.repeat(32) };
}

/** The real portal's catalogue, built by the function catalog.jsonld is served from. */
const catalogOf = (address: PortalAddress): JsonLd =>
  JSON.parse(
    JSON.stringify(
      portalCatalog({
        site: portal.site,
        datasets: portal.datasets,
        pillars: portal.pillars,
        address,
        describe: describe_,
        lastUpdated: () => ({ date: '2026-11-30', basis: 'history' }),
      }),
    ),
  ) as JsonLd;

/** Every IRI the document names: each "@id" at any depth. */
function iris(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(iris);
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, inner]) => (key === '@id' && typeof inner === 'string' ? [inner] : iris(inner)));
}

const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';
async function countOf(document: JsonLd, base: string, classIri: string): Promise<number> {
  return (await jsonLdQuads(document, base)).getQuads(null, RDF_TYPE, classIri, null).length;
}

describe("the portal's catalogue against DCAT-AP 3's mandatory and recommended properties", () => {
  it('has no violation without a site address, read from wherever it is served', async () => {
    const catalog = catalogOf(NO_ADDRESS);
    expect(await dcatApViolations(catalog, READ_FROM)).toEqual([]);
    // The shapes were applied to every dataset, not to none.
    expect(await countOf(catalog, READ_FROM, 'http://www.w3.org/ns/dcat#Dataset')).toBe(portal.datasets.length);
  });

  it('has no violation with an address below a base path, and every distribution checked', async () => {
    const catalog = catalogOf(ADDRESS);
    expect(await dcatApViolations(catalog, ADDRESS.siteUrl!)).toEqual([]);
    // Each table's CSV and its two CSVs for Excel; the two workbooks, the JSON and the descriptor.
    const files = portal.datasets.reduce((sum, d) => sum + 3 * d.indicators.length + 4, 0);
    expect(await countOf(catalog, ADDRESS.siteUrl!, 'http://www.w3.org/ns/dcat#Distribution')).toBe(files);
  });

  it('names everything by an absolute address under the site when the address is known', () => {
    const catalog = catalogOf(ADDRESS);
    const named = iris(catalog);
    expect(named.length).toBeGreaterThan(portal.datasets.length * 10);
    for (const iri of named) expect(iri).toMatch(/^(https?:\/\/|mailto:)/);
    const own = named.filter((iri) => iri.startsWith('https://data.example.org/'));
    for (const iri of own) expect(iri.startsWith(ADDRESS.siteUrl!)).toBe(true);
    const [dataset] = catalog['dcat:dataset'] as JsonLd[];
    expect(dataset!['@id']).toBe(`https://data.example.org/open-data/data/${portal.datasets[0]!.id}/#dataset`);
  });

  it('identifies the catalogue and its datasets by absolute IRIs even before the address is known', () => {
    const catalog = catalogOf(NO_ADDRESS);
    const ids = [catalog['@id'], ...(catalog['dcat:dataset'] as JsonLd[]).map((d) => d['@id'])] as string[];
    for (const id of ids) expect(id).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids[1]).toBe(portalIdentifiers(portal.site, NO_ADDRESS).dataset(portal.datasets[0]!.id));
  });

  it('fails when a recommended property is missing: a dataset without its themes', async () => {
    const catalog = catalogOf(ADDRESS);
    const [dataset] = catalog['dcat:dataset'] as JsonLd[];
    delete dataset!['dcat:theme'];
    const violations = await dcatApViolations(catalog, ADDRESS.siteUrl!);
    expect(violations).toEqual([expect.objectContaining({ focusNode: dataset!['@id'], path: 'http://www.w3.org/ns/dcat#theme' })]);
  });

  it('fails when a value does not state the class DCAT-AP gives its property: a media type left untyped', async () => {
    const catalog = catalogOf(ADDRESS);
    // Everywhere: one IRI typed anywhere in the document is typed in its graph.
    for (const dataset of catalog['dcat:dataset'] as JsonLd[]) {
      for (const distribution of dataset['dcat:distribution'] as JsonLd[]) delete (distribution['dcat:mediaType'] as JsonLd)['@type'];
    }
    const violations = await dcatApViolations(catalog, ADDRESS.siteUrl!);
    expect(violations.length).toBeGreaterThan(0);
    expect(violations.every((v) => v.path === 'http://www.w3.org/ns/dcat#mediaType')).toBe(true);
  });
});
