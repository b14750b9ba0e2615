/**
 * The names a view uses in the address (`?areas=46&from=2018&view=table`), alone in this module so
 * that the page's small loader (scripts/explore-boot.ts) can tell a link to a view from any other
 * query without loading the explorer.
 */
export const QUERY_KEYS = { areas: 'areas', from: 'from', to: 'to', measure: 'measure', display: 'view', since: 'since' } as const;

/** On the explore page, the indicator shown. */
export const INDICATOR_KEY = 'indicator';

/** True when a query string asks for a view (rather than, say, a campaign tag). */
export const asksForView = (query: string): boolean => {
  const params = new URLSearchParams(query);
  return [...Object.values(QUERY_KEYS), INDICATOR_KEY].some((key) => params.has(key));
};
