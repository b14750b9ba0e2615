/** Horizontal bars as SVG markup, from their layout. */
import type { Locale } from '../../contract/site.ts';
import type { Indicator } from '../../indicators/model.ts';
import type { ChartOptions, Rendered } from '../api.ts';
import { t } from '../../../i18n/translate.ts';
import { barsLayout, BAR_HEIGHT, VALUE_GAP, type Bar, type BarGroup, type BarsLayout } from './bars-layout.ts';
import { isExact, observationLabel, valueText } from '../labels.ts';
import { seriesColour } from '../palette.ts';
import { label, pathOf, tag } from '../svg.ts';
import { FONT_SIZE, INK, LINE_HEIGHT, middleDy, wrapText } from '../theme.ts';

export function renderBars(indicator: Indicator, options: ChartOptions): Rendered {
  const layout = barsLayout(indicator, options);
  const body = [gridMarkup(layout), ...layout.groups.map((g) => groupMarkup(indicator, layout, g, options.locale)), inexactKeyMarkup(layout, options.locale)].join('');
  return { width: layout.width, height: layout.height, body, toggles: false };
}

/** Vertical gridlines at the value ticks, their labels under the bars, and the zero line. */
function gridMarkup({ plot, x, tickText }: BarsLayout): string {
  const grid = x.ticks.map((t) => pathOf([[t.y, plot.top], [t.y, plot.bottom]])).join('');
  const labels = x.ticks.map((t) => label(tickText(t.value), { x: t.y, y: plot.bottom + 18, 'text-anchor': 'middle' })).join('');
  return tag(
    'g',
    { class: 'axis axis-x', 'font-size': FONT_SIZE.tick, fill: INK.muted },
    tag('path', { d: grid, stroke: INK.grid, 'stroke-width': 1, fill: 'none' }),
    tag('path', { d: pathOf([[x.y(0), plot.top], [x.y(0), plot.bottom]]) + pathOf([[plot.left, plot.bottom], [plot.right, plot.bottom]]), stroke: INK.muted, 'stroke-width': 1, fill: 'none' }),
    labels,
  );
}

function groupMarkup(indicator: Indicator, layout: BarsLayout, group: BarGroup, locale: Locale): string {
  const heading = wrapText(group.heading, layout.width - layout.plot.left * 2, FONT_SIZE.heading);
  return tag(
    'g',
    { class: 'bar-group', 'data-period': group.period },
    ...heading.map((line, i) =>
      label(line, { x: layout.plot.left, y: group.headingY + i * FONT_SIZE.heading * LINE_HEIGHT, 'font-size': FONT_SIZE.heading, 'font-weight': 600, fill: INK.text }),
    ),
    ...group.bars.map((bar) => barMarkup(indicator, layout, group, bar, locale)),
  );
}

/** The key to open bars, under the axis, when a bar is not exact. */
function inexactKeyMarkup(layout: BarsLayout, locale: Locale): string {
  if (layout.inexactKeyY === null) return '';
  const y = layout.inexactKeyY;
  return tag(
    'g',
    { class: 'legend-inexact', 'font-size': FONT_SIZE.label },
    tag('rect', { x: layout.plot.left, y: y - 6, width: 20, height: 12, fill: INK.background, stroke: INK.text, 'stroke-width': 2 }),
    label(t(locale)('chart.inexactBar'), { x: layout.plot.left + 28, y, dy: middleDy(FONT_SIZE.label), fill: INK.text }),
  );
}

function barMarkup(indicator: Indicator, layout: BarsLayout, group: BarGroup, bar: Bar, locale: Locale): string {
  // A halo keeps a name readable where the zero line of bars either side of zero runs through it.
  const names = bar.labelLines.map((line, i) =>
    label(line, { x: layout.plot.left, y: bar.labelY + i * FONT_SIZE.label * LINE_HEIGHT, fill: INK.text, stroke: INK.background, 'stroke-width': 3, 'paint-order': 'stroke' }),
  );
  const mid = bar.y + BAR_HEIGHT / 2;
  // The figure at its bar's end: after it, or before it for a bar below zero.
  const negative = (bar.observation.value ?? 0) < 0;
  const value = label(bar.observation.value === null ? '—' : valueText(indicator, bar.observation, locale), {
    class: 'value',
    x: negative ? Math.min(bar.x0, bar.x1) - VALUE_GAP : Math.max(bar.x0, bar.x1) + VALUE_GAP,
    ...(negative ? { 'text-anchor': 'end' } : {}),
    y: mid,
    dy: middleDy(FONT_SIZE.label),
    fill: INK.text,
  });
  const rect =
    bar.observation.value === null
      ? ''
      : tag('rect', {
          class: 'mark',
          x: Math.min(bar.x0, bar.x1),
          y: bar.y,
          width: Math.max(1, Math.abs(bar.x1 - bar.x0)),
          height: BAR_HEIGHT,
          // A figure its source gives only roughly is an open bar: outlined, not filled.
          ...(isExact(bar.observation)
            ? { fill: seriesColour(group.index) }
            : { class: 'mark inexact', fill: INK.background, stroke: seriesColour(group.index), 'stroke-width': 2 }),
          'data-series': bar.series.key,
          'data-label': observationLabel(indicator, bar.series, bar.observation, locale),
          'data-x': Math.round(Math.max(bar.x0, bar.x1) * 10) / 10,
          'data-y': Math.round(mid * 10) / 10,
        });
  return tag('g', { class: 'bar', 'font-size': FONT_SIZE.label }, ...names, rect, value);
}
