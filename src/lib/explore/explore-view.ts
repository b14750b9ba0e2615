/**
 * A reader's view of an indicator: which areas sit beside the tracked province, which years, value
 * or rank, and chart, map or table. Pure: the page draws its default view at build time, and the
 * browser draws every other view with the same functions, so a view looks the same wherever it is
 * drawn. The tracked province is always in the view, and always first.
 */
import { listText, pick, t, type Locale } from '../../i18n/translate.ts';
import { isTrackedProvince } from '../areas.ts';
import type { IndicatorId } from '../contract/ids.ts';
import type { Area } from '../contract/reference.ts';
import { areaKey, groupSeries, type Indicator, type Localized, type Observation } from '../indicators/model.ts';
import type { ChartKind } from '../charts/api.ts';
import { chooseChart, comparesWithinPeriods, provinceMapAvailable } from '../charts/choose.ts';
import { provinceRanking } from '../charts/ranking/province-ranking.ts';
import { formatPeriod } from '../format.ts';
import { baseYears } from './change-since.ts';

export type Measure = 'value' | 'rank';
export type Display = 'chart' | 'map' | 'table';
export const DISPLAYS: readonly Display[] = ['chart', 'map', 'table'];

export interface ExploreView {
  /** Keys of the areas compared with the tracked province (other provinces, the country), in the order chosen. */
  areas: readonly string[];
  /** First and last year shown; null for the first or last year with a figure. */
  from: number | null;
  to: number | null;
  measure: Measure;
  display: Display;
  /** Each figure as its change since this year's (lib/explore/change-since.ts); null for the figures as published. */
  since: number | null;
}

/** An area a reader can add: another province or the whole country, with a figure for the indicator. */
export interface AreaChoice {
  key: string;
  name: Localized;
  level: Area['level'];
}

/** What the data lets a reader ask of an indicator; a control is offered only where its list has a choice. */
export interface ExploreChoices {
  /** Areas to compare, the country first, then the provinces in Vietnamese alphabetical order. */
  areas: AreaChoice[];
  /** Years with at least one figure, ascending. */
  years: number[];
  /** The indicator of the same figures as a value and as a rank, when the dataset publishes both. */
  pair: MeasurePair | null;
  /** True when enough provinces have a figure in one period to draw the national tile map. */
  map: boolean;
  /**
   * Years a change can be measured from (lib/explore/change-since.ts): a plainly stated yearly
   * figure with a later one. None for a rank, whose change is an indicator of its own.
   */
  sinceYears: number[];
}

export interface MeasurePair {
  value: IndicatorId;
  rank: IndicatorId;
}

const startYear = (o: Observation): number => Number(o.period.start.slice(0, 4));
const endYear = (o: Observation): number => Number(o.period.end.slice(0, 4));
const everyObservation = (indicator: Indicator): Observation[] => [...indicator.observations, ...indicator.peers];

/**
 * The key the view uses for an area: its code, with its start date where the indicator holds
 * figures of two areas with that code (44 was Quảng Bình until 2025 and is Quảng Trị since).
 */
export const viewAreaKey = (area: Area, indicator: Indicator): string => areaKey(area, everyObservation(indicator));

/** The tracked province's records: the province-level areas among an indicator's own figures (the others are peers). */
export function trackedProvince(own: readonly Observation[]): Area[] {
  const seen = new Map<string, Area>();
  for (const o of own) if (o.area.level === 'province') seen.set(`${o.area.code}@${o.area.valid_from}`, o.area);
  return [...seen.values()];
}

/**
 * A dataset's score and rank of the same figures: resources named `…-score` and `…-rank` (PCI,
 * PAPI, DTI…), the rank measured in places. Found by name so that publishing a pair needs no
 * declaration; a rank without its score (or the reverse) has no pair.
 */
export function measurePair(indicator: Indicator, indicators: readonly Indicator[]): MeasurePair | null {
  const stem = indicator.id.replace(/-(score|rank)$/, '');
  if (stem === indicator.id) return null;
  const find = (suffix: string) => indicators.find((i) => i.datasetId === indicator.datasetId && i.id === `${stem}-${suffix}`);
  const value = find('score');
  const rank = find('rank');
  return value && rank && rank.isRank && !value.isRank ? { value: value.id, rank: rank.id } : null;
}

export function exploreChoices(indicator: Indicator, pair: MeasurePair | null): ExploreChoices {
  const all = everyObservation(indicator).filter((o) => o.value !== null);
  const areas = new Map<string, AreaChoice>();
  const tracked = trackedProvince(indicator.observations);
  for (const o of all) {
    if (isTrackedProvince(o.area, tracked) || (o.area.level !== 'province' && o.area.level !== 'country')) continue;
    const key = viewAreaKey(o.area, indicator);
    const name = o.area.level === 'country' ? { vi: t('vi')('chart.nationalAverage'), en: t('en')('chart.nationalAverage') } : { vi: o.area.name, en: o.area.name_en };
    areas.set(key, { key, name, level: o.area.level });
  }
  // Alphabetical by the place's own name, not by "Tỉnh" or "Thành phố" before it.
  const bare = (area: AreaChoice) => area.name.vi.replace(/^(Tỉnh|Thành phố)\s+/u, '');
  const sorted = [...areas.values()].sort((a, b) => (a.level === 'country' ? -1 : b.level === 'country' ? 1 : bare(a).localeCompare(bare(b), 'vi')));
  const years = [...new Set(all.map(startYear))].sort((a, b) => a - b);
  return { areas: sorted, years, pair, map: provinceMapAvailable(indicator), sinceYears: indicator.isRank ? [] : baseYears(indicator) };
}

/** The view a page opens with: what the build draws, the country's average beside the province where published. */
export function defaultView(indicator: Indicator, choices: ExploreChoices): ExploreView {
  return {
    areas: choices.areas.filter((a) => a.level === 'country').map((a) => a.key),
    from: null,
    to: null,
    measure: indicator.isRank ? 'rank' : 'value',
    display: 'chart',
    since: null,
  };
}

/** At most this many areas beside the tracked province: one colour and dash each, none repeated. */
export const MAX_COMPARED = 5;

/** True when a control's list offers a real choice: the explorer is shown only where one does. */
export const hasChoices = (choices: ExploreChoices): boolean =>
  choices.areas.length > 0 || choices.years.length >= 3 || choices.pair !== null || choices.map;

const inYears = (view: Pick<ExploreView, 'from' | 'to'>) => (o: Observation) =>
  (view.from === null || startYear(o) >= view.from) && (view.to === null || endYear(o) <= view.to);

/**
 * The indicator within the view's years: figures, peers and sources of those years, and the targets
 * set for a year inside them (a target beyond the last year shown would stretch the axis past it).
 */
export function withinYears(indicator: Indicator, view: Pick<ExploreView, 'from' | 'to'>): Indicator {
  const keep = inYears(view);
  const observations = indicator.observations.filter(keep);
  const peers = indicator.peers.filter(keep);
  const series = indicator.series
    .map((s) => ({ ...s, segments: s.segments.map((g) => ({ ...g, observations: g.observations.filter(keep) })).filter((g) => g.observations.length > 0) }))
    .filter((s) => s.segments.length > 0);
  const targets = indicator.targets.filter((target) => (view.from === null || target.year >= view.from) && (view.to === null || target.year <= view.to));
  const cited = new Set([...observations, ...peers].map((o) => o.source));
  return { ...indicator, observations, peers, series, targets, sources: indicator.sources.filter((s) => cited.has(s)) };
}

/**
 * The indicator as the view shows it: the tracked province (and its districts) with the chosen
 * areas as series of their own, in the view's years. The other provinces leave `peers`: a chosen
 * province is now one of the chart's lines, and the rest are not drawn.
 */
export function selectView(indicator: Indicator, view: ExploreView): Indicator {
  const chosen = new Set(view.areas);
  const keep = inYears(view);
  const shown = (o: Observation, own: boolean) =>
    keep(o) && (own && o.area.level !== 'country' ? true : chosen.has(viewAreaKey(o.area, indicator)));
  const observations = [...indicator.observations.filter((o) => shown(o, true)), ...indicator.peers.filter((o) => shown(o, false))].sort((a, b) => a.time - b.time);
  const targets = withinYears(indicator, view).targets;
  const cited = new Set(observations.map((o) => o.source));
  return {
    ...indicator,
    observations,
    peers: [],
    series: groupSeries(observations, indicator.dimensions, trackedProvince(indicator.observations)),
    targets,
    sources: indicator.sources.filter((s) => cited.has(s)),
  };
}

/** The tracked province's name as the view shows it: its latest record's. */
export function trackedName(indicator: Indicator, locale: Locale): string {
  const records = trackedProvince(indicator.observations);
  const latest = records.reduce<Area | null>((a, b) => (a === null || b.valid_from > a.valid_from ? b : a), null);
  return latest === null ? '' : pick(locale, latest.name, latest.name_en);
}

/** The first and last year with a figure in the view, or null when it shows none. */
export function viewYears(indicator: Indicator): { from: number; to: number } | null {
  const valued = indicator.observations.filter((o) => o.value !== null);
  if (valued.length === 0) return null;
  return { from: Math.min(...valued.map(startYear)), to: Math.max(...valued.map(endYear)) };
}

/**
 * What the view shows, in one sentence for the live region: "Showing Quảng Trị and Quảng Bình,
 * 2018–2022". `shown` is selectView's indicator (or withinYears' for the map).
 */
export function viewAnnouncement(indicator: Indicator, shown: Indicator, view: ExploreView, choices: ExploreChoices, locale: Locale, notes: readonly string[] = []): string {
  const tr = t(locale);
  const names = [trackedName(indicator, locale), ...view.areas.map((key) => choices.areas.find((a) => a.key === key)).flatMap((a) => (a ? [pick(locale, a.name.vi, a.name.en)] : []))].filter(Boolean);
  // The map shows one period, the one with figures for the most provinces.
  const mapPeriod = view.display === 'map' ? provinceRanking(shown)?.period : undefined;
  const years = viewYears(shown);
  const period = mapPeriod ? formatPeriod(mapPeriod, locale) : years === null ? tr('explore.noYears') : years.from === years.to ? String(years.from) : `${years.from}–${years.to}`;
  const list = listText(locale, names);
  const what = tr(`explore.display.${view.display}`);
  const sentence = tr('explore.showing', { what, areas: view.display === 'map' ? tr('explore.allProvinces') : list, years: period });
  if (view.since === null || view.display === 'map') return sentence;
  return [sentence, tr('explore.announceSince', { year: view.since }), ...notes].join(' ');
}

export const sameAreas = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((key, i) => key === b[i]);

export const isDefaultView = (view: ExploreView, defaults: ExploreView): boolean =>
  sameAreas(view.areas, defaults.areas) && view.from === defaults.from && view.to === defaults.to && view.measure === defaults.measure && view.display === defaults.display && view.since === defaults.since;

/**
 * The chart a view is drawn as. The map is the national tile map. With the page's own areas, the
 * indicator's own chart; with areas the reader added, every area on one plot (bars when the figures
 * fall in one or two periods, a rank on its own axis), so that the areas are compared on one scale
 * rather than in panels.
 */
export function viewChartKind(shown: Indicator, view: ExploreView, defaults: ExploreView): ChartKind {
  if (view.display === 'map') return 'province-map';
  if (sameAreas(view.areas, defaults.areas) && view.since === null) return chooseChart(shown);
  // A rank keeps its own axis, 1 at the top: as a bar, a worse place would be drawn as more.
  if (shown.isRank) return 'rank';
  return comparesWithinPeriods(shown) ? 'bars' : 'time-series';
}

/**
 * The indicator the explore page opens with: the one with the most to compare (other provinces'
 * figures), then the longest run of years; the first in the catalogue on a tie.
 */
export function firstExplored(indicators: readonly Indicator[]): Indicator {
  const score = (indicator: Indicator) => {
    const choices = exploreChoices(indicator, null);
    return [choices.areas.length > 0 ? 1 : 0, choices.years.length, choices.areas.length];
  };
  return indicators.reduce((best, next) => {
    const [a, b] = [score(best), score(next)];
    const i = a.findIndex((value, k) => value !== b[k]);
    return i !== -1 && b[i]! > a[i]! ? next : best;
  });
}
