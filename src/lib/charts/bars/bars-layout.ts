/**
 * Geometry of horizontal bars: the categories (or areas) of an indicator compared within a period,
 * one group per period, largest first (best rank first). Labels sit above their bar, so long
 * Vietnamese category names wrap instead of squeezing the bars on a phone.
 */
import type { Area } from '../../contract/reference.ts';
import type { Indicator, Observation, Series } from '../../indicators/model.ts';
import type { Locale } from '../../contract/site.ts';
import { formatQuantity } from '../../format.ts';
import { areaName, isExact, periodText, seriesName } from '../labels.ts';
import type { LayoutOptions, Plot } from '../api.ts';
import { FONT_SIZE, LINE_HEIGHT, textWidth, wrapText } from '../theme.ts';
import { linearAxis, type ValueAxis } from '../value-axis.ts';

export const BARS_MARGIN = { top: 8, right: 12, bottom: 30, left: 12 } as const;
export const BAR_HEIGHT = 16;
/** Space under each bar before the next label. */
export const BAR_GAP = 10;
/** Height of a group's heading row (its period and area). */
export const GROUP_HEADING = 26;
/** Room at the end of the longest bar for its value. */
export const VALUE_GAP = 6;

export interface Bar {
  series: Series;
  seriesIndex: number;
  observation: Observation;
  /** Label lines, wrapped to the chart's width, and the baseline of the first. */
  labelLines: string[];
  labelY: number;
  /** Top of the bar; a missing value has no bar, only its label and a dash. */
  y: number;
  x0: number;
  x1: number;
}

export interface BarGroup {
  period: string;
  /** What the group's heading says: its period, as exactly as the source gives it, and its area. */
  heading: string;
  /** The area every bar of the group describes, when they share one and the labels do not name it. */
  area: Area | null;
  headingY: number;
  bars: Bar[];
  /** Position among groups: groups before and after a merger take different colours. */
  index: number;
}

/** A group's heading: "2023 · Tỉnh Quảng Trị (trước 01/07/2025)", "khoảng 2023 · …". */
export const groupHeading = (first: Pick<Observation, 'period' | 'periodQualifier'>, area: Area | null, locale: Locale): string =>
  [periodText(first, locale), ...(area ? [areaName(area, locale)] : [])].join(' · ');

/** Room under the axis labels for the key to open bars. */
export const INEXACT_KEY_ROW = 24;

export interface BarsLayout {
  width: number;
  height: number;
  plot: Plot;
  x: ValueAxis;
  tickText: (value: number) => string;
  groups: BarGroup[];
  /** Baseline of the key to open bars (a figure its source gives only roughly); null when every bar is exact. */
  inexactKeyY: number | null;
}

/** Bars per period. The requested height is not used: the chart is as tall as its rows. */
export function barsLayout(indicator: Indicator, { width, locale }: LayoutOptions): BarsLayout {
  const m = BARS_MARGIN;
  const tickText = (v: number) => formatQuantity(v, indicator.isRank ? null : indicator.unit.symbol, locale);
  const rows = indicator.series.flatMap((series, seriesIndex) => series.segments.flatMap((s) => s.observations.map((observation) => ({ series, seriesIndex, observation }))));
  // A period the source gives only roughly is a group of its own, headed as the source dates it.
  const groupKey = (o: Observation) => `${o.period.text}|${o.periodQualifier ?? ''}`;
  const periods = [...new Set(indicator.observations.map(groupKey))];
  const values = rows.flatMap((r) => (r.observation.value === null ? [] : [r.observation.value]));
  const room = (vs: readonly number[]) => (vs.length === 0 ? 0 : Math.max(...vs.map((v) => textWidth(tickText(v), FONT_SIZE.label))) + VALUE_GAP);
  const valueRoom = Math.max(room(values.filter((v) => v >= 0)), textWidth('—', FONT_SIZE.label) + VALUE_GAP);
  // Bars below zero carry their figure before their end: room for it on the left.
  const negativeRoom = room(values.filter((v) => v < 0));
  const x = linearAxis(values, [m.left + negativeRoom, width - m.right - valueRoom], indicator.unit.symbol === '%' && !indicator.isRank);
  const labelWidth = width - m.left - m.right;

  let y = m.top;
  const groups: BarGroup[] = periods.map((key, index) => {
    const members = rows
      .filter((r) => groupKey(r.observation) === key)
      // Largest first; for a rank the best (smallest) first; missing values last.
      .sort((a, b) => {
        const [va, vb] = [a.observation.value, b.observation.value];
        if (va === null || vb === null) return va === null ? (vb === null ? 0 : 1) : -1;
        return indicator.isRank ? va - vb : vb - va;
      });
    const names = members.map((r) => seriesName(r.series, locale));
    const areas = new Set(members.map((r) => r.observation.area.code));
    const first = members[0]!.observation.area;
    const area = areas.size === 1 && !names.some((n) => n.includes(areaName(first, locale))) ? first : null;
    const headingY = y + FONT_SIZE.heading;
    const heading = groupHeading(members[0]!.observation, area, locale);
    const headingLines = wrapText(heading, labelWidth, FONT_SIZE.heading).length;
    y += GROUP_HEADING + (headingLines - 1) * FONT_SIZE.heading * LINE_HEIGHT;
    const bars = members.map((r, i): Bar => {
      const labelLines = wrapText(names[i]!, labelWidth, FONT_SIZE.label);
      const labelY = y + FONT_SIZE.label;
      y += labelLines.length * FONT_SIZE.label * LINE_HEIGHT + 2;
      const bar = { ...r, labelLines, labelY, y, x0: x.y(0), x1: r.observation.value === null ? x.y(0) : x.y(r.observation.value) };
      y += BAR_HEIGHT + BAR_GAP;
      return bar;
    });
    return { period: members[0]!.observation.period.text, heading, area, headingY, bars, index };
  });
  // Gridlines start under the first heading, so they never run through its text.
  const plot: Plot = { left: m.left, top: m.top + GROUP_HEADING - 6, right: width - m.right - valueRoom, bottom: y };
  const inexact = rows.some((r) => r.observation.value !== null && !isExact(r.observation));
  const inexactKeyY = inexact ? y + m.bottom + INEXACT_KEY_ROW / 2 : null;
  // As tall as the bars need: a fixed height would either crowd ten districts or float three bars in space.
  return { width, height: y + m.bottom + (inexact ? INEXACT_KEY_ROW : 0), plot, x, tickText, groups, inexactKeyY };
}
