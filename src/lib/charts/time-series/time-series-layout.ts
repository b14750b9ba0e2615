/**
 * Geometry of a line chart over time, for quantities and for ranks: scales, gridlines, one path per
 * segment, the break where the territory changed, and the targets. Pure: an indicator and a size
 * in, numbers out; the renderer turns them into markup.
 */
import { pick, t, type Locale } from '../../../i18n/translate.ts';
import type { Indicator } from '../../indicators/model.ts';
import { formatQuantity } from '../../format.ts';
import type { LayoutOptions, Plot } from '../api.ts';
import { isExact, outOf, seriesName } from '../labels.ts';
import { legendLayout, type LegendEntry } from '../legend.ts';
import { areaBreaks, seriesLine, skipsSomeYears, targetMarks, type AreaBreak, type SeriesLine, type TargetMark, type TargetYear } from '../lines.ts';
import { FONT_SIZE, LINE_HEIGHT, textWidth } from '../theme.ts';
import { timeAxis, type TimeAxis } from '../time-axis.ts';
import { linearAxis, rankAxis, type ValueAxis } from '../value-axis.ts';

/** Space around the plot: below for the year labels, right for the target marker at the axis end. */
export const TIME_SERIES_MARGIN = { top: 10, right: 16, bottom: 30, left: 8 } as const;
/** Gap between the y tick labels and the plot. */
export const TICK_LABEL_GAP = 8;
/** Row for the axis caption ("Thứ hạng (1 = tốt nhất)") above the plot. */
export const CAPTION_ROW = 20;
/** Two lines of annotation above the plot: the merger label, a target without a value. */
export const ANNOTATION_ROWS = 2 * FONT_SIZE.label * LINE_HEIGHT + 4;
/** Room above the highest point for its value label. */
export const VALUE_LABEL_ROOM = 18;
/** A series' values are printed beside its points when it is alone and has at most this many. */
export const MAX_VALUE_LABELS = 8;

export interface TimeSeriesLayout {
  width: number;
  height: number;
  plot: Plot;
  x: TimeAxis;
  y: ValueAxis;
  /** How the y tick labels print (a percent sign on percent axes). */
  yTickText: (value: number) => string;
  /** Above the plot, at its left: the rank's reading direction or the unit; null when ticks say it. */
  caption: { text: string; x: number; y: number } | null;
  /** Top of the annotation band (merger label, valueless target); null when there is none. */
  annotationTop: number | null;
  legend: LegendEntry[];
  /** The legend's entry for the dotted connector over years with no figure; null when no line skips a year. */
  skippedLegend: LegendEntry | null;
  /** The legend's entry for open marks, when a figure is not exact; null when every figure is. */
  inexactLegend: LegendEntry | null;
  lines: SeriesLine[];
  breaks: AreaBreak[];
  targets: TargetMark[];
  targetYears: TargetYear[];
  /** True when each point's value is printed beside it. */
  valueLabels: boolean;
}

/** The caption over the y axis: ranks say which way is better; units without a symbol are named. */
function captionText(indicator: Indicator, locale: Locale): string | null {
  if (indicator.isRank) return t(locale)('chart.rankAxis');
  if (indicator.unit.symbol) return null;
  const name = pick(locale, indicator.unit.name, indicator.unit.name_en);
  return name.charAt(0).toLocaleUpperCase(locale) + name.slice(1);
}

export function timeSeriesLayout(indicator: Indicator, { width, height, locale }: LayoutOptions): TimeSeriesLayout {
  const m = TIME_SERIES_MARGIN;
  const values = indicator.observations.flatMap((o) => (o.value === null ? [] : [o.value]));
  const targetValues = indicator.targets.flatMap((t) => (t.value === null ? [] : [t.value]));
  const lastTargetYear = indicator.targets.length ? Math.max(...indicator.targets.map((t) => t.year)) : null;
  const tickText = (v: number) => (indicator.isRank ? formatQuantity(v, null, locale) : formatQuantity(v, indicator.unit.symbol, locale));

  // Top: legend rows, the caption, the annotation band; each only when needed.
  let top = m.top;
  const names = indicator.series.length >= 2 ? indicator.series.map((s) => seriesName(s, locale)) : [];
  const inexact = indicator.observations.some((o) => o.value !== null && !isExact(o));
  const skipped = skipsSomeYears(indicator);
  const legend = legendLayout([...names, ...(inexact ? [t(locale)('chart.inexact')] : []), ...(skipped ? [t(locale)('chart.skippedYears')] : [])], m.left, width - m.right, top);
  const skippedLegend = skipped ? legend.entries.pop()! : null;
  const inexactLegend = inexact ? legend.entries.pop()! : null;
  top += legend.height;
  const caption = captionText(indicator, locale);
  const captionAt = caption === null ? null : { text: caption, x: m.left, y: top + CAPTION_ROW / 2 };
  if (caption !== null) top += CAPTION_ROW;
  const hasBreak = indicator.series.some((s) => s.segments.length > 1);
  const hasTargetYear = indicator.targets.some((t) => t.value === null);
  const annotationTop = hasBreak || hasTargetYear ? top : null;
  if (annotationTop !== null) top += ANNOTATION_ROWS;
  const valueLabels = indicator.series.length === 1 && values.length <= MAX_VALUE_LABELS;
  top += valueLabels ? VALUE_LABEL_ROOM : 6;
  const bottom = height - m.bottom;

  // Left: as wide as the widest tick label. The axis is computed once to know its labels.
  const provisional = indicator.isRank ? rankAxis(placesOf(indicator), [top, bottom]) : linearAxis([...values, ...targetValues], [bottom, top], indicator.unit.symbol === '%');
  const labelWidth = Math.max(...provisional.ticks.map((t) => textWidth(tickText(t.value), FONT_SIZE.tick)));
  const plot: Plot = { left: m.left + labelWidth + TICK_LABEL_GAP, top, right: width - m.right, bottom };
  const y = provisional;
  const x = timeAxis(
    indicator.observations.map((o) => o.period),
    [plot.left, plot.right],
    lastTargetYear,
  );

  const lines = indicator.series.map((series, index) => seriesLine(series, index, x.x, y.y));
  const { marks, years } = targetMarks(indicator, x.x, y.y);
  return {
    width,
    height,
    plot,
    x,
    y,
    yTickText: tickText,
    caption: captionAt,
    annotationTop,
    legend: legend.entries,
    inexactLegend,
    skippedLegend,
    lines,
    breaks: areaBreaks(indicator, x.x),
    targets: marks,
    targetYears: years,
    valueLabels,
  };
}

/** The number of places a rank is out of: the largest `out_of`, else the worst rank seen. */
export function placesOf(indicator: Indicator): number {
  const stated = indicator.observations.map(outOf).filter((n): n is number => n !== null);
  if (stated.length) return Math.max(...stated);
  return Math.max(2, ...indicator.observations.map((o) => o.value ?? 0));
}
