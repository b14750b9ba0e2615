/**
 * The province among all provinces: the figures of every province for one period, ordered best
 * first, with the tracked province, its neighbours on the tile grid and the national figure picked
 * out. Pure; the ranking chart, its summary and the national tile map read it.
 */
import type { Area } from '../../contract/reference.ts';
import type { Indicator, Observation } from '../../indicators/model.ts';
import { overlaps } from '../../period.ts';

/** Fewer provinces than this with a figure for one period make no ranking worth drawing. */
export const MIN_RANKED_PROVINCES = 10;

export interface RankedProvince {
  observation: Observation & { value: number };
  /** 1 for the best; provinces with equal figures share a place. */
  place: number;
  tracked: boolean;
  /** A neighbour of the tracked province on the tile grid (a side in common). */
  neighbour: boolean;
}

export interface ProvinceRanking {
  period: string;
  /** Best first: highest value, or lowest rank. */
  entries: RankedProvince[];
  /** The tracked province's entry, or null when it has no figure that period. */
  tracked: RankedProvince | null;
  /** The whole country's figure for the period (an average of provinces, as sources give it), or null. */
  national: (Observation & { value: number }) | null;
  /** How many provinces existed in the period: more than the entries when some have no figure. */
  provincesThen: number;
  /**
   * The middle value of the provinces' figures, only when every province of the period has one: the
   * middle of a table that lacks its last rows (the 2017 e-government table stops at row 53 of 63)
   * is not the middle of the provinces.
   */
  median: number | null;
}

const hasValue = (o: Observation): o is Observation & { value: number } => o.value !== null;
const existsIn = (area: Area, period: Observation['period']) => overlaps(period, { start: area.valid_from, end: area.valid_to });

/**
 * The provinces' figures per period and category (an indicator split by a dimension is ranked
 * within one category), the tracked province's included.
 */
function provinceFiguresByPeriod(indicator: Indicator): Map<string, (Observation & { value: number })[]> {
  const byPeriod = new Map<string, (Observation & { value: number })[]>();
  for (const o of [...indicator.observations, ...indicator.peers]) {
    if (o.area.level !== 'province' || !hasValue(o)) continue;
    const key = `${o.period.text} ${JSON.stringify(o.dims)}`;
    byPeriod.set(key, [...(byPeriod.get(key) ?? []), o]);
  }
  return byPeriod;
}

/** The period with figures for the most provinces (the latest on a tie), when there are enough of them. */
export function rankingPeriod(indicator: Indicator): string | null {
  return rankingGroup(indicator)?.[0]!.period.text ?? null;
}

/** The figures of the period (and category) with the most provinces, when there are enough of them. */
function rankingGroup(indicator: Indicator): (Observation & { value: number })[] | null {
  if (indicator.peers.length === 0) return null;
  let best: (Observation & { value: number })[] | null = null;
  for (const figures of provinceFiguresByPeriod(indicator).values()) {
    if (!best || figures.length > best.length || (figures.length === best.length && figures[0]!.time > best[0]!.time)) best = figures;
  }
  return best && best.length >= MIN_RANKED_PROVINCES ? best : null;
}

/** Tile-grid neighbours: a side in common with the tracked province's tile, among areas of that time. */
function neighboursOf(tracked: Area, areas: readonly Area[], period: Observation['period']): Set<string> {
  if (tracked.tile_column == null || tracked.tile_row == null) return new Set();
  const near = areas.filter(
    (a) =>
      a.level === 'province' &&
      a.code !== tracked.code &&
      existsIn(a, period) &&
      a.tile_column != null &&
      a.tile_row != null &&
      Math.abs(a.tile_column - tracked.tile_column!) + Math.abs(a.tile_row - tracked.tile_row!) === 1,
  );
  return new Set(near.map((a) => a.code));
}

export function provinceRanking(indicator: Indicator): ProvinceRanking | null {
  const figures = rankingGroup(indicator);
  if (figures === null) return null;
  const period = figures[0]!.period.text;
  const better = (a: number, b: number) => (indicator.isRank ? a < b : a > b);
  const sorted = [...figures].sort((a, b) => (indicator.isRank ? a.value - b.value : b.value - a.value) || a.area.name.localeCompare(b.area.name, 'vi'));
  const trackedObservation = figures.find((o) => indicator.observations.includes(o)) ?? null;
  const near = trackedObservation ? neighboursOf(trackedObservation.area, indicator.tileAreas, trackedObservation.period) : new Set<string>();
  const entries = sorted.map((observation) => ({
    observation,
    place: 1 + figures.filter((o) => better(o.value, observation.value)).length,
    tracked: observation === trackedObservation,
    neighbour: near.has(observation.area.code),
  }));
  const values = sorted.map((o) => o.value).sort((a, b) => a - b);
  const mid = Math.floor(values.length / 2);
  const provincesThen = indicator.tileAreas.filter((a) => a.level === 'province' && existsIn(a, figures[0]!.period)).length;
  const median = values.length < provincesThen ? null : values.length % 2 ? values[mid]! : (values[mid - 1]! + values[mid]!) / 2;
  const dims = JSON.stringify(figures[0]!.dims);
  const national = indicator.observations.find((o): o is Observation & { value: number } => o.area.level === 'country' && o.period.text === period && JSON.stringify(o.dims) === dims && hasValue(o)) ?? null;
  return { period, entries, tracked: entries.find((e) => e.tracked) ?? null, national, provincesThen, median };
}
