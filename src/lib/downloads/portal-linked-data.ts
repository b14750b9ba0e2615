/**
 * The portal's linked data put together from its data: the identifiers and addresses that the DCAT
 * catalogue and each dataset page's schema.org description share, and the catalogue itself. The
 * endpoint, the pages and the tests build them through these functions, so a test of the real
 * portal checks what the build serves.
 */
import { localePath, sitePath } from '../../i18n/paths.ts';
import { locales, pick, t, type Locale } from '../../i18n/translate.ts';
import type { Dataset } from '../contract/portal-types.ts';
import type { Pillar } from '../contract/reference.ts';
import type { SiteConfig } from '../contract/site.ts';
import { dcatCatalog, type CatalogDownload } from './dcat.ts';
import type { LastUpdated } from './dataset-history.ts';
import { linkedDataIri, portalSlug, type IdentifierScope } from './identifiers.ts';
import { datasetJsonLd, type JsonLd } from './json-ld.ts';
import type { Download } from './linked-data.ts';
import { CATALOG_DOWNLOAD, datasetFiles, datasetPage, TERMS_PAGE } from './urls.ts';
import { EXCEL_CSV_STYLE_NAMES, type ExcelCsvStyle } from './csv-cells.ts';

/** Where the site is published (src/lib/site-metadata/site-address.ts). */
export interface PortalAddress {
  /** The address with its base path, when known. */
  siteUrl?: string;
  /** The base path, "/" or "/open-data/". */
  base: string;
}

/** The identifiers of the catalogue and of each dataset (identifiers.ts). */
export function portalIdentifiers(site: Pick<SiteConfig, 'province_en' | 'name_en'>, address: PortalAddress) {
  const scope: IdentifierScope = { slug: portalSlug(site), ...(address.siteUrl === undefined ? {} : { siteUrl: address.siteUrl }) };
  return {
    catalog: linkedDataIri(sitePath(CATALOG_DOWNLOAD, address.base), scope),
    // The Vietnamese page's, for both languages: one dataset, one identifier.
    dataset: (datasetId: string) => linkedDataIri(`${localePath('vi', datasetPage(datasetId), address.base)}#dataset`, scope),
  };
}

/** The terms-of-use page in a language, below the base. */
export const termsPageUrl = (locale: Locale, address: PortalAddress): string => localePath(locale, TERMS_PAGE, address.base);

const bothLanguages = (text: (locale: Locale) => string): Record<Locale, string> =>
  Object.fromEntries(locales.map((locale) => [locale, text(locale)])) as Record<Locale, string>;

/** A dataset's current files, each with what it holds in both languages, in the order its page lists them. */
function labelledFiles(dataset: Dataset): { url: string; description: Record<Locale, string> }[] {
  const files = datasetFiles(
    dataset.id,
    dataset.indicators.map(({ resource }) => resource),
  );
  const ofTable = (key: 'data.download.csv' | `data.download.excelCsv.${ExcelCsvStyle}`, k: number) =>
    bothLanguages((locale) => {
      const resource = dataset.indicators[k]!.resource;
      return t(locale)('data.download.ofTable', { file: t(locale)(key), table: pick(locale, resource.title, resource.title_en) });
    });
  return [
    ...files.tables.flatMap((table, k) => [
      { url: table.csv, description: ofTable('data.download.csv', k) },
      ...EXCEL_CSV_STYLE_NAMES.map((style) => ({ url: table.excelCsv[style], description: ofTable(`data.download.excelCsv.${style}`, k) })),
    ]),
    ...locales.map((lang) => ({ url: files.xlsx[lang], description: bothLanguages((locale) => t(locale)(`data.download.xlsx.${lang}`)) })),
    { url: files.json, description: bothLanguages((locale) => t(locale)('data.download.json')) },
    { url: files.datapackage, description: bothLanguages((locale) => t(locale)('data.download.datapackage')) },
  ];
}

/** The addresses of the files the catalogue lists for a dataset: what portalCatalog's `describe` is asked about. */
export const catalogFileUrls = (dataset: Dataset): string[] => labelledFiles(dataset).map(({ url }) => url);

export interface PortalCatalogInput {
  site: SiteConfig;
  datasets: readonly Dataset[];
  pillars: readonly Pillar[];
  address: PortalAddress;
  /** A current file's media type, size and checksum, by its address without the base (urls.ts). */
  describe: (url: string) => Download;
  /** When each dataset last changed (dataset-history.ts). */
  lastUpdated: (dataset: Dataset) => LastUpdated | null;
}

/** The DCAT-AP 3 catalogue of the whole portal, as catalog.jsonld serves it. */
export function portalCatalog({ site, datasets, pillars, address, describe, lastUpdated }: PortalCatalogInput): JsonLd {
  const ids = portalIdentifiers(site, address);
  const themesOf = new Map(pillars.map((pillar) => [pillar.id as string, pillar.data_themes]));
  // The catalogue was first published with its oldest dataset, and changed when its newest did.
  const created = datasets.flatMap((d) => d.descriptor.created ?? []).sort();
  const updated = datasets.flatMap((d) => lastUpdated(d)?.date ?? []).sort();
  return dcatCatalog(datasets, {
    id: ids.catalog,
    ...(address.siteUrl === undefined ? {} : { siteUrl: address.siteUrl }),
    title: { vi: site.name, en: site.name_en },
    description: { vi: site.tagline, en: site.tagline_en },
    publisher: { vi: site.publisher, en: site.publisher_en },
    ...(site.contact === undefined ? {} : { contact: site.contact }),
    homepage: localePath('vi', '/', address.base),
    terms: { url: termsPageUrl('vi', address), title: bothLanguages((locale) => t(locale)('data.terms')) },
    place: bothLanguages((locale) => t(locale)('data.place', { province: pick(locale, site.province, site.province_en) })),
    ...(created[0] === undefined ? {} : { issued: created[0] }),
    ...(updated.at(-1) === undefined ? {} : { modified: updated.at(-1)! }),
    links: (dataset) => {
      const modified = lastUpdated(dataset);
      const downloads: CatalogDownload[] = labelledFiles(dataset).map(({ url, description }) => ({
        ...describe(url),
        url: sitePath(url, address.base),
        description,
      }));
      return {
        id: ids.dataset(dataset.id),
        pages: locales.map((locale) => localePath(locale, datasetPage(dataset.id), address.base)),
        downloads,
        ...(modified?.basis === 'history' ? { modified: modified.date } : {}),
        themes: [...new Set(dataset.descriptor.pillars.flatMap((pillar) => themesOf.get(pillar) ?? []))],
      };
    },
  });
}

export interface DatasetPageInput {
  site: SiteConfig;
  address: PortalAddress;
  locale: Locale;
  /** The files the page lists, with sizes and checksums, by their addresses without the base. */
  downloads: readonly Download[];
  lastUpdated: LastUpdated | null;
}

/** The schema.org Dataset a dataset's page carries, with the catalogue's identifiers. */
export function datasetPageJsonLd(dataset: Dataset, { site, address, locale, downloads, lastUpdated }: DatasetPageInput): JsonLd {
  const ids = portalIdentifiers(site, address);
  return datasetJsonLd(dataset, {
    id: ids.dataset(dataset.id),
    pageUrl: localePath(locale, datasetPage(dataset.id), address.base),
    ...(address.siteUrl === undefined ? {} : { siteUrl: address.siteUrl }),
    downloads: downloads.map((file) => ({ ...file, url: sitePath(file.url, address.base) })),
    locale,
    place: t(locale)('data.place', { province: pick(locale, site.province, site.province_en) }),
    ...(lastUpdated?.basis === 'history' ? { dateModified: lastUpdated.date } : {}),
    // One licence for the dataset in both languages: the terms page's address in the default language.
    termsUrl: termsPageUrl('vi', address),
    catalog: { id: ids.catalog, name: pick(locale, site.name, site.name_en), url: localePath(locale, '/data/', address.base) },
  });
}
