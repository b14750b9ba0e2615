/**
 * The vertical value axis of line charts. Quantities start at zero, so that a line's height is
 * proportional to its value; a rank runs downwards from 1 (best, at the top) to the number of
 * places (at the bottom).
 */
import { linearScale, niceDomain } from './linear-scale.ts';

export interface ValueAxis {
  domain: [number, number];
  /** Pixel position of a value. */
  y: (value: number) => number;
  /** Gridlines and their labels. */
  ticks: Array<{ value: number; y: number }>;
  /** True for ranks: smaller values are drawn higher. */
  inverted: boolean;
}

/** Pixels between gridlines we aim for: fewer on a short chart, but at least three ticks so a small panel still reads. */
const PIXELS_PER_TICK = 60;

/** Gridlines closer than this (two lines of tick text) are thinned. */
const MIN_TICK_GAP = 24;

export const tickCountFor = (pixels: number): number => Math.max(3, Math.round(pixels / PIXELS_PER_TICK));

/**
 * An axis from zero (or the lowest negative value) up to the highest value, rounded up to a tick.
 * `range` is [bottom, top] in pixels. A percent axis ends at its data's rounded maximum, not at 100,
 * so that 7% is not drawn flat on the floor; but never above 100 when nothing exceeds it.
 */
export function linearAxis(values: readonly number[], range: [number, number], percent: boolean): ValueAxis {
  const wanted = tickCountFor(Math.abs(range[0] - range[1]));
  const min = Math.min(0, ...values);
  let max = Math.max(0, ...values);
  if (max === min) max = min + 1;
  // Of the tick counts up to the one wanted, take the one whose rounded end wastes least room:
  // 7.09% with a 15% target ends at 15 (ticks of 5), not at 16 (ticks of 2) or 20.
  const count = Array.from({ length: wanted - 1 }, (_, i) => wanted - i).reduce((best, n) =>
    niceEnd(min, max, n) < niceEnd(min, max, best) ? n : best,
  );
  const rounded = niceDomain([min, max], count);
  const domain: [number, number] = percent && max <= 100 && rounded[1] > 100 ? [rounded[0], 100] : rounded;
  const scale = linearScale(domain, range);
  // d3's count is a hint: on a short panel it may still give labels closer than a line of text.
  let shown = scale.ticks(count);
  while (shown.length > 2 && Math.abs(scale(shown[1]!) - scale(shown[0]!)) < MIN_TICK_GAP) shown = shown.filter((_, i) => i % 2 === 0);
  return { domain, y: scale, ticks: shown.map((value) => ({ value, y: scale(value) })), inverted: false };
}

const niceEnd = (min: number, max: number, count: number): number => niceDomain([min, max], count)[1];

/**
 * A rank axis from 1 at the top of `range` ([top, bottom]) to `places` at the bottom. Both ends are
 * labelled, so the reader sees "out of 63"; round ticks too close to an end are dropped so labels
 * never overlap.
 */
export function rankAxis(places: number, range: [number, number]): ValueAxis {
  const count = tickCountFor(Math.abs(range[1] - range[0]));
  const last = Math.max(2, places);
  const scale = linearScale([1, last], range);
  const round = scale.ticks(count);
  const step = round.length > 1 ? round[1]! - round[0]! : last;
  const values = [1, ...round.filter((v) => v - 1 >= step / 2 && last - v >= step / 2), last];
  return { domain: [1, last], y: scale, ticks: values.map((value) => ({ value, y: scale(value) })), inverted: true };
}
