/**
 * The build's downloadable files and the datasets' histories, made once per build and shared by the
 * endpoints that serve the files and the pages that list them with their sizes and checksums. The
 * effects (the file system, git) come in here; what to make of them lives in src/lib/downloads.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { getCollection } from 'astro:content';
import { localePath, pick, sitePath, t, type Locale } from '../i18n/index.ts';
import { portalRoot } from './integrations/validate-integration.ts';
import { bibtexDataset, citeDataset, type DatasetCitation } from '../lib/downloads/citation.ts';
import { datasetHistory, lastUpdated, type DatasetHistory, type GitSource, type LastUpdated } from '../lib/downloads/dataset-history.ts';
import { datasetJson } from '../lib/downloads/dataset-json.ts';
import { atomFeed } from '../lib/downloads/atom.ts';
import { dataFeedEntries, entryId } from '../lib/downloads/data-feed.ts';
import { dcatCatalog } from '../lib/downloads/dcat.ts';
import { excelCsv } from '../lib/downloads/excel-csv.ts';
import { fileStore, type FileSpec, type FileStore } from '../lib/downloads/file-store.ts';
import { answeringRunner, commandKey, historyArgs, historyState, parseHistory } from '../lib/downloads/git-history.ts';
import { MEDIA_TYPES, type Download } from '../lib/downloads/linked-data.ts';
import { nodeGitBatch, nodeGitBlobReader, nodeGitBlobsReader, nodeGitRunner } from './node-git.ts';
import { portalDatapackage, portalReadme, portalZip, type PackageInArchive } from '../lib/downloads/portal-zip.ts';
import {
  CATALOG_DOWNLOAD,
  DATA_FEED,
  csvDownload,
  datapackageDownload,
  datasetPage,
  excelCsvDownload,
  jsonDownload,
  portalZipDownload,
  versionDownload,
  xlsxDownload,
} from '../lib/downloads/urls.ts';
import type { CodeLabel } from '../lib/downloads/workbook-labels.ts';
import { datasetXlsx } from '../lib/downloads/xlsx.ts';
import type { Dataset } from '../lib/portal-types.ts';
import { formatNumber } from '../lib/format.ts';
import { asciiSlug } from '../lib/text/fold.ts';
import { todayInVietnam } from '../lib/validate/report.ts';
import { getDatasets, getSiteData } from './portal-data.ts';

/** Answers to git commands run ahead, in one batch, and the blobs read so far, by "commit:path". */
const answers = new Map<string, string | null>();
const blobs = new Map<string, Uint8Array | null>();

/** Git in the portal's folder, its blobs read once each, and whether its history can be trusted. */
let git: GitSource | undefined;
export function gitSource(): GitSource {
  if (git === undefined) {
    const root = portalRoot();
    const run = answeringRunner(nodeGitRunner(root), answers);
    const readBlob = nodeGitBlobReader(root);
    const blob = (commit: string, path: string) => {
      const key = `${commit}:${path}`;
      if (!blobs.has(key)) blobs.set(key, readBlob(commit, path));
      return blobs.get(key)!;
    };
    git = { run, blob, state: historyState(run) };
  }
  return git;
}

/** The paths of a dataset's files whose history its changelog reads: its CSV files, then its descriptor. */
const historyFiles = (dataset: Dataset): string[] => [
  ...dataset.indicators.map(({ resource }) => `${dataset.dir}/${resource.path}`),
  `${dataset.dir}/datapackage.json`,
];

let loaded: Promise<void> | undefined;
/**
 * Reads the history of every dataset's files ahead, with one shell running the same `git log` per
 * file and one `git cat-file --batch` for every version's bytes, instead of two processes per file
 * started from the build: getHistory then finds its answers ready. Call it before getHistory; the
 * changelogs are the same either way.
 */
export function loadHistories(): Promise<void> {
  loaded ??= (async () => {
    const source = gitSource();
    if (source.state !== 'complete') return;
    const root = portalRoot();
    const files = (await getDatasets()).flatMap(historyFiles);
    const commands = files.map(historyArgs);
    const outputs = nodeGitBatch(root)(commands);
    commands.forEach((args, k) => answers.set(commandKey(args), outputs[k]!));
    const wanted = files.flatMap((file, k) => parseHistory(outputs[k]!, file));
    for (const [key, bytes] of nodeGitBlobsReader(root)(wanted)) blobs.set(key, bytes);
  })();
  return loaded;
}

const histories = new Map<string, DatasetHistory>();
/** The dataset's changelog, read from git once per build. */
export function getHistory(dataset: Dataset): DatasetHistory {
  let history = histories.get(dataset.id);
  if (history === undefined) {
    history = datasetHistory(gitSource(), {
      dir: dataset.dir,
      resources: dataset.indicators.map(({ resource }) => ({ name: resource.name, path: resource.path, primaryKey: resource.schema.primaryKey })),
    });
    histories.set(dataset.id, history);
  }
  return history;
}

/** When the dataset last changed, and how that is known. */
export const getLastUpdated = (dataset: Dataset): LastUpdated | null => lastUpdated(getHistory(dataset), dataset.descriptor);

/**
 * The site's address with its base path, when one is configured (data/site.json `url`, or
 * PORTAL_SITE_URL at deploy: astro.config.mjs), e.g. "https://example.org/open-data/".
 */
export const siteUrl = (): string | undefined => import.meta.env.SITE || undefined;

/** A path that already holds the base ("/open-data/data/"), absolute when the site's address is known. */
export async function absoluteUrl(path: string): Promise<string> {
  const site = siteUrl();
  return site === undefined ? path : new URL(path, site).href;
}

/** A download as the page links it: its address below the site's base. */
export const underBase = (download: Download): Download => ({ ...download, url: sitePath(download.url) });

/** The dataset's page in a language, absolute when the site's address is known. */
export const datasetPageUrl = (locale: Locale, id: string): Promise<string> => absoluteUrl(localePath(locale, datasetPage(id)));

/** The citation of the dataset's current version, in a language. */
export async function datasetCitation(dataset: Dataset, locale: Locale): Promise<DatasetCitation> {
  const { site } = await getSiteData();
  const d = dataset.descriptor;
  return {
    portalName: pick(locale, site.name, site.name_en),
    datasetTitle: pick(locale, d.title, d.title_en),
    version: d.version,
    date: getLastUpdated(dataset)?.date ?? todayInVietnam(new Date()),
    url: await datasetPageUrl(locale, dataset.id),
    publisher: d.contributors.find((c) => c.roles.includes('publisher'))?.title ?? pick(locale, site.publisher, site.publisher_en),
  };
}

export const citationText = async (dataset: Dataset, locale: Locale) => citeDataset(await datasetCitation(dataset, locale), locale);
export const citationBibtex = async (dataset: Dataset, locale: Locale) => bibtexDataset(await datasetCitation(dataset, locale), locale);

/** The addresses of one dataset's current files, in the order its page lists them. */
export interface DatasetFiles {
  tables: { name: string; file: string; csv: string; excelCsv: string }[];
  xlsx: Record<Locale, string>;
  json: string;
  datapackage: string;
}

export function datasetFiles(dataset: Dataset): DatasetFiles {
  return {
    tables: dataset.indicators.map(({ resource }) => ({
      name: resource.name,
      file: resource.path,
      csv: csvDownload(dataset.id, resource.path),
      excelCsv: excelCsvDownload(dataset.id, resource.path),
    })),
    xlsx: { vi: xlsxDownload('vi', dataset.id), en: xlsxDownload('en', dataset.id) },
    json: jsonDownload(dataset.id),
    datapackage: datapackageDownload(dataset.id),
  };
}

/** Names for codes in a workbook: the site's own translations and reference data. */
async function codeLabels(locale: Locale): Promise<CodeLabel> {
  const tr = t(locale);
  const [pillars, units] = await Promise.all([getCollection('pillars'), getCollection('units')]);
  const pillarNames = new Map(pillars.map(({ data }) => [data.id as string, pick(locale, data.name, data.name_en)]));
  const unitNames = new Map(units.map(({ data }) => [data.code as string, pick(locale, data.name, data.name_en)]));
  return (kind, code) => {
    if (kind === 'provenance') return tr(`provenance.${code}` as Parameters<typeof tr>[0]);
    if (kind === 'confidence') return tr(`confidence.${code}` as Parameters<typeof tr>[0]);
    if (kind === 'pillar') return pillarNames.get(code);
    return unitNames.get(code);
  };
}

const read = (...parts: string[]): Uint8Array => new Uint8Array(readFileSync(join(portalRoot(), ...parts)));
const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

function datasetSpecs(dataset: Dataset): FileSpec[] {
  const files = datasetFiles(dataset);
  const updated = () => getLastUpdated(dataset)?.date;
  const specs: FileSpec[] = dataset.indicators.flatMap(({ resource }, k) => {
    const table = files.tables[k]!;
    const delimiter = resource.dialect?.delimiter;
    return [
      { url: table.csv, format: MEDIA_TYPES.csv, make: () => read(dataset.dir, resource.path) },
      {
        url: table.excelCsv,
        format: MEDIA_TYPES.csv,
        make: () =>
          encode(excelCsv(new TextDecoder().decode(read(dataset.dir, resource.path)), resource.schema, delimiter ? { inputDelimiter: delimiter } : {})),
      },
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
          pageUrl: await datasetPageUrl(locale, dataset.id),
          codeLabel: await codeLabels(locale),
        });
      },
    });
  }
  specs.push(
    {
      url: files.json,
      format: MEDIA_TYPES.json,
      make: async () => encode(datasetJson(dataset, { lastUpdated: getLastUpdated(dataset), pageUrl: await datasetPageUrl('vi', dataset.id) })),
    },
    { url: files.datapackage, format: MEDIA_TYPES.json, make: () => read(dataset.dir, 'datapackage.json') },
  );
  // Every past version of every file, at its permanent address, exactly as committed.
  const { blob } = gitSource();
  for (const version of getHistory(dataset).versions) {
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

/** Every regular file under data/, by its path from the portal's root ("data/…"), hidden files left out. */
function dataFolder(): Map<string, Uint8Array> {
  const root = portalRoot();
  const walk = (folder: string): string[] =>
    readdirSync(folder, { withFileTypes: true })
      .filter((e) => !e.name.startsWith('.'))
      .flatMap((e) => (e.isDirectory() ? walk(join(folder, e.name)) : e.isFile() ? [join(folder, e.name)] : []));
  return new Map(walk(join(root, 'data')).map((file) => [relative(root, file).split(sep).join('/'), new Uint8Array(readFileSync(file))]));
}

/** The name of the portal's ZIP: a slug of the province in data/site.json. */
export async function portalZipUrl(): Promise<string> {
  const { site } = await getSiteData();
  return portalZipDownload(asciiSlug(site.province_en) || asciiSlug(site.name_en) || 'portal');
}

/** The terms of use, in paragraphs: on every dataset page and in the ZIP's README. */
export const termsParagraphs = (locale: Locale): string[] =>
  (['data.terms.facts', 'data.terms.reuse', 'data.terms.licence', 'data.terms.care'] as const).map((key) => t(locale)(key));

async function portalZipSpec(datasets: readonly Dataset[]): Promise<FileSpec> {
  const { site } = await getSiteData();
  const url = await portalZipUrl();
  return {
    url,
    format: 'application/zip',
    make: async () => {
      const files = dataFolder();
      const decoder = new TextDecoder();
      const packages: PackageInArchive[] = [...files.keys()]
        .filter((path) => path.endsWith('/datapackage.json'))
        .map((path) => ({ dir: path.slice(0, -'/datapackage.json'.length), descriptor: JSON.parse(decoder.decode(files.get(path)!)) }));
      const dates = datasets.flatMap((d) => getLastUpdated(d)?.date ?? []).sort();
      const updated = dates.at(-1) ?? todayInVietnam(new Date());
      const home = await absoluteUrl(localePath('vi', '/'));
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
            lastUpdated: getLastUpdated(d),
            files: [`${d.dir}/datapackage.json`, ...d.indicators.map(({ resource }) => `${d.dir}/${resource.path}`)],
            citation: { vi: await citationText(d, 'vi'), en: await citationText(d, 'en') },
          })),
        ),
      });
      return portalZip(readme, datapackage, files, new Date(`${updated}T00:00:00Z`));
    },
  };
}

/** The files of the dataset that describe it to machines and people alike, with sizes and checksums. */
export async function describedDownloads(dataset: Dataset): Promise<Download[]> {
  const store = await getFileStore();
  const files = datasetFiles(dataset);
  const urls = [...files.tables.flatMap((f) => [f.csv, f.excelCsv]), files.xlsx.vi, files.xlsx.en, files.json, files.datapackage];
  return Promise.all(urls.map((url) => store.describe(url)));
}

function catalogSpec(datasets: readonly Dataset[]): FileSpec {
  return {
    url: CATALOG_DOWNLOAD,
    format: MEDIA_TYPES.jsonld,
    make: async () => {
      const { site } = await getSiteData();
      const downloads = new Map(await Promise.all(datasets.map(async (d) => [d.id, await describedDownloads(d)] as const)));
      const catalog = dcatCatalog(datasets, {
        catalogUrl: sitePath(CATALOG_DOWNLOAD),
        ...(siteUrl() === undefined ? {} : { siteUrl: siteUrl() }),
        title: { vi: site.name, en: site.name_en },
        description: { vi: site.tagline, en: site.tagline_en },
        publisher: site.publisher,
        place: `${site.province_en}, Vietnam`,
        links: (dataset) => {
          const modified = getLastUpdated(dataset);
          return {
            pageUrl: localePath('vi', datasetPage(dataset.id)),
            downloads: downloads.get(dataset.id)!.map(underBase),
            ...(modified?.basis === 'history' ? { modified: modified.date } : {}),
          };
        },
      });
      return encode(`${JSON.stringify(catalog, null, 2)}\n`);
    },
  };
}

let store: Promise<FileStore> | undefined;
/** Every downloadable file of the build. */
export function getFileStore(): Promise<FileStore> {
  store ??= (async () => {
    const datasets = await getDatasets();
    await loadHistories();
    return fileStore([...datasets.flatMap(datasetSpecs), await portalZipSpec(datasets), catalogSpec(datasets)]);
  })();
  return store;
}

/** The getStaticPaths of an endpoint serving the store's files whose address starts with `prefix`. */
export async function storePaths(prefix: string): Promise<{ params: { file: string } }[]> {
  const { specs } = await getFileStore();
  return specs.filter((s) => s.url.startsWith(prefix)).map((s) => ({ params: { file: s.url.slice(prefix.length) } }));
}

/** The getStaticPaths of the dataset pages: one per dataset. */
export async function datasetPaths() {
  return (await getDatasets()).map((dataset) => ({ params: { dataset: dataset.id }, props: { dataset } }));
}

/** The Atom feed of data updates in a language: one entry per commit that changed a dataset. */
export async function dataFeedXml(locale: Locale): Promise<string> {
  const tr = t(locale);
  const [{ site }, datasets] = await Promise.all([getSiteData(), getDatasets(), loadHistories()]);
  const portal = pick(locale, site.name, site.name_en);
  const feedDatasets = await Promise.all(
    datasets.map(async (d) => ({
      id: d.id,
      title: pick(locale, d.descriptor.title, d.descriptor.title_en),
      link: await datasetPageUrl(locale, d.id),
      versions: getHistory(d).versions,
    })),
  );
  const catalogueLink = await absoluteUrl(localePath(locale, '/data/'));
  const entries = dataFeedEntries(feedDatasets, {
    catalogueLink,
    scope: locale,
    summarise: (dataset, version) =>
      tr('data.feedSummary', {
        title: dataset.title,
        version: version.version ?? '?',
        added: formatNumber(version.added, locale),
        removed: formatNumber(version.removed, locale),
        changed: formatNumber(version.changed, locale),
      }),
  });
  const fallback = datasets.flatMap((d) => getLastUpdated(d)?.date ?? []).sort().at(-1) ?? todayInVietnam(new Date());
  return atomFeed(entries, {
    id: entryId('data-feed', locale),
    title: tr('data.feedTitle', { portal }),
    link: catalogueLink,
    updated: entries[0]?.updated ?? fallback,
    selfLink: await absoluteUrl(localePath(locale, DATA_FEED)),
    author: pick(locale, site.publisher, site.publisher_en),
    lang: locale,
  });
}
