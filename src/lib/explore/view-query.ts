/**
 * A view written into the address's query string, so that a link opens the same view and the back
 * button steps through the reader's changes: `?areas=VN,46&from=2018&to=2022&measure=rank&view=table`.
 * Only what differs from the page's default view is written, so the default view's address is the
 * page's own. A link that names an area, year or view the data does not have falls back to the
 * default for that part only: an old link still opens, showing what can still be shown.
 */
import { DISPLAYS, MAX_COMPARED, sameAreas, type Display, type ExploreChoices, type ExploreView, type Measure } from './explore-view.ts';
import { QUERY_KEYS } from './query-keys.ts';

/** The query string of a view ("" for the default view), keys in a fixed order. */
export function viewQuery(view: ExploreView, defaults: ExploreView): string {
  const params = new URLSearchParams();
  if (!sameAreas(view.areas, defaults.areas)) params.set(QUERY_KEYS.areas, view.areas.join(','));
  if (view.from !== null && view.from !== defaults.from) params.set(QUERY_KEYS.from, String(view.from));
  if (view.to !== null && view.to !== defaults.to) params.set(QUERY_KEYS.to, String(view.to));
  if (view.measure !== defaults.measure) params.set(QUERY_KEYS.measure, view.measure);
  if (view.display !== defaults.display) params.set(QUERY_KEYS.display, view.display);
  if (view.since !== null) params.set(QUERY_KEYS.since, String(view.since));
  // URLSearchParams writes "," as %2C; a comma is legal in a query and reads better in a shared link.
  const text = params.toString().replace(/%2C/g, ',');
  return text === '' ? '' : `?${text}`;
}

/** A year the data has, or null (the first or last year) for anything else. */
function yearParam(text: string | null, years: readonly number[]): number | null {
  if (text === null || !/^\d{4}$/.test(text)) return null;
  const year = Number(text);
  return years.includes(year) ? year : null;
}

/** The view a query string asks for, each part checked against what the data offers. */
export function parseViewQuery(query: string, choices: ExploreChoices, defaults: ExploreView): ExploreView {
  const params = new URLSearchParams(query);
  const areasParam = params.get(QUERY_KEYS.areas);
  const known = new Set(choices.areas.map((a) => a.key));
  const areas = areasParam === null ? defaults.areas : [...new Set(areasParam.split(',').filter((key) => known.has(key)))].slice(0, MAX_COMPARED);
  let from = yearParam(params.get(QUERY_KEYS.from), choices.years);
  let to = yearParam(params.get(QUERY_KEYS.to), choices.years);
  if (from !== null && to !== null && from > to) [from, to] = [to, from];
  const measureParam = params.get(QUERY_KEYS.measure);
  const measure: Measure = choices.pair !== null && (measureParam === 'value' || measureParam === 'rank') ? measureParam : defaults.measure;
  const displayParam = params.get(QUERY_KEYS.display) as Display | null;
  const display = displayParam !== null && DISPLAYS.includes(displayParam) && (displayParam !== 'map' || choices.map) ? displayParam : defaults.display;
  const since = yearParam(params.get(QUERY_KEYS.since), choices.sinceYears);
  return { areas, from, to, measure, display, since };
}
