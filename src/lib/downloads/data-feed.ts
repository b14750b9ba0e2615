/**
 * The entries of the "data updates" Atom feed: one per commit that changed a dataset, newest first,
 * read from the same history as the datasets' changelogs.
 */
import { createHash } from 'node:crypto';
import type { AtomEntry } from './atom.ts';
import type { DatasetVersion } from './dataset-history.ts';

/** A dataset with its changelog, as the feed sees it. */
export interface FeedDataset {
  id: string;
  /** Its title in the feed's language. */
  title: string;
  /** Its page, absolute when the site's address is known. */
  link: string;
  versions: readonly DatasetVersion[];
}

export interface FeedOptions {
  /** The catalogue page, linked from an entry whose commit changed several datasets. */
  catalogueLink: string;
  /** One line about what a version changed in a dataset, in the feed's language. */
  summarise: (dataset: FeedDataset, version: DatasetVersion) => string;
  /** Tells apart the entries of feeds in different languages: the language code. */
  scope: string;
}

/**
 * A permanent id for an entry, from its commit: a name-based UUID (RFC 9562, version 8 layout), so
 * that it survives a change of the site's address, which a URL id would not.
 */
export function entryId(commit: string, scope: string): string {
  const hex = createHash('sha256').update(`${scope}:${commit}`).digest('hex');
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** The feed's entries, newest first; a commit touching several datasets is one entry naming each. */
export function dataFeedEntries(datasets: readonly FeedDataset[], options: FeedOptions): AtomEntry[] {
  const commits = new Map<string, { version: DatasetVersion; datasets: FeedDataset[] }>();
  for (const dataset of datasets) {
    for (const version of dataset.versions) {
      const found = commits.get(version.commit);
      if (found === undefined) commits.set(version.commit, { version, datasets: [dataset] });
      else found.datasets.push(dataset);
    }
  }
  return [...commits.values()]
    .sort((a, b) => Date.parse(b.version.date) - Date.parse(a.version.date))
    .map(({ version, datasets: touched }) => ({
      id: entryId(version.commit, options.scope),
      title: version.subject,
      updated: version.date,
      link: touched.length === 1 ? `${touched[0]!.link}#version-${version.commit.slice(0, 12)}` : options.catalogueLink,
      summary: touched
        .map((d) => options.summarise(d, d.versions.find((v) => v.commit === version.commit)!))
        .join('\n'),
    }));
}
