/**
 * The build's downloadable files, made once per build and shared by the endpoints that serve them
 * and the pages that list them with their sizes and checksums: every dataset's CSV files (as
 * committed and for Excel), workbooks, JSON and descriptor, every past version, the whole portal's
 * ZIP and the DCAT catalogue. The effects (the file system, git) come in here; what to make of them
 * lives in src/lib/downloads.
 */
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { locales, pick, t, type Locale } from '../i18n/translate.ts';
import { localePath } from '../i18n/paths.ts';
import { datasetJson } from '../lib/downloads/dataset-json.ts';
import { excelCsv } from '../lib/downloads/excel-csv.ts';
import { EXCEL_CSV_STYLE_NAMES } from '../lib/downloads/csv-cells.ts';
import { contentType, fileStore, type FileSpec, type FileStore } from '../lib/downloads/file-store.ts';
import { MEDIA_TYPES } from '../lib/downloads/linked-data.ts';
import { catalogFileUrls, portalCatalog } from '../lib/downloads/portal-linked-data.ts';
import { portalDatapackage, portalReadme, portalZip, type PackageInArchive } from '../lib/downloads/portal-zip.ts';
import { CATALOG_DOWNLOAD, chartDownload, datasetFiles, DOWNLOAD_CHART_SIZE, SHARE_CHART_SIZE, SHARE_PICTURE_SCALE, versionDownload } from '../lib/downloads/urls.ts';
import { makeAhead } from '../lib/downloads/make-ahead.ts';
import type { CodeLabel } from '../lib/downloads/workbook-labels.ts';
import { datasetXlsx } from '../lib/downloads/xlsx.ts';
import { termsParagraphs } from '../lib/terms-of-use.ts';
import { fitInFrame, svgToPng } from '../lib/charts/png.ts';
import { renderChartSvg } from '../lib/charts/render.ts';
import type { Indicator } from '../lib/indicators/model.ts';
import type { Dataset } from '../lib/contract/portal-types.ts';
import { absoluteUrl, datasetPageUrl, portalAddress, portalZipUrl, siteUrl } from './addresses.ts';
import { thisBuild, type BuildContext } from './build-context.ts';
import { citationText } from './citations.ts';
import { nodeGitRunner } from './node-git.ts';
import { getHistories, type DatasetHistories } from './dataset-histories.ts';
import { getDatasets, getIndicators, getPillars, getSiteData, getUnits } from './portal-data.ts';

/** The current files of a dataset, in the order its page lists them. */
export const filesOf = (dataset: Dataset) =>
  datasetFiles(
    dataset.id,
    dataset.indicators.map(({ resource }) => resource),
  );

/** Names for codes in a workbook: the site's own translations and reference data. */
async function codeLabels(locale: Locale): Promise<CodeLabel> {
  const tr = t(locale);
  const [pillars, units] = await Promise.all([getPillars(), getUnits()]);
  // Looked up by the codes a workbook cell holds, plain strings.
  const pillarNames = new Map<string, string>(pillars.map((pillar) => [pillar.id, pick(locale, pillar.name, pillar.name_en)]));
  const unitNames = new Map<string, string>([...units.values()].map((unit) => [unit.code, pick(locale, unit.name, unit.name_en)]));
  return (kind, code) => {
    if (kind === 'provenance') return tr(`provenance.${code}` as Parameters<typeof tr>[0]);
    if (kind === 'confidence') return tr(`confidence.${code}` as Parameters<typeof tr>[0]);
    if (kind === 'pillar') return pillarNames.get(code);
    return unitNames.get(code);
  };
}

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

function datasetSpecs(dataset: Dataset, build: BuildContext, histories: DatasetHistories): FileSpec[] {
  const read = (...parts: string[]): Uint8Array => new Uint8Array(readFileSync(join(build.root, ...parts)));
  const files = filesOf(dataset);
  const updated = () => histories.lastUpdated(dataset)?.date;
  const specs: FileSpec[] = dataset.indicators.flatMap(({ resource }, k) => {
    const table = files.tables[k]!;
    const delimiter = resource.dialect?.delimiter;
    return [
      { url: table.csv, format: MEDIA_TYPES.csv, make: () => read(dataset.dir, resource.path) },
      ...EXCEL_CSV_STYLE_NAMES.map((style) => ({
        url: table.excelCsv[style],
        format: MEDIA_TYPES.csv,
        make: () => encode(excelCsv(new TextDecoder().decode(read(dataset.dir, resource.path)), resource.schema, { style, ...(delimiter ? { inputDelimiter: delimiter } : {}) })),
      })),
    ];
  });
  for (const locale of ['vi', 'en'] as const) {
    specs.push({
      url: files.xlsx[locale],
      format: MEDIA_TYPES.xlsx,
      make: async () => {
        const date = updated();
        return datasetXlsx(dataset, {
          locale,
          ...(date === undefined ? {} : { date: `${date}T00:00:00Z` }),
          pageUrl: datasetPageUrl(locale, dataset.id),
          codeLabel: await codeLabels(locale),
        });
      },
    });
  }
  specs.push(
    {
      url: files.json,
      format: MEDIA_TYPES.json,
      make: () => encode(datasetJson(dataset, { lastUpdated: histories.lastUpdated(dataset), pageUrl: datasetPageUrl('vi', dataset.id) })),
    },
    { url: files.datapackage, format: MEDIA_TYPES.json, make: () => read(dataset.dir, 'datapackage.json') },
  );
  // Every past version of every file, at its permanent address, exactly as committed.
  const { blob } = histories.git;
  for (const version of histories.of(dataset).versions) {
    for (const change of version.files) {
      if (!change.exists) continue;
      specs.push({
        url: versionDownload(dataset.id, version.commit, change.file),
        format: change.file.endsWith('.csv') ? MEDIA_TYPES.csv : MEDIA_TYPES.json,
        make: () => {
          const bytes = blob(version.commit, change.path);
          if (bytes === null) throw new Error(`git no longer gives ${change.path} at ${version.commit}`);
          return bytes;
        },
      });
    }
  }
  return specs;
}

/**
 * The files the ZIP holds, by their path from the portal's root ("data/…"): those validation read
 * (dataFiles), and of them only those git tracks, so a file made locally and never committed is not
 * published. Where git cannot tell (a copy of the portal without its history), every file read.
 */
function publishedDataFiles(root: string, dataFiles: readonly string[]): Map<string, Uint8Array> {
  const listed = nodeGitRunner(root)(['ls-files', '-z', '--', 'data']);
  const tracked = listed === null ? null : new Set(listed.split('\0').filter(Boolean));
  return new Map(
    dataFiles.filter((path) => tracked === null || tracked.has(path)).map((path) => [path, new Uint8Array(readFileSync(join(root, ...path.split('/'))))]),
  );
}

async function portalZipSpec(datasets: readonly Dataset[], build: BuildContext, histories: DatasetHistories): Promise<FileSpec> {
  const { site, dataFiles } = await getSiteData();
  const url = await portalZipUrl();
  return {
    url,
    format: 'application/zip',
    make: async () => {
      const files = publishedDataFiles(build.root, dataFiles);
      const decoder = new TextDecoder();
      const packages: PackageInArchive[] = [...files.keys()]
        .filter((path) => path.endsWith('/datapackage.json'))
        .map((path) => ({ dir: path.slice(0, -'/datapackage.json'.length), descriptor: JSON.parse(decoder.decode(files.get(path)!)) }));
      const dates = datasets.flatMap((d) => histories.lastUpdated(d)?.date ?? []).sort();
      const updated = dates.at(-1) ?? build.day;
      const home = absoluteUrl(localePath('vi', '/'));
      const datapackage = portalDatapackage(packages, {
        name: url.split('/').at(-1)!.replace(/\.zip$/, ''),
        title: { vi: site.name, en: site.name_en },
        description: { vi: site.tagline, en: site.tagline_en },
        publisher: site.publisher,
        ...(siteUrl() === undefined ? {} : { homepage: home }),
        updated,
      });
      const readme = portalReadme({
        title: { vi: site.name, en: site.name_en },
        archiveName: url.split('/').at(-1)!,
        ...(siteUrl() === undefined ? {} : { home }),
        terms: { vi: termsParagraphs('vi'), en: termsParagraphs('en') },
        datasets: await Promise.all(
          datasets.map(async (d) => ({
            id: d.id,
            title: { vi: d.descriptor.title, en: d.descriptor.title_en },
            version: d.descriptor.version,
            lastUpdated: histories.lastUpdated(d),
            files: [`${d.dir}/datapackage.json`, ...d.indicators.map(({ resource }) => `${d.dir}/${resource.path}`)],
            citation: { vi: await citationText(d, 'vi'), en: await citationText(d, 'en') },
          })),
        ),
      });
      return portalZip(readme, datapackage, files, new Date(`${updated}T00:00:00Z`));
    },
  };
}

function catalogSpec(datasets: readonly Dataset[], histories: DatasetHistories): FileSpec {
  return {
    url: CATALOG_DOWNLOAD,
    format: MEDIA_TYPES.jsonld,
    make: async () => {
      const [{ site }, pillars, store] = await Promise.all([getSiteData(), getPillars(), getFileStore()]);
      const urls = datasets.flatMap(catalogFileUrls);
      const described = new Map(await Promise.all(urls.map(async (url) => [url, await store.describe(url)] as const)));
      const catalog = portalCatalog({
        site,
        datasets,
        pillars,
        address: portalAddress(),
        describe: (url) => described.get(url)!,
        lastUpdated: (dataset) => histories.lastUpdated(dataset),
      });
      return encode(`${JSON.stringify(catalog, null, 2)}\n`);
    },
  };
}

/**
 * Every indicator's chart as a standalone SVG, and as its sharing picture (PNG, 1200×630), in each
 * language. The PNG at twice the chart's size, for print, is drawn in the reader's browser from the
 * SVG (the explorer's PNG button), not here.
 */
function chartSpecs(indicator: Indicator, build: BuildContext): FileSpec[] {
  return locales.flatMap((locale) => {
    const drawn = (size: { width: number; height: number }) => renderChartSvg(indicator, { ...size, locale, idPrefix: indicator.id, today: build.day });
    return [
      { url: chartDownload(locale, indicator.id, 'svg'), format: MEDIA_TYPES.svg, make: () => encode(drawn(DOWNLOAD_CHART_SIZE)) },
      { url: chartDownload(locale, indicator.id, 'png'), format: MEDIA_TYPES.png, make: () => svgToPng(fitInFrame(drawn(SHARE_CHART_SIZE), SHARE_CHART_SIZE), SHARE_PICTURE_SCALE) },
    ];
  });
}

/** Every downloadable file of the build. */
export async function getFileStore(): Promise<FileStore> {
  const build = await thisBuild();
  return build.once('file-store', async () => {
    const [datasets, indicators, histories] = await Promise.all([getDatasets(), getIndicators(), getHistories()]);
    const charts = indicators.flatMap((indicator) => chartSpecs(indicator, build));
    const store = fileStore([
      ...datasets.flatMap((dataset) => datasetSpecs(dataset, build, histories)),
      ...charts,
      await portalZipSpec(datasets, build, histories),
      catalogSpec(datasets, histories),
    ]);
    // A build draws every PNG ahead, on libuv's worker threads, as many at a time as there are
    // cores but one fewer than those threads: Astro's file writes wait in the same pool. Astro
    // renders the chart endpoints first, so the main thread mostly waits for the pictures then;
    // later, while it renders pages, they share the cores. A dev server draws what it is asked for.
    if (import.meta.env.PROD) {
      const pictures = charts.filter(({ format }) => format === MEDIA_TYPES.png).map(({ url }) => url);
      const pool = Number(process.env['UV_THREADPOOL_SIZE']) || 4;
      makeAhead(store, pictures, Math.max(1, Math.min(availableParallelism(), pool - 1)));
    }
    return store;
  });
}

/**
 * The getStaticPaths of an endpoint serving the store's files whose address matches `pattern`: its
 * groups, in order, are the route's parameters `names`; each path carries the file's address.
 */
export async function storePaths<const Names extends readonly string[]>(pattern: RegExp, names: Names) {
  const { specs } = await getFileStore();
  return specs.flatMap(({ url }) => {
    const match = pattern.exec(url);
    if (match === null) return [];
    const params = Object.fromEntries(names.map((name, k) => [name, match[k + 1]!])) as Record<Names[number], string>;
    return [{ params, props: { url } }];
  });
}

/** The response of an endpoint serving one of the store's files, which the store then lets go of. */
export async function serveFile(url: string): Promise<Response> {
  const store = await getFileStore();
  const bytes = await store.bytes(url);
  const response = new Response(new Uint8Array(bytes), { headers: { 'Content-Type': contentType(store.get(url)!.format) } });
  // A dev server serves a file again on every request: only a build writes each once.
  if (import.meta.env.PROD) await store.release(url);
  return response;
}
