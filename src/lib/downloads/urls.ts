/**
 * Where each downloadable file lives in the built site. One module names them, so that pages,
 * endpoints and tests agree, and a URL once published keeps serving the latest file.
 */
import type { Locale } from '../contract/site.ts';
import { EXCEL_CSV_STYLES, type ExcelCsvStyle } from './csv-cells.ts';

/** The CSV of a dataset resource, byte for byte as committed. */
export const csvDownload = (datasetId: string, resourcePath: string): string => `/downloads/${datasetId}/${resourcePath}`;

/** The folder of the charts as standalone files (the security headers give its SVGs a policy of their own). */
export const CHARTS_FOLDER = '/charts/';

/** A chart as a standalone file, in one language. */
export const chartDownload = (locale: Locale, indicatorId: string, format: 'svg' | 'png'): string =>
  `${CHARTS_FOLDER}${locale}/${indicatorId}.${format}`;

/** The size of a chart's SVG download. */
export const DOWNLOAD_CHART_SIZE = { width: 960, height: 540 } as const;

/**
 * A chart's sharing picture (its PNG, the page's Open Graph image): the size social sites show,
 * 1.91:1. The chart is drawn at SHARE_CHART_SIZE and zoomed by SHARE_PICTURE_SCALE, so its text is
 * a quarter larger than on the page and stays legible in a card.
 */
export const SHARE_PICTURE = { width: 1200, height: 630 } as const;
export const SHARE_PICTURE_SCALE = 1.25;
export const SHARE_CHART_SIZE = {
  width: SHARE_PICTURE.width / SHARE_PICTURE_SCALE,
  height: SHARE_PICTURE.height / SHARE_PICTURE_SCALE,
} as const;

/**
 * The resource's "CSV for Excel" in a style (src/lib/downloads/excel-csv.ts): dti-rank.csv →
 * dti-rank.excel.csv (comma) or dti-rank.excel-vi.csv (semicolon, for Excel set to Vietnamese).
 */
export const excelCsvDownload = (datasetId: string, resourcePath: string, style: ExcelCsvStyle = 'comma'): string =>
  `/downloads/${datasetId}/${resourcePath.replace(/\.csv$/i, '')}.${EXCEL_CSV_STYLES[style].suffix}`;

/** The dataset as an Excel workbook, headings and notes in one language. */
export const xlsxDownload = (locale: Locale, datasetId: string): string => `/downloads/${datasetId}/${datasetId}.${locale}.xlsx`;

/** The dataset's descriptor (datapackage.json), byte for byte as committed. */
export const datapackageDownload = (datasetId: string): string => `/downloads/${datasetId}/datapackage.json`;

/** The portal's DCAT-AP catalogue of every dataset, in JSON-LD. */
export const CATALOG_DOWNLOAD = '/catalog.jsonld';

/** The dataset as JSON: its metadata, and every table's rows typed (numbers as numbers, missing as null). */
export const jsonDownload = (datasetId: string): string => `/downloads/${datasetId}/${datasetId}.json`;

/** A dataset's page, without the language prefix (pages add it with localePath). */
export const datasetPage = (datasetId: string): string => `/data/${datasetId}/`;

/** The page of the portal's terms of use, without the language prefix: the licence and rights the catalogue names. */
export const TERMS_PAGE = '/about/terms/';

/** The Atom feed of data updates, without the language prefix. */
export const DATA_FEED = '/data/feed.xml';

/** How many hex digits of a commit name a version: enough never to collide in one dataset's history. */
export const SHORT_COMMIT = 12;

/**
 * A file of a dataset as it was at one commit: a permanent address, since the commit and the file's
 * name at that commit never change. `file` is its path within the dataset's folder then.
 */
export const versionDownload = (datasetId: string, commit: string, file: string): string =>
  `/data/${datasetId}/versions/${commit.slice(0, SHORT_COMMIT)}/${file}`;

/** The ZIP of the whole portal's data, named from a slug of the site's configuration. */
export const portalZipDownload = (slug: string): string => `/downloads/${slug}-open-data.zip`;

/** The addresses of one dataset's current files, in the order its page lists them. */
export interface DatasetFiles {
  tables: { name: string; file: string; csv: string; excelCsv: Record<ExcelCsvStyle, string> }[];
  xlsx: Record<Locale, string>;
  json: string;
  datapackage: string;
}

/** The current files of a dataset whose tables are `resources`. */
export function datasetFiles(datasetId: string, resources: readonly { name: string; path: string }[]): DatasetFiles {
  return {
    tables: resources.map(({ name, path }) => ({
      name,
      file: path,
      csv: csvDownload(datasetId, path),
      excelCsv: { comma: excelCsvDownload(datasetId, path, 'comma'), semicolon: excelCsvDownload(datasetId, path, 'semicolon') },
    })),
    xlsx: { vi: xlsxDownload('vi', datasetId), en: xlsxDownload('en', datasetId) },
    json: jsonDownload(datasetId),
    datapackage: datapackageDownload(datasetId),
  };
}
