/**
 * Which datasets the catalogue's filters keep: pure, shared by the browser script and its tests.
 * Within one facet any ticked value matches; across facets all must match; the text must appear
 * (diacritics and case aside) in what the dataset's entry lists as its searchable text.
 */
import { foldForSearch } from './text/fold.ts';

/** What an entry of the catalogue offers to filter on: codes, and folded text. */
export interface CatalogueItem {
  pillars: readonly string[];
  provenance: readonly string[];
  publishers: readonly string[];
  /** Already folded with foldForSearch. */
  text: string;
}

export interface CatalogueFilter {
  /** What the reader typed. */
  q: string;
  pillars: readonly string[];
  provenance: readonly string[];
  /** One publisher code, or "" for all. */
  publisher: string;
}

const anyOf = (wanted: readonly string[], held: readonly string[]) => wanted.length === 0 || wanted.some((w) => held.includes(w));

/** True when the item passes every filter; each word of the text must appear, in any order. */
export function matchesFilter(item: CatalogueItem, filter: CatalogueFilter): boolean {
  const words = foldForSearch(filter.q).split(' ').filter(Boolean);
  return (
    anyOf(filter.pillars, item.pillars) &&
    anyOf(filter.provenance, item.provenance) &&
    (filter.publisher === '' || item.publishers.includes(filter.publisher)) &&
    words.every((word) => item.text.includes(word))
  );
}

/** The filter as query parameters, so a filtered catalogue can be bookmarked and shared. */
export function filterToParams(filter: CatalogueFilter): URLSearchParams {
  const params = new URLSearchParams();
  if (filter.q.trim() !== '') params.set('q', filter.q.trim());
  for (const p of filter.pillars) params.append('pillar', p);
  for (const p of filter.provenance) params.append('provenance', p);
  if (filter.publisher !== '') params.set('publisher', filter.publisher);
  return params;
}

/** The filter a page's query string asks for. */
export function filterFromParams(params: URLSearchParams): CatalogueFilter {
  return {
    q: params.get('q') ?? '',
    pillars: params.getAll('pillar'),
    provenance: params.getAll('provenance'),
    publisher: params.get('publisher') ?? '',
  };
}
