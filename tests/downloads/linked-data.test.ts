import { describe, expect, it } from 'vitest';
import { dcatCatalog } from '../../src/lib/downloads/dcat.ts';
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

/** The object after a trip through JSON text, as a crawler reads it. */
const roundTrip = (value: unknown) => JSON.parse(JSON.stringify(value)) as Record<string, any>;

describe('the schema.org Dataset of a dataset page', () => {
  const ld = () =>
    roundTrip(
      datasetJsonLd(sampleDataset(), {
        siteUrl: SITE,
        pageUrl: '/du-lieu/sample-services/',
        downloads,
        locale: 'vi',
        place: PLACE,
        dateModified: '2026-11-20',
        termsUrl: '/dieu-khoan/',
      }),
    );

  it('parses as JSON and names the dataset, its page, identifier, version and keywords', () => {
    expect(ld()).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Dataset',
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

  it('states the licence, the publisher and creators as organisations, and the sources it is based on', () => {
    const node = ld();
    expect(node['license']).toEqual({ '@type': 'CreativeWork', name: 'Free reuse with attribution' });
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
    const node = datasetJsonLd(dataset, { pageUrl: '/du-lieu/sample-services/', downloads, locale: 'en', place: PLACE });
    expect(node['temporalCoverage']).toBe('2022-01-01/2026-03-31');
  });

  it('keeps relative URLs when no site address is known', () => {
    const node = datasetJsonLd(sampleDataset(), { pageUrl: '/du-lieu/sample-services/', downloads, locale: 'en', place: PLACE });
    expect(node['url']).toBe('/du-lieu/sample-services/');
    expect(node).not.toHaveProperty('dateModified');
  });

  it('is written so that a title holding </script> cannot close the script element', () => {
    const dataset = hostileDataset();
    dataset.descriptor.title = 'A </script><script>alert(1)</script> & more';
    const text = jsonLdText(datasetJsonLd(dataset, { pageUrl: '/x/', downloads, locale: 'vi', place: PLACE }));
    expect(text).not.toMatch(/<|>/);
    expect(JSON.parse(text).name).toBe('A </script><script>alert(1)</script> & more');
  });
});

describe('the DCAT-AP catalogue', () => {
  const catalog = () =>
    roundTrip(
      dcatCatalog([sampleDataset()], {
        catalogUrl: '/catalog.jsonld',
        siteUrl: SITE,
        title: { vi: 'Dữ liệu mở chuyển đổi số Quảng Trị', en: 'Quảng Trị Digital Transformation Open Data' },
        description: { vi: 'Số liệu có nguồn.', en: 'Sourced figures.' },
        publisher: 'Nhóm phát triển cổng dữ liệu',
        place: PLACE,
        links: (dataset) => ({ pageUrl: `/du-lieu/${dataset.id}/`, downloads, modified: '2026-11-20' }),
      }),
    );

  it('parses as JSON-LD with the dcat, dct and foaf prefixes and a dcat:Catalog with its title, description and publisher', () => {
    const node = catalog();
    expect(node['@context']).toMatchObject({
      dcat: 'http://www.w3.org/ns/dcat#',
      dct: 'http://purl.org/dc/terms/',
      foaf: 'http://xmlns.com/foaf/0.1/',
      spdx: 'http://spdx.org/rdf/terms#',
    });
    expect(node['@type']).toBe('dcat:Catalog');
    expect(node['@id']).toBe('https://data.example.org/catalog.jsonld');
    expect(node['dct:title']).toEqual([
      { '@value': 'Dữ liệu mở chuyển đổi số Quảng Trị', '@language': 'vi' },
      { '@value': 'Quảng Trị Digital Transformation Open Data', '@language': 'en' },
    ]);
    expect(node['dct:description']).toHaveLength(2);
    expect(node['dct:publisher']).toEqual({ '@type': 'foaf:Agent', 'foaf:name': 'Nhóm phát triển cổng dữ liệu' });
  });

  it('describes each dataset with identifier, titles in both languages, keywords, publisher, licence, period and place', () => {
    const [dataset] = catalog()['dcat:dataset'];
    expect(dataset).toMatchObject({
      '@type': 'dcat:Dataset',
      'dct:identifier': 'sample-services',
      'dct:title': [
        { '@value': 'Dịch vụ mẫu', '@language': 'vi' },
        { '@value': 'Dịch vụ mẫu', '@language': 'en' },
      ],
      'dcat:keyword': ['test'],
      'dct:publisher': { '@type': 'foaf:Agent', 'foaf:name': 'Test team' },
      'dct:license': [{ '@type': 'dct:LicenseDocument', 'dct:title': 'Free reuse with attribution' }],
      'dct:modified': { '@value': '2026-11-20', '@type': 'xsd:date' },
      'dct:temporal': {
        '@type': 'dct:PeriodOfTime',
        'dcat:startDate': { '@value': '2022-01-01', '@type': 'xsd:date' },
        'dcat:endDate': { '@value': '2026-03-31', '@type': 'xsd:date' },
      },
      'dcat:landingPage': { '@id': 'https://data.example.org/du-lieu/sample-services/' },
    });
    expect(dataset['dct:description']).toHaveLength(2);
    expect(dataset['dct:spatial']).toContainEqual({ '@type': 'dct:Location', 'locn:geographicName': PLACE });
  });

  it('gives each distribution its download URL, media type, size and SHA-256 checksum', () => {
    const [dataset] = catalog()['dcat:dataset'];
    expect(dataset['dcat:distribution'][0]).toMatchObject({
      '@type': 'dcat:Distribution',
      'dcat:accessURL': { '@id': 'https://data.example.org/downloads/sample-services/sample-share.csv' },
      'dcat:downloadURL': { '@id': 'https://data.example.org/downloads/sample-services/sample-share.csv' },
      'dcat:mediaType': { '@id': 'https://www.iana.org/assignments/media-types/text/csv' },
      'dct:format': { '@id': 'http://publications.europa.eu/resource/authority/file-type/CSV' },
      'dcat:byteSize': { '@value': '1234', '@type': 'xsd:nonNegativeInteger' },
      'spdx:checksum': {
        '@type': 'spdx:Checksum',
        'spdx:algorithm': { '@id': 'spdx:checksumAlgorithm_sha256' },
        'spdx:checksumValue': { '@value': SHA, '@type': 'xsd:hexBinary' },
      },
    });
  });

  it('is an empty list, not an error, for a portal without datasets', () => {
    const node = dcatCatalog([], {
      catalogUrl: '/catalog.jsonld',
      title: { vi: 'a', en: 'a' },
      description: { vi: 'b', en: 'b' },
      publisher: 'c',
      place: PLACE,
      links: () => ({ pageUrl: '/', downloads: [] }),
    });
    expect(node['dcat:dataset']).toEqual([]);
    expect(node).not.toHaveProperty('foaf:homepage');
  });
});
