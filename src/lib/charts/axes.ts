/** Gridlines, axis lines and tick labels, shared by the line charts and the small multiples. */
import type { Locale } from '../contract/site.ts';
import { formatPeriodShort } from '../format.ts';
import type { TimeAxis } from './time-axis.ts';
import type { ValueAxis } from './value-axis.ts';
import { FONT_SIZE, INK, middleDy } from './theme.ts';
import { label, pathOf, tag } from './svg.ts';
import type { Plot } from './api.ts';

/** Length of the tick marks under the time axis. */
export const TICK_LENGTH = 5;
/** Distance from the time axis to the baseline of its labels. */
export const TIME_LABEL_OFFSET = 18;

/** Horizontal gridlines with their labels at the left, and the vertical axis line. */
export function valueAxisMarkup(plot: Plot, axis: ValueAxis, tickText: (value: number) => string, labelled = true): string {
  const lines = axis.ticks.map((t) => pathOf([[plot.left, t.y], [plot.right, t.y]])).join('');
  const labels = labelled
    ? axis.ticks.map((t) => label(tickText(t.value), { x: plot.left - 8, y: t.y, dy: middleDy(FONT_SIZE.tick), 'text-anchor': 'end' })).join('')
    : '';
  return tag(
    'g',
    { class: 'axis axis-y', 'font-size': FONT_SIZE.tick, fill: INK.muted },
    tag('path', { d: lines, stroke: INK.grid, 'stroke-width': 1, fill: 'none' }),
    tag('path', { d: pathOf([[plot.left, plot.top], [plot.left, plot.bottom]]), stroke: INK.muted, 'stroke-width': 1, fill: 'none' }),
    labels,
  );
}

/** The time axis line along the bottom, tick marks between bands and band labels centred under them. */
export function timeAxisMarkup(plot: Plot, axis: TimeAxis, locale: Locale, labelled = true): string {
  const ticks = axis.boundaries.map((x) => pathOf([[x, plot.bottom], [x, plot.bottom + TICK_LENGTH]])).join('');
  const labels = labelled
    ? axis.labels.map((l) => label(formatPeriodShort(l.period, locale), { x: l.x, y: plot.bottom + TIME_LABEL_OFFSET, 'text-anchor': 'middle' })).join('')
    : '';
  return tag(
    'g',
    { class: 'axis axis-x', 'font-size': FONT_SIZE.tick, fill: INK.muted },
    tag('path', { d: pathOf([[plot.left, plot.bottom], [plot.right, plot.bottom]]) + ticks, stroke: INK.muted, 'stroke-width': 1, fill: 'none' }),
    labels,
  );
}
