/**
 * Where each downloadable file lives in the built site. One module names them, so that pages,
 * endpoints and tests agree, and a URL once published keeps serving the latest file.
 */
import type { Locale } from '../contract/site.ts';

/** The CSV of a dataset resource, byte for byte as committed. */
export const csvDownload = (datasetId: string, resourcePath: string): string => `/downloads/${datasetId}/${resourcePath}`;

/** A chart as a standalone file, in one language. */
export const chartDownload = (locale: Locale, indicatorId: string, format: 'svg' | 'png'): string =>
  `/charts/${locale}/${indicatorId}.${format}`;

/** The size charts are drawn at for downloads and social cards. */
export const DOWNLOAD_CHART_SIZE = { width: 960, height: 540 } as const;

/** The resource's "CSV for Excel" (src/lib/downloads/excel-csv.ts): dti-rank.csv → dti-rank.excel.csv. */
export const excelCsvDownload = (datasetId: string, resourcePath: string): string =>
  `/downloads/${datasetId}/${resourcePath.replace(/\.csv$/i, '')}.excel.csv`;

/** The dataset as an Excel workbook, headings and notes in one language. */
export const xlsxDownload = (locale: Locale, datasetId: string): string => `/downloads/${datasetId}/${datasetId}.${locale}.xlsx`;

/** The dataset's descriptor (datapackage.json), byte for byte as committed. */
export const datapackageDownload = (datasetId: string): string => `/downloads/${datasetId}/datapackage.json`;

/** The portal's DCAT-AP catalogue of every dataset, in JSON-LD. */
export const CATALOG_DOWNLOAD = '/catalog.jsonld';
