/**
 * What the schema.org and DCAT descriptions of a dataset share: the downloads with their sizes and
 * checksums, absolute addresses, the publisher, the licence and the period the data covers.
 */
import type { DataPackage } from '../contract/data-package.ts';
import { parsePeriod } from '../period.ts';
import { statedPeriodRows } from '../period-covered.ts';
import type { Dataset } from '../contract/portal-types.ts';

/** Media types of the files the portal offers. */
export const MEDIA_TYPES = {
  csv: 'text/csv',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  json: 'application/json',
  jsonld: 'application/ld+json',
  svg: 'image/svg+xml',
  png: 'image/png',
} as const;

/** One downloadable file of a dataset, described by describeFile. */
export interface Download {
  /** Where it is served: absolute, or relative to the site and resolved against `siteUrl`. */
  url: string;
  /** Its media type, e.g. MEDIA_TYPES.csv. */
  format: string;
  bytes: number;
  /** SHA-256, 64 hexadecimal digits. */
  sha256: string;
  /** A short name, e.g. the file name; the URL's last part when omitted. */
  name?: string;
}

/** The URL made absolute against `siteUrl` when one is given; unchanged otherwise. */
export function absoluteUrl(url: string, siteUrl?: string): string {
  return siteUrl === undefined ? url : new URL(url, siteUrl).href;
}

/** The file name a download is known by. */
export const downloadName = (download: Download): string =>
  download.name ?? decodeURIComponent(download.url.replace(/[?#].*$/, '').split('/').filter(Boolean).at(-1) ?? download.url);

/** The contributor with the "publisher" role (the contract requires one). */
export const publisherOf = (descriptor: DataPackage): string =>
  descriptor.contributors.find((c) => c.roles.includes('publisher'))?.title ?? '';

/**
 * The days the dataset's observations cover, from the first day of its earliest period to the last
 * day of its latest, read from the `period` column of every resource, leaving out the rows whose
 * source states no period (their period is the day of publication); null when there is none.
 */
export function temporalCoverage(dataset: Dataset): { start: string; end: string } | null {
  let start: string | null = null;
  let end: string | null = null;
  for (const row of statedPeriodRows(dataset)) {
    const value = row['period'];
    if (typeof value !== 'string' && typeof value !== 'number') continue;
    const period = parsePeriod(String(value));
    if (period === null) continue;
    if (start === null || period.start < start) start = period.start;
    if (end === null || period.end > end) end = period.end;
  }
  return start === null || end === null ? null : { start, end };
}
