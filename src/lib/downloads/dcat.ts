/**
 * The portal's catalogue in DCAT-AP 3, as JSON-LD: the description that European and national
 * open-data harvesters (and CKAN's DCAT extension) read to list every dataset and its files.
 * https://semiceu.github.io/DCAT-AP/releases/3.0.0/
 *
 * It states DCAT-AP's mandatory and recommended properties of the catalogue, its datasets and their
 * distributions, and gives every value whose range DCAT-AP names as a class that class (a media
 * type is a dct:MediaType, a language a dct:LinguisticSystem…): harvesters validate with SHACL
 * shapes that check the class, and cannot look it up themselves. tests/support/dcat-ap-shapes.ttl
 * holds the shapes the tests check it against.
 */
import type { License } from '../contract/data-package.ts';
import type { DataTheme } from '../contract/reference.ts';
import type { Locale } from '../contract/site.ts';
import type { Dataset } from '../contract/portal-types.ts';
import type { JsonLd } from './json-ld.ts';
import { absoluteUrl, downloadName, temporalCoverage, type Download } from './linked-data.ts';
import { contactLink } from '../site-metadata/contact.ts';
import {
  ATTRIBUTION_LICENCE_TYPE_IRI,
  DATA_THEME_LABELS,
  DATA_THEME_SCHEME,
  dataThemeIri,
  fileTypeIri,
  LANGUAGE_IRIS,
  mediaTypeIri,
  PUBLIC_ACCESS_IRI,
  SHA256_IRI,
  STABLE_AVAILABILITY_IRI,
  VIETNAM_IRI,
} from './vocabularies.ts';

export const DCAT_CONTEXT = {
  dcat: 'http://www.w3.org/ns/dcat#',
  dcatap: 'http://data.europa.eu/r5r/',
  dct: 'http://purl.org/dc/terms/',
  foaf: 'http://xmlns.com/foaf/0.1/',
  locn: 'http://www.w3.org/ns/locn#',
  skos: 'http://www.w3.org/2004/02/skos/core#',
  spdx: 'http://spdx.org/rdf/terms#',
  vcard: 'http://www.w3.org/2006/vcard/ns#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
} as const;

/** A file of a dataset, with what it holds in both languages. */
export interface CatalogDownload extends Download {
  description: Record<Locale, string>;
}

/** Where a dataset's pages and files are, what it is about, and when it last changed. */
export interface CatalogEntryLinks {
  /** The dataset's identifier (identifiers.ts), the same as its pages' schema.org @id. */
  id: string;
  /** Its pages, one per language, the default language's first. */
  pages: readonly string[];
  downloads: readonly CatalogDownload[];
  /** YYYY-MM-DD or an ISO date-time, from the data's history. */
  modified?: string;
  /** The EU data themes of its pillars. */
  themes: readonly DataTheme[];
}

export interface CatalogOptions {
  /** The catalogue's identifier (identifiers.ts). */
  id: string;
  /** The site's address; relative URLs are resolved against it. */
  siteUrl?: string;
  /** The portal's name and a sentence about it (site.json's name and tagline). */
  title: Record<Locale, string>;
  description: Record<Locale, string>;
  /** Who publishes the catalogue, also its datasets' contact point (site.json's publisher). */
  publisher: Record<Locale, string>;
  /** Where readers write: a web or e-mail address (site.json's contact). */
  contact?: string;
  /** The portal's home page. */
  homepage: string;
  /** The page of the portal's terms of use, with their title: the licence of data that names no other. */
  terms: { url: string; title: Record<Locale, string> };
  /** The place the data covers, e.g. "Quảng Trị, Việt Nam". */
  place: Record<Locale, string>;
  /** When the catalogue was first published and last changed: YYYY-MM-DD or an ISO date-time. */
  issued?: string;
  modified?: string;
  /** The pages, files, themes and date of each dataset. */
  links: (dataset: Dataset) => CatalogEntryLinks;
}

/** A text in each language it is given in: a name with no English rendering is not tagged English. */
const inLanguages = (text: { vi: string; en?: string | undefined }) => [
  { '@value': text.vi, '@language': 'vi' },
  ...(text.en === undefined ? [] : [{ '@value': text.en, '@language': 'en' }]),
];
const english = (text: string) => ({ '@value': text, '@language': 'en' });
const typed = (value: string, type: string) => ({ '@value': value, '@type': type });
/** An IRI together with the class DCAT-AP gives the values of the property it is the value of. */
const node = (iri: string, type: string | string[], more: JsonLd = {}): JsonLd => ({ '@id': iri, '@type': type, ...more });
/** Dates written YYYY-MM-DD are xsd:date; anything longer is a date-time. */
const dateLiteral = (text: string) => typed(text, text.length === 10 ? 'xsd:date' : 'xsd:dateTime');

const LANGUAGES = [node(LANGUAGE_IRIS.vi, 'dct:LinguisticSystem'), node(LANGUAGE_IRIS.en, 'dct:LinguisticSystem')];

const agent = (name: { vi: string; en?: string | undefined }): JsonLd => ({ '@type': 'foaf:Agent', 'foaf:name': inLanguages(name) });

/** The portal team as a dataset's contact point, reachable at site.json's contact when one is given. */
function contactPoint(options: CatalogOptions): JsonLd {
  const { contact } = options;
  const link = contact === undefined ? undefined : contactLink(contact);
  const channel = link === undefined ? {} : { [link.kind === 'email' ? 'vcard:hasEmail' : 'vcard:hasURL']: { '@id': link.href } };
  return { '@type': ['vcard:Kind', 'vcard:Organization'], 'vcard:fn': inLanguages(options.publisher), ...channel };
}

/** The terms page, described once (on the catalogue); elsewhere only named by its address. */
function termsNode(options: CatalogOptions): JsonLd {
  return node(absoluteUrl(options.terms.url, options.siteUrl), ['dct:LicenseDocument', 'dct:RightsStatement'], {
    'dct:title': inLanguages(options.terms.title),
    'dct:type': node(ATTRIBUTION_LICENCE_TYPE_IRI, 'skos:Concept', { 'skos:prefLabel': english('Attribution') }),
  });
}

/**
 * A dataset's licence: one published elsewhere at its own address, or the portal's terms, which is
 * what a licence without an address ("other-at", free reuse with attribution) refers to.
 */
function licence(l: License, termsUrl: string): JsonLd {
  return l.path === undefined ? { '@id': termsUrl } : node(l.path, 'dct:LicenseDocument', { 'dct:title': l.title });
}

function theme(code: DataTheme): JsonLd {
  return node(dataThemeIri(code), 'skos:Concept', { 'skos:prefLabel': english(DATA_THEME_LABELS[code]), 'skos:inScheme': { '@id': DATA_THEME_SCHEME.iri } });
}

function places(options: CatalogOptions): JsonLd[] {
  // The province has no identifier in a gazetteer the portal can cite, so it is described by name.
  return [
    { '@type': 'dct:Location', 'locn:geographicName': inLanguages(options.place) },
    node(VIETNAM_IRI, 'dct:Location'),
  ];
}

/** One file of a dataset, under the dataset's first licence (DCAT-AP gives a distribution one). */
function distribution(file: CatalogDownload, licence: JsonLd, termsUrl: string, siteUrl?: string): JsonLd {
  const url = absoluteUrl(file.url, siteUrl);
  const fileType = fileTypeIri(file.format);
  return {
    '@type': 'dcat:Distribution',
    'dct:title': downloadName(file),
    'dct:description': inLanguages(file.description),
    // DCAT-AP requires an access URL; for a direct download it is the file itself.
    'dcat:accessURL': { '@id': url },
    'dcat:downloadURL': { '@id': url },
    'dcat:mediaType': node(mediaTypeIri(file.format), 'dct:MediaType'),
    ...(fileType === undefined ? {} : { 'dct:format': node(fileType, 'dct:MediaTypeOrExtent') }),
    'dcat:byteSize': typed(String(file.bytes), 'xsd:nonNegativeInteger'),
    'spdx:checksum': {
      '@type': 'spdx:Checksum',
      'spdx:algorithm': node(SHA256_IRI, 'spdx:ChecksumAlgorithm'),
      'spdx:checksumValue': typed(file.sha256, 'xsd:hexBinary'),
    },
    'dct:license': licence,
    'dct:rights': { '@id': termsUrl },
    'dcatap:availability': node(STABLE_AVAILABILITY_IRI, 'skos:Concept', { 'skos:prefLabel': english('stable') }),
  };
}

function catalogDataset(dataset: Dataset, options: CatalogOptions): JsonLd {
  const d = dataset.descriptor;
  const links = options.links(dataset);
  const termsUrl = absoluteUrl(options.terms.url, options.siteUrl);
  const licences = d.licenses.map((l) => licence(l, termsUrl));
  const publisher = d.contributors.find((c) => c.roles.includes('publisher'));
  const authors = d.contributors.filter((c) => c.roles.includes('author'));
  const period = temporalCoverage(dataset);
  return {
    '@id': links.id,
    '@type': 'dcat:Dataset',
    'dct:identifier': d.name,
    'dct:title': inLanguages({ vi: d.title, en: d.title_en }),
    'dct:description': inLanguages({ vi: d.description, en: d.description_en }),
    'dcat:keyword': d.keywords,
    'dcat:version': d.version,
    'dcat:landingPage': links.pages.map((page) => node(absoluteUrl(page, options.siteUrl), 'foaf:Document')),
    'dct:publisher': agent(publisher === undefined ? options.publisher : { vi: publisher.title, en: publisher.title_en }),
    ...(authors.length === 0 ? {} : { 'dct:creator': authors.map((a) => agent({ vi: a.title, en: a.title_en })) }),
    'dcat:contactPoint': contactPoint(options),
    ...(d.created === undefined ? {} : { 'dct:issued': dateLiteral(d.created) }),
    ...(links.modified === undefined ? {} : { 'dct:modified': dateLiteral(links.modified) }),
    'dct:language': LANGUAGES,
    'dct:license': licences,
    'dct:accessRights': node(PUBLIC_ACCESS_IRI, 'dct:RightsStatement'),
    ...(period === null
      ? {}
      : {
          'dct:temporal': {
            '@type': 'dct:PeriodOfTime',
            'dcat:startDate': typed(period.start, 'xsd:date'),
            'dcat:endDate': typed(period.end, 'xsd:date'),
          },
        }),
    'dct:spatial': places(options),
    'dcat:theme': links.themes.map(theme),
    'dcat:distribution': links.downloads.map((file) => distribution(file, licences[0]!, termsUrl, options.siteUrl)),
  };
}

/** The DCAT-AP 3 catalogue of the given datasets, as a JSON-LD document. */
export function dcatCatalog(datasets: readonly Dataset[], options: CatalogOptions): JsonLd {
  return {
    '@context': DCAT_CONTEXT,
    '@id': options.id,
    '@type': 'dcat:Catalog',
    'dct:title': inLanguages(options.title),
    'dct:description': inLanguages(options.description),
    'dct:publisher': agent(options.publisher),
    'foaf:homepage': node(absoluteUrl(options.homepage, options.siteUrl), 'foaf:Document'),
    'dct:language': LANGUAGES,
    'dct:license': termsNode(options),
    'dct:rights': { '@id': absoluteUrl(options.terms.url, options.siteUrl) },
    ...(options.issued === undefined ? {} : { 'dct:issued': dateLiteral(options.issued) }),
    ...(options.modified === undefined ? {} : { 'dct:modified': dateLiteral(options.modified) }),
    'dct:spatial': places(options),
    'dcat:themeTaxonomy': node(DATA_THEME_SCHEME.iri, 'skos:ConceptScheme', { 'dct:title': english(DATA_THEME_SCHEME.title) }),
    'dcat:dataset': datasets.map((dataset) => catalogDataset(dataset, options)),
  };
}
