/**
 * The search page's state as it lives in the URL: `?q=kinh+te+so&type=article&type=indicator`. The
 * same names are the form's field names, so the page works as a plain GET form, and a search can be
 * bookmarked or shared. Pure, and small: the search page's script bundles it.
 */

/** The filters pages carry (Base.astro writes them as codes), in the order the page shows them. */
export const FILTER_NAMES = ['type', 'pillar', 'language'] as const;
export type FilterName = (typeof FILTER_NAMES)[number];

export interface SearchState {
  /** What the reader typed, trimmed; "" for no search. */
  query: string;
  /** The codes ticked in each filter; an empty list does not filter. */
  filters: Record<FilterName, string[]>;
}

/** Reads the state from a URL's search parameters; unknown parameters are ignored, repeats dropped. */
export function readState(params: URLSearchParams): SearchState {
  const filters = {} as Record<FilterName, string[]>;
  for (const name of FILTER_NAMES) filters[name] = [...new Set(params.getAll(name).filter((code) => code !== ''))];
  return { query: (params.get('q') ?? '').trim(), filters };
}

/** The state as URL search parameters: q first, then each ticked filter code. */
export function writeState(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.query !== '') params.set('q', state.query);
  for (const name of FILTER_NAMES) for (const code of state.filters[name]) params.append(name, code);
  return params;
}

/**
 * The filters as Pagefind takes them: a page matches any ticked code within a filter, and every
 * filter that has a ticked code. Filters with nothing ticked are left out.
 * https://pagefind.app/docs/js-api-filtering/
 */
export function pagefindFilters(state: SearchState): Partial<Record<FilterName, { any: string[] }>> {
  const out: Partial<Record<FilterName, { any: string[] }>> = {};
  for (const name of FILTER_NAMES) if (state.filters[name].length > 0) out[name] = { any: state.filters[name] };
  return out;
}
