/**
 * The whole portal's data in one ZIP: the data/ folder as committed, a README.txt saying what it is,
 * the terms and how to cite, and a top-level datapackage.json listing every table with its path
 * inside the archive, so that Frictionless tools open the archive as one package.
 */
import { locales, t, type Locale, type UiKey } from '../../i18n/translate.ts';
import type { LastUpdated } from './dataset-history.ts';
import { dataPackageV1 } from './datapackage-v1.ts';
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

const heading = (text: string): string[] => ['', text, '-'.repeat([...text].length), ''];

/** A message in every language, on one line: "Nội dung / Contents". */
const inEveryLanguage = (key: UiKey): string => locales.map((locale) => t(locale)(key)).join(' / ');

/** What the archive holds, a path and the key of its description, printed in a column. */
const CONTENTS: [path: string, key: UiKey][] = [
  ['data/', 'zip.contents.data'],
  ['data/datasets/<id>/', 'zip.contents.dataset'],
  ['data/reference/', 'zip.contents.reference'],
  ['datapackage.json', 'zip.contents.datapackage'],
  ['datapackage.v1.json', 'zip.contents.datapackageV1'],
  ['README.txt', 'zip.contents.readme'],
];

/** A dataset's version, and when it was last updated and by what measure, in one language. */
function versionLine(d: ReadmeDataset, locale: Locale): string {
  const tr = t(locale);
  if (d.lastUpdated === null) return tr('zip.version', { version: d.version });
  return tr('zip.versionUpdated', { version: d.version, date: d.lastUpdated.date, basis: tr(`zip.updated.${d.lastUpdated.basis}`) });
}

/** The README.txt of the archive, in every language in turn (Vietnamese, then English). */
export function portalReadme(input: ReadmeInput): string {
  const title = locales.map((locale) => input.title[locale]).join(' / ');
  const holds = (locale: Locale) =>
    input.home ? t(locale)('zip.holds', { archive: input.archiveName, home: input.home }) : t(locale)('zip.holdsNoHome', { archive: input.archiveName });
  const lines = [
    title,
    '='.repeat([...title].length),
    '',
    ...locales.map(holds),
    ...heading(inEveryLanguage('zip.contents')),
    ...CONTENTS.map(([path, key]) => `  ${path.padEnd(18)} ${inEveryLanguage(key)}`),
    ...heading(inEveryLanguage('zip.terms')),
    ...locales.flatMap((locale, i) => [...(i === 0 ? [] : ['']), ...input.terms[locale]]),
    ...heading(inEveryLanguage('zip.datasets')),
  ];
  for (const d of input.datasets) {
    lines.push(
      `* ${d.id}: ${locales.map((locale) => d.title[locale]).join(' / ')}`,
      ...locales.map((locale) => `  ${versionLine(d, locale)}`),
      ...d.files.map((f) => `  - ${f}`),
      ...locales.map((locale) => `  ${t(locale)('zip.cite', { citation: d.citation[locale] })}`),
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
    'datapackage.v1.json': encoder.encode(`${JSON.stringify(dataPackageV1(datapackage), null, 2)}\n`),
  };
  for (const path of [...files.keys()].sort()) entries[path] = files.get(path)!;
  return stableZip(entries, time);
}
