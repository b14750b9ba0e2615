/**
 * Every province of one period as a dot, ordered best first from left to right, the value (or the
 * rank) upwards: where the tracked province stands is where its dot sits along the curve. The
 * tracked province and its neighbours are drawn larger, in their own shapes, and named; the
 * national figure is a dashed line across.
 */
import { linearScale, niceDomain } from '../linear-scale.ts';
import { pick, t, type Locale } from '../../../i18n/translate.ts';
import type { Indicator } from '../../indicators/model.ts';
import { formatPeriod, formatQuantity } from '../../format.ts';
import type { ChartOptions, Plot, Rendered } from '../api.ts';
import { valueAxisMarkup } from '../axes.ts';
import { areaName, periodText, shortAreaName, valueText } from '../labels.ts';
import { seriesColour } from '../palette.ts';
import { label, pathOf, tag } from '../svg.ts';
import { FONT_SIZE, INK, LINE_HEIGHT, middleDy, textWidth, wrapText } from '../theme.ts';
import { tickCountFor, rankAxis, type ValueAxis } from '../value-axis.ts';
import { provinceRanking, type ProvinceRanking, type RankedProvince } from './province-ranking.ts';

const MARGIN = { top: 10, right: 16, bottom: 40, left: 8 } as const;
const KEY_ROW = 22;
const DOT = { other: 3, neighbour: 5, tracked: 6.5 } as const;
const LABEL_ROW = FONT_SIZE.label * LINE_HEIGHT + 2;
/** Below this the 63 dots of a flat curve merge into a line and the labels have no rows to use. */
const MIN_PLOT_HEIGHT = 200;

/** Values are not counts from zero here: the dots' spread is the point, so the axis fits their range. */
function valueAxis(values: readonly number[], range: [number, number]): ValueAxis {
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  const pad = hi === lo ? 1 : 0;
  const count = tickCountFor(Math.abs(range[0] - range[1]));
  const domain = niceDomain([lo - pad, hi + pad], count);
  const scale = linearScale(domain, range);
  return { domain, y: scale, ticks: scale.ticks(count).map((value) => ({ value, y: scale(value) })), inverted: false };
}

interface Named {
  entry: RankedProvince;
  x: number;
  y: number;
  lines: string[];
  labelX: number;
  labelY: number;
  anchor: 'start' | 'end';
}

export function renderRanking(indicator: Indicator, options: ChartOptions): Rendered {
  const ranking = provinceRanking(indicator);
  if (ranking === null) throw new Error(`${indicator.id}: too few provinces with a figure for one period to rank them`);
  const { width, locale } = options;
  const tr = t(locale);
  const tickText = (v: number) => formatQuantity(v, indicator.isRank ? null : indicator.unit.symbol, locale);

  // Above the plot: the period, then the key to the shapes.
  const headingY = MARGIN.top + 14;
  const keyY = headingY + 14;
  const key = keyMarkup(ranking, keyY, width, locale);
  let top = keyY + key.rows * KEY_ROW;
  const unitName = pick(locale, indicator.unit.name, indicator.unit.name_en);
  const caption = indicator.isRank ? tr('chart.rankAxis') : indicator.unit.symbol ? null : unitName.charAt(0).toLocaleUpperCase(locale) + unitName.slice(1);
  const captionY = top + 4;
  if (caption) top += 18;
  top += LABEL_ROW; // room for a label above the highest dot

  // The order's caption under the plot takes as many lines as the width needs (two on a phone).
  const orderLines = wrapText(tr(indicator.isRank ? 'ranking.orderRank' : 'ranking.order'), width - MARGIN.left - MARGIN.right - 48, FONT_SIZE.tick);
  const bottom = MARGIN.bottom + (orderLines.length - 1) * FONT_SIZE.tick * LINE_HEIGHT;
  // The chart grows where the key and caption wrap (a phone), so the dots keep room to spread.
  const height = Math.max(options.height, top + MIN_PLOT_HEIGHT + bottom);
  const values = ranking.entries.map((e) => e.observation.value).concat(ranking.national ? [ranking.national.value] : []);
  const provisional = indicator.isRank ? rankAxis(Math.max(...values), [top, height - bottom]) : valueAxis(values, [height - bottom, top]);
  const labelWidth = Math.max(...provisional.ticks.map((tk) => textWidth(tickText(tk.value), FONT_SIZE.tick)));
  const plot: Plot = { left: MARGIN.left + labelWidth + 8, right: width - MARGIN.right, top, bottom: height - bottom };
  const y = indicator.isRank ? rankAxis(Math.max(...values), [plot.top, plot.bottom]) : valueAxis(values, [plot.bottom, plot.top]);
  const n = ranking.entries.length;
  const x = (i: number) => plot.left + 8 + (n === 1 ? 0 : (i / (n - 1)) * (plot.right - plot.left - 16));

  const named = placeLabels(indicator, ranking, x, y, plot, locale);
  const body = [
    label(formatPeriod(ranking.period, locale), { x: MARGIN.left, y: headingY, 'font-size': FONT_SIZE.heading, 'font-weight': 600, fill: INK.text }),
    key.markup,
    caption ? label(caption, { x: MARGIN.left, y: captionY, 'font-size': FONT_SIZE.tick, fill: INK.muted }) : '',
    valueAxisMarkup(plot, y, tickText),
    positionAxisMarkup(plot, n, x, orderLines, width),
    nationalMarkup(indicator, ranking, plot, y, locale),
    tag('g', { class: 'ranking-dots' }, ...ranking.entries.filter((e) => !e.tracked && !e.neighbour).map((e) => dot(indicator, ranking, e, x(ranking.entries.indexOf(e)), y.y(e.observation.value), locale))),
    tag('g', { class: 'ranking-named' }, ...named.map((l) => dot(indicator, ranking, l.entry, l.x, l.y, locale) + labelMarkup(l))),
  ].join('');
  return { width, height, body, toggles: false };
}

/**
 * The province's and its neighbours' names and figures, the province's placed first. Each label
 * tries every side of its dot (level with it, above or below, and rows further up or down, tied to
 * the dot by a line) and takes the cheapest that fits the plot and overlaps no label already
 * placed: each dot it covers costs most, then a line through another label (it would seem to point
 * at it), then each row away from the dot. Where the dots fall steeply (ranks) the label sits level
 * with its dot; where they lie flat (scores), above or below them.
 */
function placeLabels(indicator: Indicator, ranking: ProvinceRanking, x: (i: number) => number, y: ValueAxis, plot: Plot, locale: Locale): Named[] {
  const picked = ranking.entries.filter((e) => e.tracked).concat(ranking.entries.filter((e) => e.neighbour && !e.tracked));
  const dots = ranking.entries.map((e, i) => [x(i), y.y(e.observation.value)] as const);
  const placed: Named[] = [];
  const extent = (l: Named): [number, number] => {
    const w = textWidth(l.lines[0]!, FONT_SIZE.label);
    return l.anchor === 'end' ? [l.labelX - w, l.labelX] : [l.labelX, l.labelX + w];
  };
  // The text's box, top to bottom, and the line from it to its dot, if any.
  const box = (l: Named): [number, number] => [l.labelY - FONT_SIZE.label, l.labelY + 3];
  const crosses = (line: [number, number] | null, lineX: number, l: Named): boolean => {
    if (line === null) return false;
    const [from, to] = extent(l);
    const [top, bottom] = box(l);
    return lineX >= from && lineX <= to && top < line[1] && bottom > line[0];
  };
  const overlaps = (a: Named, b: Named): boolean => {
    const [aFrom, aTo] = extent(a);
    const [bFrom, bTo] = extent(b);
    // Two lines of text touch when their baselines are closer than the text is tall (with its halo).
    return Math.abs(a.labelY - b.labelY) < FONT_SIZE.label + 2 && aFrom < bTo && bFrom < aTo;
  };
  for (const entry of picked) {
    const px = x(ranking.entries.indexOf(entry));
    const py = y.y(entry.observation.value);
    const text = `${shortAreaName(entry.observation.area, locale)}: ${placeText(indicator, ranking, entry, locale)}`;
    const at = (anchor: 'start' | 'end', labelY: number, gap = -4): Named => ({ entry, x: px, y: py, lines: [text], labelX: anchor === 'end' ? px - gap : px + gap, labelY, anchor });
    const above = py - 10;
    const below = py + DOT.tracked + FONT_SIZE.label + 2;
    const level = py + middleDy(FONT_SIZE.label);
    const beside = DOT.tracked + 5;
    const fits = (c: Named) => {
      const [from, to] = extent(c);
      return from >= plot.left && to <= plot.right && c.labelY - FONT_SIZE.label >= plot.top - LABEL_ROW && c.labelY <= plot.bottom - 4;
    };
    const covered = (c: Named): number => {
      const [from, to] = extent(c);
      const [top, bottom] = [c.labelY - FONT_SIZE.label * 0.8, c.labelY + 3];
      return dots.filter(([dx, dy]) => dx >= from - DOT.other && dx <= to + DOT.other && dy >= top - DOT.other && dy <= bottom + DOT.other).length;
    };
    const rowsAway = (c: Named) => Math.round(Math.max(0, above - c.labelY, c.labelY - below) / LABEL_ROW);
    const moved = [1, 2, 3, 4].flatMap((rows) => (['start', 'end'] as const).flatMap((anchor) => [at(anchor, above - rows * LABEL_ROW), at(anchor, below + rows * LABEL_ROW)]));
    const candidates = [at('start', level, beside), at('end', level, beside), at('start', above), at('end', below), at('end', above), at('start', below), ...moved].filter(fits);
    const allowed = candidates.filter((c) => placed.every((p) => !overlaps(c, p) && !crosses(leaderSpan(p), p.x, c)));
    const cost = (c: Named) => 4 * covered(c) + (placed.some((p) => crosses(leaderSpan(c), c.x, p)) ? 3 : 0) + rowsAway(c);
    // The first of the cheapest wins, so ties keep the order above.
    const chosen = allowed.reduce<Named | undefined>((best, c) => (best === undefined || cost(c) < cost(best) ? c : best), undefined);
    // Nothing free within four rows (a crowded phone chart): the label sits level with its dot, on the side with room.
    placed.push(chosen ?? at(px + textWidth(text, FONT_SIZE.label) + beside > plot.right ? 'end' : 'start', level, beside));
  }
  return placed;
}

/** The line tying a label moved away from its dot to the dot, top to bottom; null for a label beside its dot. */
function leaderSpan(l: Named): [number, number] | null {
  if (l.labelY < l.y - 10) return [l.labelY + 4, l.y - DOT.tracked - 1];
  if (l.labelY > l.y + DOT.tracked + FONT_SIZE.label + 3) return [l.y + DOT.tracked + 1, l.labelY - FONT_SIZE.label];
  return null;
}

/** "55/63" style: the place among the provinces ranked, and the figure when it is not itself a rank. */
function placeText(indicator: Indicator, ranking: ProvinceRanking, entry: RankedProvince, locale: Locale): string {
  // A published rank is said as published ("hạng 55/63"); a place among figures is worked out here.
  if (indicator.isRank) return valueText(indicator, entry.observation, locale);
  return t(locale)('ranking.place', { place: entry.place, count: ranking.entries.length });
}

function dot(indicator: Indicator, ranking: ProvinceRanking, entry: RankedProvince, cx: number, cy: number, locale: Locale): string {
  const o = entry.observation;
  const name = `${periodText(o, locale)} · ${areaName(o.area, locale)}: ${valueText(indicator, o, locale)}${indicator.isRank ? '' : ` (${placeText(indicator, ranking, entry, locale)})`}`;
  const data = { class: 'mark', 'data-label': name, 'data-x': Math.round(cx * 10) / 10, 'data-y': Math.round(cy * 10) / 10, 'data-area': o.area.code };
  if (entry.tracked) return tag('circle', { ...data, cx, cy, r: DOT.tracked, fill: seriesColour(0), stroke: INK.background, 'stroke-width': 1.5 });
  if (entry.neighbour) {
    const s = DOT.neighbour;
    return tag('rect', { ...data, x: cx - s, y: cy - s, width: 2 * s, height: 2 * s, fill: seriesColour(1), stroke: INK.background, 'stroke-width': 1.5 });
  }
  return tag('circle', { ...data, cx, cy, r: DOT.other, fill: INK.muted });
}

function labelMarkup(l: Named): string {
  // A label moved away from its dot is tied to it by a thin line, so it cannot be read as naming
  // the dot it now sits beside.
  const span = leaderSpan(l);
  const leader = span ? tag('path', { d: pathOf([[l.x, span[0]], [l.x, span[1]]]), stroke: INK.muted, 'stroke-width': 1, fill: 'none' }) : '';
  return leader + label(l.lines[0]!, { x: l.labelX, y: l.labelY, 'text-anchor': l.anchor, 'font-size': FONT_SIZE.label, 'font-weight': l.entry.tracked ? 700 : 400, fill: INK.text, stroke: INK.background, 'stroke-width': 3, 'paint-order': 'stroke' });
}

/**
 * The shapes explained: the tracked province, its neighbours, every other province. An item that
 * would run past the chart's edge starts a new row; the rows used are returned.
 */
function keyMarkup(ranking: ProvinceRanking, top: number, width: number, locale: Locale): { markup: string; rows: number } {
  const tr = t(locale);
  const items: Array<{ mark: string; text: string }> = [];
  let x = MARGIN.left;
  let y = top;
  let rows = 1;
  const add = (mark: (x: number, y: number) => string, text: string) => {
    const itemWidth = 14 + textWidth(text, FONT_SIZE.tick);
    if (x > MARGIN.left && x + itemWidth > width - MARGIN.right) {
      x = MARGIN.left;
      y += KEY_ROW;
      rows += 1;
    }
    items.push({ mark: mark(x, y), text: label(text, { x: x + 14, y, dy: middleDy(FONT_SIZE.tick), 'font-size': FONT_SIZE.tick, fill: INK.text }) });
    x += itemWidth + 14;
  };
  if (ranking.tracked) add((cx, cy) => tag('circle', { cx: cx + 5, cy, r: DOT.tracked - 1, fill: seriesColour(0) }), shortAreaName(ranking.tracked.observation.area, locale));
  if (ranking.entries.some((e) => e.neighbour)) add((cx, cy) => tag('rect', { x: cx + 1, y: cy - 4, width: 8, height: 8, fill: seriesColour(1) }), tr('ranking.key.neighbour'));
  add((cx, cy) => tag('circle', { cx: cx + 5, cy, r: DOT.other, fill: INK.muted }), tr('ranking.key.other'));
  return { markup: tag('g', { class: 'ranking-key' }, ...items.map((i) => i.mark + i.text)), rows };
}

/** Under the dots: their order, best on the left, with the first and last place marked. */
function positionAxisMarkup(plot: Plot, n: number, x: (i: number) => number, captionLines: readonly string[], width: number): string {
  const ends = [0, n - 1].map((i) => label(String(i + 1), { x: x(i), y: plot.bottom + 16, 'text-anchor': 'middle' })).join('');
  // Centred on the plot where one line fits beside the axis labels, on the chart when it wraps.
  const centre = captionLines.length === 1 ? (plot.left + plot.right) / 2 : width / 2;
  return tag(
    'g',
    { class: 'axis axis-x', 'font-size': FONT_SIZE.tick, fill: INK.muted },
    tag('path', { d: pathOf([[plot.left, plot.bottom], [plot.right, plot.bottom]]), stroke: INK.muted, 'stroke-width': 1, fill: 'none' }),
    ends,
    ...captionLines.map((line, i) => label(line, { x: centre, y: plot.bottom + 32 + i * FONT_SIZE.tick * LINE_HEIGHT, 'text-anchor': 'middle' })),
  );
}

function nationalMarkup(indicator: Indicator, ranking: ProvinceRanking, plot: Plot, y: ValueAxis, locale: Locale): string {
  if (!ranking.national) return '';
  const ny = y.y(ranking.national.value);
  const text = t(locale)('ranking.national', { value: valueText(indicator, ranking.national, locale) });
  return tag(
    'g',
    { class: 'ranking-national' },
    tag('path', { d: pathOf([[plot.left, ny], [plot.right, ny]]), stroke: INK.text, 'stroke-width': 1.5, 'stroke-dasharray': '6 4', fill: 'none' }),
    label(text, { x: plot.right, y: ny + FONT_SIZE.label + 3, 'text-anchor': 'end', 'font-size': FONT_SIZE.label, fill: INK.text, stroke: INK.background, 'stroke-width': 3, 'paint-order': 'stroke' }),
  );
}
