/**
 * The headline figures on the home page: a few indicators with their latest figure and their
 * history as a sparkline. Which ones is an editorial choice, made in data/site.json ("headlines").
 */
import type { Area } from '../contract/reference.ts';
import type { Indicator } from '../indicators/model.ts';
import { isExact } from '../charts/labels.ts';
import type { SparkPoint } from '../charts/sparkline/sparkline.ts';
import { provinceSeries } from './index.ts';
import { latestPublished, type Figure } from './assess-targets.ts';

export interface HeadlineFigure {
  indicator: Indicator;
  latest: Figure;
  /** The province-wide figures, one list per territory (a merger starts a new one). */
  segments: SparkPoint[][];
}

/**
 * The listed indicators that exist and have a province-wide figure, in the order listed. An id
 * that is missing is skipped rather than failing the build: the home page shows what there is.
 */
export function headlineFigures(indicators: readonly Indicator[], ids: readonly string[], province: readonly Area[]): HeadlineFigure[] {
  return ids.flatMap((id) => {
    const indicator = indicators.find((i) => i.id === id);
    const latest = latestPublished(indicator ?? null, province);
    if (!indicator || !latest) return [];
    const picked = provinceSeries(indicator, province);
    if ('reason' in picked) return [];
    const segments = picked.series.segments
      .map((g) => g.observations.flatMap((o) => (o.value === null ? [] : [{ time: o.time, value: o.value, exact: isExact(o) }])))
      .filter((s) => s.length > 0);
    return [{ indicator, latest: latest.figure, segments }];
  });
}
