/**
 * The portal's catalogue in DCAT-AP 3, as JSON-LD: the description that European and national
 * open-data harvesters (and CKAN's DCAT extension) read to list every dataset and its files.
 * https://semiceu.github.io/DCAT-AP/releases/3.0.0/
 */
import type { License } from '../contract/data-package.ts';
import type { Locale } from '../contract/site.ts';
import type { Dataset } from '../contract/portal-types.ts';
import type { JsonLd } from './json-ld.ts';
import { absoluteUrl, downloadName, licenceUrl, MEDIA_TYPES, publisherOf, temporalCoverage, type Download } from './linked-data.ts';

export const DCAT_CONTEXT = {
  dcat: 'http://www.w3.org/ns/dcat#',
  dct: 'http://purl.org/dc/terms/',
  foaf: 'http://xmlns.com/foaf/0.1/',
  spdx: 'http://spdx.org/rdf/terms#',
  locn: 'http://www.w3.org/ns/locn#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
} as const;

/** Where a dataset's page and files are, and when it last changed. */
export interface CatalogEntryLinks {
  pageUrl: string;
  downloads: readonly Download[];
  /** YYYY-MM-DD or an ISO date-time, from the data's history. */
  modified?: string;
}

export interface CatalogOptions {
  /** The catalogue file's own address, its identifier. */
  catalogUrl: string;
  /** The site's address; relative URLs are resolved against it. */
  siteUrl?: string;
  /** The portal's name and a sentence about it, in both languages (site.json's name and tagline). */
  title: Record<Locale, string>;
  description: Record<Locale, string>;
  /** Who publishes the catalogue. */
  publisher: string;
  /** The place the data covers, e.g. "Quảng Trị, Việt Nam". */
  place: string;
  /** The page, file list and date of each dataset. */
  links: (dataset: Dataset) => CatalogEntryLinks;
}

// EU vocabularies DCAT-AP recommends for formats, languages and countries.
const EU = 'http://publications.europa.eu/resource/authority';
const FILE_TYPES: Record<string, string> = {
  [MEDIA_TYPES.csv]: 'CSV',
  [MEDIA_TYPES.xlsx]: 'XLSX',
  [MEDIA_TYPES.json]: 'JSON',
  [MEDIA_TYPES.jsonld]: 'JSON_LD',
};
const LANGUAGES = [{ '@id': `${EU}/language/VIE` }, { '@id': `${EU}/language/ENG` }];

const bilingual = (vi: string, en: string) => [
  { '@value': vi, '@language': 'vi' },
  { '@value': en, '@language': 'en' },
];
const typed = (value: string, type: string) => ({ '@value': value, '@type': type });
const agent = (name: string): JsonLd => ({ '@type': 'foaf:Agent', 'foaf:name': name });
/** Dates written YYYY-MM-DD are xsd:date; anything longer is a date-time. */
const dateLiteral = (text: string) => typed(text, text.length === 10 ? 'xsd:date' : 'xsd:dateTime');

function licence(l: License, siteUrl?: string): JsonLd {
  const url = licenceUrl(l, siteUrl);
  // The portal's own terms ("other-at") have no address: a blank node carries their title.
  return url === undefined ? { '@type': 'dct:LicenseDocument', 'dct:title': l.title } : { '@id': url, '@type': 'dct:LicenseDocument' };
}

function distribution(file: Download, licences: JsonLd[], siteUrl?: string): JsonLd {
  const url = absoluteUrl(file.url, siteUrl);
  const fileType = FILE_TYPES[file.format];
  return {
    '@type': 'dcat:Distribution',
    'dct:title': downloadName(file),
    // DCAT-AP requires an access URL; for a direct download it is the file itself.
    'dcat:accessURL': { '@id': url },
    'dcat:downloadURL': { '@id': url },
    'dcat:mediaType': { '@id': `https://www.iana.org/assignments/media-types/${file.format}` },
    ...(fileType === undefined ? {} : { 'dct:format': { '@id': `${EU}/file-type/${fileType}` } }),
    'dcat:byteSize': typed(String(file.bytes), 'xsd:nonNegativeInteger'),
    'spdx:checksum': {
      '@type': 'spdx:Checksum',
      'spdx:algorithm': { '@id': 'spdx:checksumAlgorithm_sha256' },
      'spdx:checksumValue': typed(file.sha256, 'xsd:hexBinary'),
    },
    'dct:license': licences,
  };
}

function catalogDataset(dataset: Dataset, options: CatalogOptions): JsonLd {
  const d = dataset.descriptor;
  const links = options.links(dataset);
  const pageUrl = absoluteUrl(links.pageUrl, options.siteUrl);
  const licences = d.licenses.map((l) => licence(l, options.siteUrl));
  const authors = d.contributors.filter((c) => c.roles.includes('author'));
  const period = temporalCoverage(dataset);
  return {
    '@id': `${pageUrl}#dataset`,
    '@type': 'dcat:Dataset',
    'dct:identifier': d.name,
    'dct:title': bilingual(d.title, d.title_en),
    'dct:description': bilingual(d.description, d.description_en),
    'dcat:keyword': d.keywords,
    'dcat:version': d.version,
    'dcat:landingPage': { '@id': pageUrl },
    'dct:publisher': agent(publisherOf(d)),
    ...(authors.length === 0 ? {} : { 'dct:creator': authors.map((a) => agent(a.title)) }),
    ...(d.created === undefined ? {} : { 'dct:issued': dateLiteral(d.created) }),
    ...(links.modified === undefined ? {} : { 'dct:modified': dateLiteral(links.modified) }),
    'dct:language': LANGUAGES,
    'dct:license': licences,
    ...(period === null
      ? {}
      : {
          'dct:temporal': {
            '@type': 'dct:PeriodOfTime',
            'dcat:startDate': typed(period.start, 'xsd:date'),
            'dcat:endDate': typed(period.end, 'xsd:date'),
          },
        }),
    'dct:spatial': [{ '@type': 'dct:Location', 'locn:geographicName': options.place }, { '@id': `${EU}/country/VNM` }],
    'dcat:distribution': links.downloads.map((file) => distribution(file, licences, options.siteUrl)),
  };
}

/** The DCAT-AP 3 catalogue of the given datasets, as a JSON-LD document. */
export function dcatCatalog(datasets: readonly Dataset[], options: CatalogOptions): JsonLd {
  return {
    '@context': DCAT_CONTEXT,
    '@id': absoluteUrl(options.catalogUrl, options.siteUrl),
    '@type': 'dcat:Catalog',
    'dct:title': bilingual(options.title.vi, options.title.en),
    'dct:description': bilingual(options.description.vi, options.description.en),
    'dct:publisher': agent(options.publisher),
    ...(options.siteUrl === undefined ? {} : { 'foaf:homepage': { '@id': options.siteUrl } }),
    'dct:language': LANGUAGES,
    'dcat:dataset': datasets.map((dataset) => catalogDataset(dataset, options)),
  };
}
