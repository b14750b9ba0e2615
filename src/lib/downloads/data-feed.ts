/**
 * The entries of the "data updates" Atom feed: one per commit that changed a dataset, newest first,
 * read from the same history as the datasets' changelogs, and told in the feed's language in the
 * changelog's own words ("DTI: Thêm 1 số liệu (2023); phiên bản 1.2.0 → 1.3.0"). The commit
 * message is the publisher's note, in whatever language it was written: labelled so, never the title.
 */
import { t, type Locale } from '../../i18n/translate.ts';
import { escapeXml } from '../text/escape.ts';
import { nameBasedId, type AtomEntry } from './atom.ts';
import { versionSummary } from './change-words.ts';
import type { DatasetVersion } from './dataset-history.ts';

/** A dataset with its changelog, as the feed sees it. */
export interface FeedDataset {
  id: string;
  /** Its title in the feed's language. */
  title: string;
  /** Its page, absolute when the site's address is known. */
  link: string;
  /** Newest first, as the changelog lists them. */
  versions: readonly DatasetVersion[];
}

export interface FeedOptions {
  /** The catalogue page, linked from an entry whose commit changed several datasets. */
  catalogueLink: string;
  /** The feed's language: its words, and what tells its entries from the other feed's. */
  locale: Locale;
  /** The portal's slug (identifiers.ts): what tells its entries from another portal's built from this code. */
  portal: string;
}

/** A permanent id for an entry, from its commit and the feed's language (see `nameBasedId`). */
export const entryId = (commit: string, scope: string): string => nameBasedId(`${scope}:${commit}`);

interface Touched {
  dataset: FeedDataset;
  /** What the commit changed in it, in words made from the data. */
  change: string;
}

/** The feed's entries, newest first; a commit touching several datasets is one entry naming each. */
export function dataFeedEntries(datasets: readonly FeedDataset[], options: FeedOptions): AtomEntry[] {
  const tr = t(options.locale);
  const commits = new Map<string, { version: DatasetVersion; touched: Touched[] }>();
  for (const dataset of datasets) {
    dataset.versions.forEach((version, k) => {
      const touched = { dataset, change: versionSummary(version, dataset.versions[k + 1], options.locale) };
      const found = commits.get(version.commit);
      if (found === undefined) commits.set(version.commit, { version, touched: [touched] });
      else found.touched.push(touched);
    });
  }
  const note = (version: DatasetVersion) => `${tr('data.change.publisherNote')}: ${version.subject}`;
  return [...commits.values()]
    .sort((a, b) => Date.parse(b.version.date) - Date.parse(a.version.date))
    .map(({ version, touched }) => {
      const one = touched.length === 1 ? touched[0]! : null;
      const changelog = (dataset: FeedDataset) => `${dataset.link}#version-${version.commit.slice(0, 12)}`;
      return {
        id: entryId(version.commit, `${options.portal}:${options.locale}`),
        title: one ? `${one.dataset.title}: ${one.change}` : tr('data.feedSeveral', { count: touched.length }),
        updated: version.date,
        link: one ? changelog(one.dataset) : options.catalogueLink,
        summary: [...touched.map(({ dataset, change }) => `${dataset.title}: ${change}`), note(version)].join('\n'),
        content: [
          '<ul>',
          ...touched.map(
            ({ dataset, change }) =>
              `<li><a href="${escapeXml(dataset.link)}">${escapeXml(dataset.title)}</a>: ${escapeXml(change)} (<a href="${escapeXml(changelog(dataset))}">${escapeXml(tr('data.changelog'))}</a>)</li>`,
          ),
          '</ul>',
          `<p>${escapeXml(note(version))}</p>`,
        ].join(''),
      };
    });
}
