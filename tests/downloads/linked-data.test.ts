import { describe, expect, it } from 'vitest';
import { dcatCatalog, type CatalogDownload, type CatalogOptions } from '../../src/lib/downloads/dcat.ts';
import { datasetJsonLd, jsonLdText } from '../../src/lib/downloads/json-ld.ts';
import { MEDIA_TYPES, type Download } from '../../src/lib/downloads/linked-data.ts';
import { hostileDataset, sampleDataset } from './sample-dataset.ts';

const SITE = 'https://data.example.org/';
const SHA = 'ab'.repeat(32);
const downloads: Download[] = [
  { url: '/downloads/sample-services/sample-share.csv', format: MEDIA_TYPES.csv, bytes: 1234, sha256: SHA },
  { url: '/downloads/sample-services/sample-services.vi.xlsx', format: MEDIA_TYPES.xlsx, bytes: 5678, sha256: SHA, name: 'Bảng tính' },
];
const PLACE = 'Quảng Trị, Việt Nam';
const DATASET_ID = 'https://data.example.org/du-lieu/sample-services/#dataset';
const TERMS = '/dieu-khoan/';

/** The object after a trip through JSON text, as a crawler reads it. */
const roundTrip = (value: unknown) => JSON.parse(JSON.stringify(value)) as Record<string, any>;

describe('the schema.org Dataset of a dataset page', () => {
  const ld = () =>
    roundTrip(
      datasetJsonLd(sampleDataset(), {
        id: DATASET_ID,
        siteUrl: SITE,
        pageUrl: '/du-lieu/sample-services/',
        downloads,
        locale: 'vi',
        place: PLACE,
        dateModified: '2026-11-20',
        termsUrl: TERMS,
        catalog: { id: 'https://data.example.org/catalog.jsonld', name: 'Cổng', url: '/du-lieu/' },
      }),
    );

  it('parses as JSON and names the dataset, its page, identifier, version and keywords', () => {
    expect(ld()).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Dataset',
      '@id': DATASET_ID,
      name: 'Dịch vụ mẫu',
      description: 'Synthetic, for tests.',
      url: 'https://data.example.org/du-lieu/sample-services/',
      identifier: 'sample-services',
      version: '1.0.0',
      dateModified: '2026-11-20',
      keywords: ['test'],
      usageInfo: 'https://data.example.org/dieu-khoan/',
    });
  });

  it('states the terms page as the licence of data without a licence of its own, and the catalogue it belongs to', () => {
    const node = ld();
    expect(node['license']).toBe('https://data.example.org/dieu-khoan/');
    expect(node['includedInDataCatalog']).toEqual({
      '@type': 'DataCatalog',
      '@id': 'https://data.example.org/catalog.jsonld',
      name: 'Cổng',
      url: 'https://data.example.org/du-lieu/',
    });
  });

  it('names the publisher and creators as organisations, and the sources it is based on', () => {
    const node = ld();
    expect(node['publisher']).toEqual({ '@type': 'Organization', name: 'Test team' });
    expect(node['creator']).toEqual([{ '@type': 'Organization', name: 'Test team' }]);
    expect(node['isBasedOn']).toEqual([
      {
        '@type': 'CreativeWork',
        name: 'Synthetic source',
        url: 'https://example.org/source',
        publisher: { '@type': 'Organization', name: 'Test team' },
        datePublished: '2024-01-15',
      },
    ]);
  });

  it('lists each download with an absolute URL, its media type, size and checksum', () => {
    expect(ld()['distribution']).toEqual([
      {
        '@type': 'DataDownload',
        name: 'sample-share.csv',
        contentUrl: 'https://data.example.org/downloads/sample-services/sample-share.csv',
        encodingFormat: 'text/csv',
        contentSize: '1234 B',
        sha256: SHA,
      },
      expect.objectContaining({ name: 'Bảng tính', encodingFormat: MEDIA_TYPES.xlsx, contentSize: '5678 B' }),
    ]);
  });

  it('covers the place given and the days from the earliest period to the end of the latest', () => {
    const node = ld();
    expect(node['spatialCoverage']).toEqual({ '@type': 'Place', name: PLACE });
    // 2022 … 2026-Q1 in the fixture.
    expect(node['temporalCoverage']).toBe('2022-01-01/2026-03-31');
  });

  it('leaves a figure whose source states no period out of the time the dataset covers', () => {
    const dataset = sampleDataset();
    dataset.indicators[0]!.rows.push({ period: '2026-11-01', period_qualifier: 'not-stated', area: '91', channel: 'web', source: 'test-source', value: 50 });
    const node = datasetJsonLd(dataset, { id: 'urn:x', pageUrl: '/du-lieu/sample-services/', downloads, locale: 'en', place: PLACE, termsUrl: TERMS });
    expect(node['temporalCoverage']).toBe('2022-01-01/2026-03-31');
  });

  it('keeps relative URLs when no site address is known, and the identifier it is given', () => {
    const node = datasetJsonLd(sampleDataset(), { id: 'urn:uuid:0', pageUrl: '/du-lieu/sample-services/', downloads, locale: 'en', place: PLACE, termsUrl: TERMS });
    expect(node['@id']).toBe('urn:uuid:0');
    expect(node['url']).toBe('/du-lieu/sample-services/');
    expect(node['license']).toBe(TERMS);
    expect(node).not.toHaveProperty('dateModified');
  });

  it('is written so that a title holding </script> cannot close the script element', () => {
    const dataset = hostileDataset();
    dataset.descriptor.title = 'A </script><script>alert(1)</script> & more';
    const text = jsonLdText(datasetJsonLd(dataset, { id: 'urn:x', pageUrl: '/x/', downloads, locale: 'vi', place: PLACE, termsUrl: TERMS }));
    expect(text).not.toMatch(/<|>/);
    expect(JSON.parse(text).name).toBe('A </script><script>alert(1)</script> & more');
  });
});

const described: CatalogDownload[] = downloads.map((file) => ({ ...file, description: { vi: 'Tệp', en: 'File' } }));
const catalogOptions = (siteUrl?: string): CatalogOptions => ({
  id: siteUrl === undefined ? 'urn:uuid:1' : `${siteUrl}catalog.jsonld`,
  ...(siteUrl === undefined ? {} : { siteUrl }),
  title: { vi: 'Dữ liệu mở chuyển đổi số Quảng Trị', en: 'Quảng Trị Digital Transformation Open Data' },
  description: { vi: 'Số liệu có nguồn.', en: 'Sourced figures.' },
  publisher: { vi: 'Nhóm phát triển cổng dữ liệu', en: 'Portal team' },
  contact: 'data@example.org',
  homepage: '/',
  terms: { url: '/about/terms/', title: { vi: 'Điều khoản sử dụng', en: 'Terms of use' } },
  place: { vi: PLACE, en: 'Quảng Trị, Vietnam' },
  issued: '2026-11-26T00:00:00Z',
  modified: '2026-11-30',
  links: (dataset) => ({
    id: siteUrl === undefined ? 'urn:uuid:2' : `${siteUrl}du-lieu/${dataset.id}/#dataset`,
    pages: [`/du-lieu/${dataset.id}/`, `/en/data/${dataset.id}/`],
    downloads: described,
    modified: '2026-11-20',
    themes: ['GOVE', 'TECH'],
  }),
});

describe('the DCAT-AP catalogue', () => {
  const catalog = () => roundTrip(dcatCatalog([sampleDataset()], catalogOptions(SITE)));

  it('parses as JSON-LD with its prefixes inline and a dcat:Catalog with its title, description and publisher in both languages', () => {
    const node = catalog();
    expect(node['@context']).toMatchObject({
      dcat: 'http://www.w3.org/ns/dcat#',
      dct: 'http://purl.org/dc/terms/',
      foaf: 'http://xmlns.com/foaf/0.1/',
      spdx: 'http://spdx.org/rdf/terms#',
      dcatap: 'http://data.europa.eu/r5r/',
    });
    expect(node['@type']).toBe('dcat:Catalog');
    expect(node['@id']).toBe('https://data.example.org/catalog.jsonld');
    expect(node['dct:title']).toEqual([
      { '@value': 'Dữ liệu mở chuyển đổi số Quảng Trị', '@language': 'vi' },
      { '@value': 'Quảng Trị Digital Transformation Open Data', '@language': 'en' },
    ]);
    expect(node['dct:description']).toHaveLength(2);
    expect(node['dct:publisher']['foaf:name']).toContainEqual({ '@value': 'Portal team', '@language': 'en' });
  });

  it('gives the catalogue its homepage, dates, themes and the terms page as its licence, each typed', () => {
    const node = catalog();
    expect(node['foaf:homepage']).toEqual({ '@id': SITE, '@type': 'foaf:Document' });
    expect(node['dct:issued']).toEqual({ '@value': '2026-11-26T00:00:00Z', '@type': 'xsd:dateTime' });
    expect(node['dct:modified']).toEqual({ '@value': '2026-11-30', '@type': 'xsd:date' });
    expect(node['dcat:themeTaxonomy']).toMatchObject({ '@id': 'http://publications.europa.eu/resource/authority/data-theme', '@type': 'skos:ConceptScheme' });
    expect(node['dct:license']).toMatchObject({ '@id': 'https://data.example.org/about/terms/', '@type': ['dct:LicenseDocument', 'dct:RightsStatement'] });
    expect(node['dct:rights']).toEqual({ '@id': 'https://data.example.org/about/terms/' });
    expect(node['dct:language']).toContainEqual({ '@id': 'http://publications.europa.eu/resource/authority/language/VIE', '@type': 'dct:LinguisticSystem' });
  });

  it('describes each dataset with identifier, titles in both languages, keywords, publisher, licence, period, place, themes and contact', () => {
    const [dataset] = catalog()['dcat:dataset'];
    expect(dataset).toMatchObject({
      '@id': 'https://data.example.org/du-lieu/sample-services/#dataset',
      '@type': 'dcat:Dataset',
      'dct:identifier': 'sample-services',
      'dct:title': [
        { '@value': 'Dịch vụ mẫu', '@language': 'vi' },
        { '@value': 'Dịch vụ mẫu', '@language': 'en' },
      ],
      'dcat:keyword': ['test'],
      'dct:license': [{ '@id': 'https://data.example.org/about/terms/' }],
      'dct:modified': { '@value': '2026-11-20', '@type': 'xsd:date' },
      'dct:temporal': {
        '@type': 'dct:PeriodOfTime',
        'dcat:startDate': { '@value': '2022-01-01', '@type': 'xsd:date' },
        'dcat:endDate': { '@value': '2026-03-31', '@type': 'xsd:date' },
      },
      'dcat:landingPage': [
        { '@id': 'https://data.example.org/du-lieu/sample-services/', '@type': 'foaf:Document' },
        { '@id': 'https://data.example.org/en/data/sample-services/', '@type': 'foaf:Document' },
      ],
      'dcat:contactPoint': { '@type': ['vcard:Kind', 'vcard:Organization'], 'vcard:hasEmail': { '@id': 'mailto:data@example.org' } },
    });
    expect(dataset['dct:publisher']).toMatchObject({ '@type': 'foaf:Agent' });
    expect(dataset['dct:spatial']).toContainEqual({
      '@type': 'dct:Location',
      'locn:geographicName': [
        { '@value': PLACE, '@language': 'vi' },
        { '@value': 'Quảng Trị, Vietnam', '@language': 'en' },
      ],
    });
    expect(dataset['dct:spatial']).toContainEqual(expect.objectContaining({ '@id': 'http://publications.europa.eu/resource/authority/country/VNM', '@type': 'dct:Location' }));
    expect(dataset['dcat:theme'].map((theme: { '@id': string }) => theme['@id'])).toEqual([
      'http://publications.europa.eu/resource/authority/data-theme/GOVE',
      'http://publications.europa.eu/resource/authority/data-theme/TECH',
    ]);
  });

  it('gives each distribution its description, download URL, typed media type and format, size, availability and SHA-256 checksum', () => {
    const [dataset] = catalog()['dcat:dataset'];
    expect(dataset['dcat:distribution'][0]).toMatchObject({
      '@type': 'dcat:Distribution',
      'dct:description': [
        { '@value': 'Tệp', '@language': 'vi' },
        { '@value': 'File', '@language': 'en' },
      ],
      'dcat:accessURL': { '@id': 'https://data.example.org/downloads/sample-services/sample-share.csv' },
      'dcat:downloadURL': { '@id': 'https://data.example.org/downloads/sample-services/sample-share.csv' },
      'dcat:mediaType': { '@id': 'http://www.iana.org/assignments/media-types/text/csv', '@type': 'dct:MediaType' },
      'dct:format': { '@id': 'http://publications.europa.eu/resource/authority/file-type/CSV', '@type': 'dct:MediaTypeOrExtent' },
      'dcat:byteSize': { '@value': '1234', '@type': 'xsd:nonNegativeInteger' },
      'dcatap:availability': expect.objectContaining({ '@id': 'http://publications.europa.eu/resource/authority/planned-availability/STABLE', '@type': 'skos:Concept' }),
      'spdx:checksum': {
        '@type': 'spdx:Checksum',
        'spdx:algorithm': { '@id': 'http://spdx.org/rdf/terms#checksumAlgorithm_sha256', '@type': 'spdx:ChecksumAlgorithm' },
        'spdx:checksumValue': { '@value': SHA, '@type': 'xsd:hexBinary' },
      },
      'dct:license': { '@id': 'https://data.example.org/about/terms/' },
    });
  });

  it('keeps links site-relative and identifiers as given when no site address is known', () => {
    const node = roundTrip(dcatCatalog([sampleDataset()], catalogOptions()));
    expect(node['@id']).toBe('urn:uuid:1');
    expect(node['foaf:homepage']).toEqual({ '@id': '/', '@type': 'foaf:Document' });
    expect(node['dcat:dataset'][0]['@id']).toBe('urn:uuid:2');
    expect(node['dcat:dataset'][0]['dcat:distribution'][0]['dcat:accessURL']).toEqual({ '@id': '/downloads/sample-services/sample-share.csv' });
  });

  it('is an empty list, not an error, for a portal without datasets', () => {
    expect(dcatCatalog([], catalogOptions())['dcat:dataset']).toEqual([]);
  });
});
