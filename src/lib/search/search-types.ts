/** The kinds of page search can filter by; each page declares its kind to the layout. */
export const SEARCH_TYPES = ['page', 'target', 'indicator', 'dataset', 'article'] as const;
export type SearchType = (typeof SEARCH_TYPES)[number];
