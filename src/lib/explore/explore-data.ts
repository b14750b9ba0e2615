/**
 * An indicator as the browser receives it to draw other views: the Indicator itself, written as
 * JSON once per indicator at build time (/explore/data/<id>.json) and fetched only when a reader
 * first changes a view. Observations name their source by position in one list, so a source is
 * written once and the browser's indicator shares one source object between its figures, as the
 * build's does (views match figures to their sources by identity). The sources keep the model's
 * first-cited order, and the series are rebuilt from the figures rather than written twice.
 */
import type { Source } from '../contract/data-package.ts';
import { groupSeries, type Indicator, type Observation } from '../indicators/model.ts';
import { trackedProvince, type MeasurePair } from './explore-view.ts';

type StoredObservation = Omit<Observation, 'source'> & { source: number };

export interface ExploreData {
  indicator: Omit<Indicator, 'observations' | 'peers' | 'series' | 'sources'> & {
    observations: StoredObservation[];
    peers: StoredObservation[];
    sources: Source[];
  };
  pair: MeasurePair | null;
}

/** The JSON the build writes for an indicator. Its series are left out: they are rebuilt from the figures. */
export function writeExploreData(indicator: Indicator, pair: MeasurePair | null): string {
  const sources = [...new Set([...indicator.sources, ...indicator.observations.map((o) => o.source), ...indicator.peers.map((o) => o.source)])];
  const store = (o: Observation): StoredObservation => ({ ...o, source: sources.indexOf(o.source) });
  const { series: _series, observations, peers, sources: _cited, ...rest } = indicator;
  const data: ExploreData = { indicator: { ...rest, observations: observations.map(store), peers: peers.map(store), sources }, pair };
  return JSON.stringify(data);
}

/** The indicator read back, its series grouped again as the model groups them. */
export function readExploreData(json: string): { indicator: Indicator; pair: MeasurePair | null } {
  const data = JSON.parse(json) as ExploreData;
  const { sources, observations, peers, ...rest } = data.indicator;
  const read = (o: StoredObservation): Observation => ({ ...o, source: sources[o.source]! });
  const own = observations.map(read);
  const indicator: Indicator = { ...rest, observations: own, peers: peers.map(read), sources, series: groupSeries(own, rest.dimensions, trackedProvince(own)) };
  return { indicator, pair: data.pair };
}
