/**
 * Geometry of small multiples: one small line chart per series, in a grid, all on the same scales
 * so that heights compare across panels. Used when several series each have enough figures to make
 * a line: drawn together they would tangle. The parts of a composite index whose source states each
 * part's scale are the exception: each panel runs over its own part's scale, named in its title.
 */
import type { Indicator, Series } from '../../indicators/model.ts';
import { partScale } from '../parts/part-scale.ts';
import { linearScale } from '../linear-scale.ts';
import { formatQuantity } from '../../format.ts';
import { seriesName } from '../labels.ts';
import { areaBreaks, seriesLine, type AreaBreak, type SeriesLine } from '../lines.ts';
import { FONT_SIZE, LINE_HEIGHT, textWidth, wrapText } from '../theme.ts';
import { timeAxis, type TimeAxis } from '../time-axis.ts';
import type { LayoutOptions, Plot } from '../api.ts';
import { placesOf, TICK_LABEL_GAP } from '../time-series/time-series-layout.ts';
import { linearAxis, rankAxis, type ValueAxis } from '../value-axis.ts';

export const SMALL_MULTIPLES = {
  /** Columns below and above WIDE_FROM pixels of width. */
  narrowColumns: 2,
  wideColumns: 3,
  wideFrom: 600,
  margin: { top: 8, right: 12, bottom: 4, left: 4 },
  gap: 18,
  /** Two lines of panel title. */
  titleLines: 2,
  /** Under each plot: the time labels. */
  axisRoom: 26,
  /** A panel's plot is never shorter than this, whatever height was asked for. */
  minPlotHeight: 80,
  /** Row for the merger key above the grid. */
  keyRow: 22,
} as const;

export interface Panel {
  /** Left edge of the panel, where its title starts. */
  left: number;
  /** Title lines: the series' name, wrapped. */
  title: string[];
  titleY: number;
  plot: Plot;
  x: TimeAxis;
  y: ValueAxis;
  line: SeriesLine;
  breaks: AreaBreak[];
}

export interface SmallMultiplesLayout {
  width: number;
  height: number;
  panels: Panel[];
  tickText: (value: number) => string;
  /** Where the merger key goes (a dashed rule sample and its date), when some panel has a break. */
  key: { x: number; y: number; date: string; merger: boolean } | null;
}

export function smallMultiplesLayout(indicator: Indicator, { width, height, locale }: LayoutOptions): SmallMultiplesLayout {
  const s = SMALL_MULTIPLES;
  const n = indicator.series.length;
  const columns = Math.min(n, width >= s.wideFrom ? s.wideColumns : s.narrowColumns);
  const rows = Math.ceil(n / columns);
  const panelWidth = (width - s.margin.left - s.margin.right - s.gap * (columns - 1)) / columns;
  const tickText = (v: number) => formatQuantity(v, indicator.isRank ? null : indicator.unit.symbol, locale);
  const values = indicator.observations.flatMap((o) => (o.value === null ? [] : [o.value]));

  const anyBreak = indicator.series.some((series) => series.segments.length > 1);
  const top = s.margin.top + (anyBreak ? s.keyRow : 0);
  const titleHeight = s.titleLines * FONT_SIZE.heading * LINE_HEIGHT + 12;
  const available = (height - top - s.margin.bottom - s.gap * (rows - 1)) / rows - titleHeight - s.axisRoom;
  const plotHeight = Math.max(s.minPlotHeight, available);
  const panelHeight = titleHeight + plotHeight + s.axisRoom;

  // Shared scales: the y axis is the same in every panel, so its labels take the same width.
  const axisFor = (plotTop: number, plotBottom: number, series?: Series): ValueAxis => {
    const own = series ? partScale(indicator, series) : null;
    if (own) return ownScaleAxis(own, [plotBottom, plotTop]);
    return indicator.isRank ? rankAxis(placesOf(indicator), [plotTop, plotBottom]) : linearAxis(values, [plotBottom, plotTop], indicator.unit.symbol === '%');
  };
  const labelWidth = Math.max(...[undefined, ...indicator.series].flatMap((series) => axisFor(0, plotHeight, series).ticks.map((t) => textWidth(tickText(t.value), FONT_SIZE.tick))));
  const periods = indicator.observations.map((o) => o.period);

  const panels = indicator.series.map((series, index): Panel => {
    const [col, row] = [index % columns, Math.floor(index / columns)];
    const left = s.margin.left + col * (panelWidth + s.gap);
    const panelTop = top + row * (panelHeight + s.gap);
    const plot: Plot = { left: left + labelWidth + TICK_LABEL_GAP, right: left + panelWidth, top: panelTop + titleHeight, bottom: panelTop + titleHeight + plotHeight };
    const x = timeAxis(periods, [plot.left, plot.right]);
    const y = axisFor(plot.top, plot.bottom, series);
    const scale = partScale(indicator, series);
    const name = scale ? `${seriesName(series, locale)} (${tickText(scale.minimum)}–${tickText(scale.maximum)})` : seriesName(series, locale);
    const only = { ...indicator, series: [series] };
    return {
      left,
      title: wrapText(name, panelWidth, FONT_SIZE.heading).slice(0, s.titleLines),
      titleY: panelTop + FONT_SIZE.heading,
      plot,
      x,
      y,
      line: seriesLine(series, index, x.x, y.y),
      breaks: areaBreaks(only, x.x),
    };
  });
  const firstBreak = panels.flatMap((p) => p.breaks)[0];
  return {
    width,
    height: top + rows * panelHeight + (rows - 1) * s.gap + s.margin.bottom,
    panels,
    tickText,
    key: firstBreak ? { x: s.margin.left, y: s.margin.top + s.keyRow / 2, date: firstBreak.date, merger: firstBreak.merger } : null,
  };
}

/** An axis over exactly the scale the source states for a part, ends labelled. */
function ownScaleAxis({ minimum, maximum }: { minimum: number; maximum: number }, range: [number, number]): ValueAxis {
  const scale = linearScale([minimum, maximum], range);
  const inner = scale.ticks(3).filter((v) => v > minimum && v < maximum);
  const values = [minimum, ...inner, maximum];
  return { domain: [minimum, maximum], y: scale, ticks: values.map((value) => ({ value, y: scale(value) })), inverted: false };
}
