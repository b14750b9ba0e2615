/**
 * A dataset described in schema.org terms, for the JSON-LD block of its page: what search engines
 * (Google Dataset Search among them) read to list the dataset, its licence and its files.
 * https://schema.org/Dataset, https://developers.google.com/search/docs/appearance/structured-data/dataset
 */
import type { Contributor } from '../contract/data-package.ts';
import { otherLocale, pick, type Locale } from '../../i18n/translate.ts';
import type { Dataset } from '../contract/portal-types.ts';
import { absoluteUrl, downloadName, publisherOf, temporalCoverage, type Download } from './linked-data.ts';

export interface DatasetJsonLdOptions {
  /** The dataset's identifier (identifiers.ts): the same on its page in every language and in the catalogue. */
  id: string;
  /** The dataset's page. */
  pageUrl: string;
  /** The site's address; relative URLs are resolved against it. */
  siteUrl?: string;
  /** The dataset's files, with sizes and checksums. */
  downloads: readonly Download[];
  /** Language of the name and description. */
  locale: Locale;
  /** The place the data covers, e.g. "Quảng Trị, Việt Nam", from the site's configuration. */
  place: string;
  /** When the data last changed (from its history), YYYY-MM-DD or an ISO date-time. */
  dateModified?: string;
  /** The page stating the portal's terms of use: the licence of data that names no other. */
  termsUrl: string;
  /** The catalogue the dataset belongs to: the portal, with the DCAT catalogue's identifier. */
  catalog?: { id: string; name: string; url: string };
}

/** A JSON-LD node: plain JSON. */
export type JsonLd = { [key: string]: unknown };

const organization = (contributor: Pick<Contributor, 'title' | 'path'>): JsonLd => ({
  '@type': 'Organization',
  name: contributor.title,
  ...(contributor.path === undefined ? {} : { url: contributor.path }),
});

/** The schema.org Dataset node of a dataset's page. */
export function datasetJsonLd(dataset: Dataset, options: DatasetJsonLdOptions): JsonLd {
  const d = dataset.descriptor;
  const { locale, siteUrl } = options;
  const pageUrl = absoluteUrl(options.pageUrl, siteUrl);
  const publisher = d.contributors.find((c) => c.roles.includes('publisher')) ?? { title: publisherOf(d) };
  const authors = d.contributors.filter((c) => c.roles.includes('author'));
  const period = temporalCoverage(dataset);
  const termsUrl = absoluteUrl(options.termsUrl, siteUrl);
  // A licence without an address ("other-at", free reuse with attribution) is the portal's terms.
  const licences = d.licenses.map((l) => l.path ?? termsUrl);
  return {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    '@id': options.id,
    name: pick(locale, d.title, d.title_en),
    alternateName: pick(otherLocale(locale), d.title, d.title_en),
    description: pick(locale, d.description, d.description_en),
    url: pageUrl,
    identifier: d.name,
    version: d.version,
    inLanguage: locale,
    ...(d.created === undefined ? {} : { datePublished: d.created.slice(0, 10) }),
    ...(options.dateModified === undefined ? {} : { dateModified: options.dateModified }),
    keywords: d.keywords,
    isAccessibleForFree: true,
    license: licences.length === 1 ? licences[0] : licences,
    usageInfo: termsUrl,
    // The bodies that produced the figures are the creators; the portal team only publishes them.
    creator: (authors.length > 0 ? authors : [publisher]).map(organization),
    publisher: organization(publisher),
    // The sources the figures were taken from. Not `citation`, which Google reads as "publications
    // to cite besides this dataset".
    isBasedOn: d.sources.map((s) => ({
      '@type': 'CreativeWork',
      name: s.title,
      url: s.path,
      publisher: { '@type': 'Organization', name: s.publisher },
      ...(s.date === undefined ? {} : { datePublished: s.date }),
    })),
    variableMeasured: dataset.indicators.map(({ resource }) => pick(locale, resource.title, resource.title_en)),
    distribution: options.downloads.map((file) => ({
      '@type': 'DataDownload',
      name: downloadName(file),
      contentUrl: absoluteUrl(file.url, siteUrl),
      encodingFormat: file.format,
      contentSize: `${file.bytes} B`,
      sha256: file.sha256,
    })),
    spatialCoverage: { '@type': 'Place', name: options.place },
    ...(period === null ? {} : { temporalCoverage: `${period.start}/${period.end}` }),
    ...(options.catalog === undefined
      ? {}
      : {
          includedInDataCatalog: {
            '@type': 'DataCatalog',
            '@id': options.catalog.id,
            name: options.catalog.name,
            url: absoluteUrl(options.catalog.url, siteUrl),
          },
        }),
  };
}

/**
 * JSON-LD as text safe to place inside <script type="application/ld+json">: "<", ">" and "&" are
 * written as \u escapes, so a title containing "</script>" cannot end the script element early.
 */
export function jsonLdText(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
