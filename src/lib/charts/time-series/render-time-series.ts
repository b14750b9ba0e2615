/** A line chart (quantities or ranks) as SVG markup, from its layout. */
import { t, type Locale } from '../../../i18n/translate.ts';
import type { Target } from '../../contract/reference.ts';
import type { Indicator } from '../../indicators/model.ts';
import { formatDate, formatNumber, formatQuantity } from '../../format.ts';
import type { ChartOptions, Rendered } from '../api.ts';
import { timeAxisMarkup, valueAxisMarkup } from '../axes.ts';
import { observationLabel, outOf, qualifyValue, seriesName } from '../labels.ts';
import { LEGEND_SWATCH, legendLineY, legendTextX, type LegendEntry } from '../legend.ts';
import type { AreaBreak, SeriesLine, TargetMark, TargetYear } from '../lines.ts';
import { inexactMarker, inexactSeriesMarker, MARK_RADIUS, marker, seriesMarker } from '../markers.ts';
import { seriesColour, seriesDash } from '../palette.ts';
import { label, pathOf, tag } from '../svg.ts';
import { FONT_SIZE, INK, LINE_HEIGHT, middleDy, textWidth } from '../theme.ts';
import { timeSeriesLayout, TIME_SERIES_MARGIN, type TimeSeriesLayout } from './time-series-layout.ts';

/** Series lines are thick enough to tell their dashes apart. */
export const LINE_WIDTH = 2.5;
/** The target marker is larger than a point: it is a different kind of thing. */
export const TARGET_RADIUS = 6;
const ANNOTATION_DASH = '4 3';
const PATH_TO_TARGET_DASH = '6 4';
/** The connector over years with no figure: dots, unlike any series' dash. */
export const GAP_DASH = '1 5';

export function renderTimeSeries(indicator: Indicator, options: ChartOptions): Rendered {
  const layout = timeSeriesLayout(indicator, options);
  const { locale } = options;
  const body = [
    valueAxisMarkup(layout.plot, layout.y, layout.yTickText),
    timeAxisMarkup(layout.plot, layout.x, locale),
    captionMarkup(layout),
    legendMarkup(layout.legend),
    layout.inexactLegend ? inexactLegendMarkup(layout.inexactLegend) : '',
    layout.skippedLegend ? skippedLegendMarkup(layout.skippedLegend) : '',
    ...layout.breaks.map((b) => breakMarkup(layout, b, locale)),
    ...layout.targetYears.map((year) => targetYearMarkup(layout, year, indicator, locale)),
    ...layout.targets.map((mark) => targetMarkup(mark, indicator, locale)),
    ...layout.lines.map((line) => seriesMarkup(indicator, layout, line, locale)),
  ].join('');
  return { width: layout.width, height: layout.height, body, toggles: layout.lines.length >= 2 };
}

function captionMarkup({ caption }: TimeSeriesLayout): string {
  if (caption === null) return '';
  return label(caption.text, { class: 'caption', x: caption.x, y: caption.y, dy: middleDy(FONT_SIZE.tick), 'font-size': FONT_SIZE.tick, fill: INK.muted });
}

/** A sample of each series' line and marker, and its name in text colour (never colour alone). */
export function legendMarkup(entries: readonly LegendEntry[]): string {
  if (entries.length === 0) return '';
  const items = entries.map((e) =>
    tag(
      'g',
      { class: 'legend-entry' },
      tag('path', { d: pathOf([[e.x, e.y], [e.x + LEGEND_SWATCH, e.y]]), stroke: seriesColour(e.index), 'stroke-width': LINE_WIDTH, 'stroke-dasharray': seriesDash(e.index), fill: 'none' }),
      seriesMarker(e.index, e.x + LEGEND_SWATCH / 2, e.y),
      legendText(e),
    ),
  );
  return tag('g', { class: 'legend', 'font-size': FONT_SIZE.label }, ...items);
}

/** The legend's key to the dotted connector: years between two figures that have none of their own. */
function skippedLegendMarkup(entry: LegendEntry): string {
  return tag(
    'g',
    { class: 'legend-entry legend-skipped', 'font-size': FONT_SIZE.label },
    tag('path', { d: pathOf([[entry.x, entry.y], [entry.x + LEGEND_SWATCH, entry.y]]), stroke: INK.text, 'stroke-width': 1.5, 'stroke-dasharray': GAP_DASH, 'stroke-linecap': 'round', fill: 'none' }),
    legendText(entry),
  );
}

/** The legend's key to open marks: a figure its source gives only roughly, drawn off the line. */
export function inexactLegendMarkup(entry: LegendEntry): string {
  return tag(
    'g',
    { class: 'legend-entry legend-inexact', 'font-size': FONT_SIZE.label },
    inexactMarker('circle', entry.x + LEGEND_SWATCH / 2, entry.y, INK.text),
    legendText(entry),
  );
}

const legendText = (entry: LegendEntry): string =>
  entry.lines.map((line, i) => label(line, { x: legendTextX(entry), y: legendLineY(entry, i), dy: middleDy(FONT_SIZE.label), fill: INK.text })).join('');

/**
 * Two lines of text hung from the top of the annotation band beside a vertical rule: to its right
 * when they fit, else to its left.
 */
function annotation(layout: TimeSeriesLayout, x: number, lines: readonly string[], preferLeft = false): string {
  const top = layout.annotationTop ?? layout.plot.top;
  const width = Math.max(...lines.map((l) => textWidth(l, FONT_SIZE.label)));
  const fitsRight = x + 5 + width <= layout.width - 2;
  const right = fitsRight && !(preferLeft && x - 5 - width >= 0);
  return lines
    .map((line, i) =>
      label(line, {
        x: right ? x + 5 : x - 5,
        y: top + FONT_SIZE.label * (1 + i * LINE_HEIGHT),
        'text-anchor': right ? 'start' : 'end',
        'font-size': FONT_SIZE.label,
        fill: INK.muted,
      }),
    )
    .join('');
}

const rule = (layout: TimeSeriesLayout, x: number, dash: string): string =>
  tag('path', { d: pathOf([[x, layout.annotationTop ?? layout.plot.top], [x, layout.plot.bottom]]), stroke: INK.muted, 'stroke-width': 1.5, 'stroke-dasharray': dash, fill: 'none' });

/** The merger: a dashed rule between the two territories' segments, and the day it happened. */
function breakMarkup(layout: TimeSeriesLayout, b: AreaBreak, locale: Locale): string {
  const lines = [t(locale)(b.merger ? 'chart.merger' : 'chart.areaChange'), formatDate(b.date, locale)];
  return tag('g', { class: 'area-break' }, rule(layout, b.x, ANNOTATION_DASH), annotation(layout, b.x, lines));
}

/** Which way a target without a number asks the figure to go, in words. */
export function directionText(target: Target, indicator: Indicator, locale: Locale): string {
  if (indicator.isRank) return t(locale)('chart.betterRank');
  return t(locale)(target.direction === 'at-most' ? 'chart.fall' : 'chart.rise');
}

/** A target year without a number to plot (a rank to raise): a dotted rule at the year's end, and the direction. */
function targetYearMarkup(layout: TimeSeriesLayout, year: TargetYear, indicator: Indicator, locale: Locale): string {
  const lines = [t(locale)('chart.targetNoValue', { year: year.target.year }), directionText(year.target, indicator, locale)];
  return tag('g', { class: 'target-year' }, rule(layout, year.x, '2 3'), annotation(layout, year.x, lines, true));
}

/** The target point, labelled, and the straight dashed path from the baseline to it. */
function targetMarkup(mark: TargetMark, indicator: Indicator, locale: Locale): string {
  const value = indicator.isRank ? formatNumber(mark.target.value!, locale) : formatQuantity(mark.target.value!, indicator.unit.symbol, locale);
  const text = t(locale)('chart.target', { year: mark.target.year, value });
  const path = mark.path
    ? tag('path', {
        class: 'path-to-target',
        d: pathOf([[mark.path.x1, mark.path.y1], [mark.path.x2, mark.path.y2]]),
        stroke: INK.target,
        'stroke-width': 1.5,
        'stroke-dasharray': PATH_TO_TARGET_DASH,
        fill: 'none',
      })
    : '';
  return tag(
    'g',
    { class: 'target', 'data-target': mark.target.id },
    path,
    marker('diamond', mark.x, mark.y, INK.background, { stroke: INK.target, 'stroke-width': 2 }, TARGET_RADIUS),
    label(text, { x: mark.x + TARGET_RADIUS, y: mark.y - TARGET_RADIUS - 8, 'text-anchor': 'end', 'font-size': FONT_SIZE.label, 'font-weight': 600, fill: INK.text }),
  );
}

/** Value printed over a point, kept inside the chart at either edge. */
function valueLabel(layout: TimeSeriesLayout, x: number, y: number, content: string): string {
  const half = textWidth(content, FONT_SIZE.label) / 2;
  const anchor = x + half > layout.width - 2 ? 'end' : x - half < TIME_SERIES_MARGIN.left ? 'start' : 'middle';
  return label(content, { class: 'value', x, y: y - MARK_RADIUS - 6, 'text-anchor': anchor, 'font-size': FONT_SIZE.label, fill: INK.text });
}

function seriesMarkup(indicator: Indicator, layout: TimeSeriesLayout, line: SeriesLine, locale: Locale): string {
  const key = line.series.key;
  const colour = seriesColour(line.index);
  const paths = line.paths.map((d) =>
    tag('path', { class: 'line', d, stroke: colour, 'stroke-width': LINE_WIDTH, 'stroke-dasharray': seriesDash(line.index), 'stroke-linejoin': 'round', 'stroke-linecap': 'round', fill: 'none' }),
  );
  // Years with no figure: a thin dotted connector, not the series' line.
  const gaps = line.gaps.map((d) => tag('path', { class: 'line-gap', d, stroke: colour, 'stroke-width': 1.5, 'stroke-dasharray': GAP_DASH, 'stroke-linecap': 'round', fill: 'none' }));
  const marks = line.points.map((p) =>
    (p.exact ? seriesMarker : inexactSeriesMarker)(line.index, p.x, p.y, {
      class: p.exact ? 'mark' : 'mark inexact',
      'data-series': key,
      'data-label': observationLabel(indicator, line.series, p.observation, locale),
      'data-x': Math.round(p.x * 10) / 10,
      'data-y': Math.round(p.y * 10) / 10,
    }),
  );
  const values = layout.valueLabels
    ? line.points.map((p) => {
        // A rank carries how many were ranked that year ("55/63"): 63 provinces until mid-2025, 34 after.
        const places = indicator.isRank ? outOf(p.observation) : null;
        const rank = places === null ? formatNumber(p.observation.value!, locale) : `${formatNumber(p.observation.value!, locale)}/${formatNumber(places, locale)}`;
        const value = indicator.isRank ? rank : formatQuantity(p.observation.value!, indicator.unit.symbol, locale);
        return valueLabel(layout, p.x, p.y, qualifyValue(value, p.observation, locale, 'short'));
      })
    : [];
  return tag('g', { class: 'series', 'data-series': key, 'data-series-label': seriesName(line.series, locale) }, ...paths, ...gaps, ...marks, ...values);
}
