/**
 * The whole portal's data in one ZIP: the data/ folder as committed, a README.txt saying what it is,
 * the terms and how to cite, and a top-level datapackage.json listing every table with its path
 * inside the archive, so that Frictionless tools open the archive as one package.
 */
import type { Locale } from '../contract/site.ts';
import type { LastUpdated } from './dataset-history.ts';
import { stableZip } from './stable-zip.ts';

/** A descriptor found in the archive: its folder inside it and its parsed JSON. */
export interface PackageInArchive {
  /** e.g. "data/datasets/dti" or "data/reference". */
  dir: string;
  descriptor: Record<string, unknown>;
}

export interface PortalPackageInfo {
  /** The package's name: lower-case words joined by hyphens. */
  name: string;
  title: Record<Locale, string>;
  description: Record<Locale, string>;
  /** Who publishes the portal. */
  publisher: string;
  /** The site's address, when known. */
  homepage?: string;
  /** The day the newest data changed, YYYY-MM-DD. */
  updated?: string;
}

const PROFILE = 'https://datapackage.org/profiles/2.0/datapackage.json';

type Json = Record<string, unknown>;
const list = (value: unknown): Json[] => (Array.isArray(value) ? value.filter((v): v is Json => typeof v === 'object' && v !== null) : []);

/**
 * One Data Package for the whole archive. Each table keeps its schema and gains the path inside the
 * archive and the name of the package it comes from (whose own datapackage.json, also in the
 * archive, says which source each row cites); licences and sources are gathered once each.
 */
export function portalDatapackage(packages: readonly PackageInArchive[], info: PortalPackageInfo): Json {
  const licences = new Map<string, Json>();
  const sources = new Map<string, Json>();
  const names = new Set<string>();
  const resources = packages.flatMap(({ dir, descriptor }) => {
    for (const licence of list(descriptor['licenses'])) licences.set(JSON.stringify(licence), licence);
    for (const source of list(descriptor['sources'])) sources.set(JSON.stringify(source), source);
    const packageName = typeof descriptor['name'] === 'string' ? descriptor['name'] : dir.split('/').at(-1)!;
    return list(descriptor['resources']).map((resource) => {
      // Resource names are unique across datasets (the validator sees to it); a clash with the
      // reference package is still made unique, since a package may not repeat a name.
      let name = String(resource['name'] ?? 'resource');
      if (names.has(name)) name = `${packageName}-${name}`;
      names.add(name);
      return {
        ...resource,
        name,
        path: `${dir}/${String(resource['path'])}`,
        package: packageName,
      };
    });
  });
  return {
    $schema: PROFILE,
    name: info.name,
    title: info.title.vi,
    title_en: info.title.en,
    description: info.description.vi,
    description_en: info.description.en,
    ...(info.homepage === undefined ? {} : { homepage: info.homepage }),
    ...(info.updated === undefined ? {} : { created: `${info.updated}T00:00:00Z` }),
    contributors: [{ title: info.publisher, roles: ['publisher'] }],
    licenses: [...licences.values()],
    sources: [...sources.values()],
    resources,
  };
}

/** One dataset as the README lists it. */
export interface ReadmeDataset {
  id: string;
  title: Record<Locale, string>;
  version: string;
  lastUpdated: LastUpdated | null;
  /** Its files, paths inside the archive. */
  files: readonly string[];
  /** How to cite it, in each language. */
  citation: Record<Locale, string>;
}

export interface ReadmeInput {
  title: Record<Locale, string>;
  /** The archive's file name. */
  archiveName: string;
  /** The site's address, when it is configured. */
  home?: string;
  /** The terms of use, paragraphs in each language. */
  terms: Record<Locale, readonly string[]>;
  datasets: readonly ReadmeDataset[];
}

const basis: Record<Locale, Record<LastUpdated['basis'], string>> = {
  vi: { history: 'theo lịch sử thay đổi', sources: 'ngày của nguồn mới nhất', created: 'ngày tạo gói dữ liệu' },
  en: { history: 'from the change history', sources: 'date of the newest source', created: 'date the package was created' },
};

const heading = (text: string): string[] => ['', text, '-'.repeat([...text].length), ''];

/** The README.txt of the archive, in Vietnamese then English. */
export function portalReadme(input: ReadmeInput): string {
  const title = `${input.title.vi} / ${input.title.en}`;
  const lines = [
    title,
    '='.repeat([...title].length),
    '',
    `Tệp ${input.archiveName} chứa toàn bộ dữ liệu của cổng, đúng như đã công bố${input.home ? `: ${input.home}` : '.'}`,
    `${input.archiveName} holds all of the portal's data, exactly as published${input.home ? `: ${input.home}` : '.'}`,
    ...heading('Nội dung / Contents'),
    '  data/              dữ liệu như trong kho mã nguồn / the data as committed',
    '  data/datasets/<id>/ mỗi bộ dữ liệu: datapackage.json và các tệp CSV (UTF-8) / one folder per dataset',
    '  data/reference/    dữ liệu tham chiếu: nghị quyết, trụ cột, mục tiêu, địa bàn, đơn vị / reference data',
    '  datapackage.json   mọi bảng trong tệp nén, một Data Package / every table in the archive, one Data Package',
    '  README.txt         tệp này / this file',
    ...heading('Điều khoản sử dụng / Terms of use'),
    ...input.terms.vi,
    '',
    ...input.terms.en,
    ...heading('Các bộ dữ liệu và cách trích dẫn / Datasets and how to cite them'),
  ];
  for (const d of input.datasets) {
    const updated = (locale: Locale) =>
      d.lastUpdated === null ? '' : `, ${locale === 'vi' ? 'cập nhật' : 'updated'} ${d.lastUpdated.date} (${basis[locale][d.lastUpdated.basis]})`;
    lines.push(
      `* ${d.id}: ${d.title.vi} / ${d.title.en}`,
      `  phiên bản ${d.version}${updated('vi')}`,
      `  version ${d.version}${updated('en')}`,
      ...d.files.map((f) => `  - ${f}`),
      `  Trích dẫn: ${d.citation.vi}`,
      `  Cite as: ${d.citation.en}`,
      '',
    );
  }
  return lines.join('\n');
}

/**
 * The archive: the README first, then the top-level descriptor, then data/ in path order. Entries
 * are dated the day of `time`, so the same data always gives the same bytes (and checksum).
 */
export function portalZip(readme: string, datapackage: Json, files: ReadonlyMap<string, Uint8Array>, time: Date): Uint8Array<ArrayBuffer> {
  const encoder = new TextEncoder();
  const entries: Record<string, Uint8Array> = {
    'README.txt': encoder.encode(readme),
    'datapackage.json': encoder.encode(`${JSON.stringify(datapackage, null, 2)}\n`),
  };
  for (const path of [...files.keys()].sort()) entries[path] = files.get(path)!;
  return stableZip(entries, time);
}
