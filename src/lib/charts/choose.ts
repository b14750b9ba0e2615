/**
 * Which chart suits an indicator, decided from the shape of its data alone, so that publishing a
 * new CSV never needs a chart to be picked by hand.
 */
import type { Indicator, Observation, Series } from '../indicators/model.ts';
import { overlaps } from '../period.ts';
import { provinceRanking } from './ranking/province-ranking.ts';
import type { ChartKind } from './api.ts';

const periodsOf = (observations: readonly Observation[]): Set<string> => new Set(observations.map((o) => o.period.text));

/**
 * - several series observed in only one or two periods → 'bars': a comparison of categories or
 *   areas within a period says more than a line through one or two points (ranks too: ten
 *   districts' ranks for one year are a ranking, sorted best first, not ten one-point lines);
 * - a rank → 'rank' (its own axis: 1 at the top);
 * - several series each with three or more observations → 'small-multiples', one panel each, so
 *   lines never tangle;
 * - anything else → 'time-series'.
 * A table of parts (parts_of) draws each part on its own scale: tracks for one period
 * ('parts'), or a panel each when every part has three or more figures. The country's series is a
 * reference line beside the province's, not a series of its own for these rules.
 * The tile map is never the default (a schematic map hides the ranking that bars show); pages may
 * offer it beside the bars when tileMapAvailable().
 */
export function chooseChart(indicator: Indicator): ChartKind {
  // The country's line is a reference drawn with the province's, never a panel of its own.
  const own = indicator.series.filter((s) => !isCountrySeries(s));
  const counts = own.map((s) => s.segments.reduce((n, segment) => n + segment.observations.length, 0));
  if (indicator.partsOf !== null && own.length >= 2) return counts.every((n) => n >= 3) ? 'small-multiples' : 'parts';
  if (comparesWithinPeriods(indicator)) return 'bars';
  if (indicator.isRank) return 'rank';
  if (own.length >= 2 && counts.every((n) => n >= 3)) return 'small-multiples';
  return 'time-series';
}

/** A series of the whole country's figures (national averages, as sources give them). */
export const isCountrySeries = (series: Series): boolean => series.segments.every((g) => g.area.level === 'country');

/** True when enough provinces have a figure for one period to draw the national tile map: most of those that existed. */
export function provinceMapAvailable(indicator: Indicator): boolean {
  const ranking = provinceRanking(indicator);
  if (ranking === null) return false;
  const period = ranking.entries[0]!.observation.period;
  const places = indicator.tileAreas.filter((a) => a.level === 'province' && overlaps(period, { start: a.valid_from, end: a.valid_to })).length;
  return places > 0 && ranking.entries.length * 2 > places;
}

/** Several series, all observed in at most two periods: figures to compare side by side, period by period. */
export const comparesWithinPeriods = (indicator: Indicator): boolean =>
  indicator.series.length >= 2 && periodsOf(indicator.observations).size <= 2;

/** District observations of the period that has the most of them (the latest on a tie). */
export function districtObservations(indicator: Indicator): { period: string; observations: Observation[] } | null {
  const byPeriod = new Map<string, Observation[]>();
  for (const o of indicator.observations) {
    if (o.area.level !== 'district') continue;
    byPeriod.set(o.period.text, [...(byPeriod.get(o.period.text) ?? []), o]);
  }
  let best: { period: string; observations: Observation[] } | null = null;
  // Observations are in time order, so a later period wins a tie by coming later.
  for (const [period, observations] of byPeriod) {
    const areas = new Set(observations.map((o) => o.area.code)).size;
    if (best === null || areas >= new Set(best.observations.map((o) => o.area.code)).size) best = { period, observations };
  }
  return best;
}

/** True when at least two districts have a figure for the same period: enough for a tile map. */
export function tileMapAvailable(indicator: Indicator): boolean {
  const best = districtObservations(indicator);
  return best !== null && new Set(best.observations.map((o) => o.area.code)).size >= 2;
}
