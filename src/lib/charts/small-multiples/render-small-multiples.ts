/** Small multiples as SVG markup, from their layout. */
import { t, type Locale } from '../../../i18n/translate.ts';
import type { Indicator } from '../../indicators/model.ts';
import { formatDate } from '../../format.ts';
import type { ChartOptions, Rendered } from '../api.ts';
import { timeAxisMarkup, valueAxisMarkup } from '../axes.ts';
import { observationLabel, seriesName } from '../labels.ts';
import { inexactSeriesMarker, MARK_RADIUS, seriesMarker } from '../markers.ts';
import { seriesColour } from '../palette.ts';
import { GAP_DASH, LINE_WIDTH } from '../time-series/render-time-series.ts';
import { smallMultiplesLayout, type Panel, type SmallMultiplesLayout } from './small-multiples-layout.ts';
import { label, pathOf, tag } from '../svg.ts';
import { FONT_SIZE, INK, LINE_HEIGHT, middleDy } from '../theme.ts';

const BREAK_DASH = '4 3';

export function renderSmallMultiples(indicator: Indicator, options: ChartOptions): Rendered {
  const layout = smallMultiplesLayout(indicator, options);
  const body = [keyMarkup(layout, options.locale), ...layout.panels.map((p) => panelMarkup(indicator, layout, p, options.locale))].join('');
  return { width: layout.width, height: layout.height, body, toggles: false };
}

/** Explains the dashed rule once, above the grid, instead of labelling it in every panel. */
function keyMarkup({ key }: SmallMultiplesLayout, locale: Locale): string {
  if (key === null) return '';
  const text = `${t(locale)(key.merger ? 'chart.merger' : 'chart.areaChange')} ${formatDate(key.date, locale)}`;
  return tag(
    'g',
    { class: 'area-break-key' },
    tag('path', { d: pathOf([[key.x + 6, key.y - 8], [key.x + 6, key.y + 8]]), stroke: INK.muted, 'stroke-width': 1.5, 'stroke-dasharray': BREAK_DASH, fill: 'none' }),
    label(text, { x: key.x + 16, y: key.y, dy: middleDy(FONT_SIZE.label), 'font-size': FONT_SIZE.label, fill: INK.muted }),
  );
}

function panelMarkup(indicator: Indicator, layout: SmallMultiplesLayout, panel: Panel, locale: Locale): string {
  const { line, plot } = panel;
  const colour = seriesColour(line.index);
  // Many years in a narrow panel: markers shrink with the room between them, so the line stays visible.
  const gaps = line.points.slice(1).map((p, i) => p.x - line.points[i]!.x).filter((g) => g > 0);
  const r = gaps.length === 0 ? MARK_RADIUS : Math.max(2, Math.min(MARK_RADIUS, Math.min(...gaps) / 3));
  const title = panel.title.map((t, i) => label(t, { x: panel.left, y: panel.titleY + i * FONT_SIZE.heading * LINE_HEIGHT }));
  const breaks = panel.breaks.map((b) => tag('path', { class: 'area-break', d: pathOf([[b.x, plot.top], [b.x, plot.bottom]]), stroke: INK.muted, 'stroke-width': 1.5, 'stroke-dasharray': BREAK_DASH, fill: 'none' }));
  const series = tag(
    'g',
    { class: 'series', 'data-series': line.series.key, 'data-series-label': seriesName(line.series, locale) },
    ...line.paths.map((d) => tag('path', { class: 'line', d, stroke: colour, 'stroke-width': LINE_WIDTH, 'stroke-linejoin': 'round', 'stroke-linecap': 'round', fill: 'none' })),
    ...line.gaps.map((d) => tag('path', { class: 'line-gap', d, stroke: colour, 'stroke-width': 1.5, 'stroke-dasharray': GAP_DASH, 'stroke-linecap': 'round', fill: 'none' })),
    ...line.points.map((p) =>
      // One series per panel: the panel title names it, so every panel can use the circle.
      (p.exact ? seriesMarker : inexactSeriesMarker)(0, p.x, p.y, {
        ...(p.exact ? { fill: colour } : { stroke: colour }),
        class: p.exact ? 'mark' : 'mark inexact',
        'data-series': line.series.key,
        'data-label': observationLabel(indicator, line.series, p.observation, locale),
        'data-x': Math.round(p.x * 10) / 10,
        'data-y': Math.round(p.y * 10) / 10,
      }, r),
    ),
  );
  return tag(
    'g',
    { class: 'panel' },
    tag('g', { class: 'panel-title', 'font-size': FONT_SIZE.heading, 'font-weight': 600, fill: INK.text }, ...title),
    valueAxisMarkup(plot, panel.y, layout.tickText),
    timeAxisMarkup(plot, panel.x, locale),
    ...breaks,
    series,
  );
}
