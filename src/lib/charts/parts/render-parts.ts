/**
 * A composite index's parts for one period, one row each: a track over the part's own scale (the
 * one its source states, or else a scale shared by the parts, from zero), filled up to the
 * province's figure, with the figure printed at the end. Parts of a rank are filled from the last
 * place towards the first, so a fuller track is always the better result.
 */
import { linearScale, niceDomain } from '../linear-scale.ts';
import { pick, t, type Locale } from '../../../i18n/translate.ts';
import type { Indicator, Observation, Series } from '../../indicators/model.ts';
import { formatPeriod, formatQuantity } from '../../format.ts';
import type { ChartOptions, Rendered } from '../api.ts';
import { isExact, observationLabel, outOf, seriesName, valueText } from '../labels.ts';
import { seriesColour } from '../palette.ts';
import { label, tag } from '../svg.ts';
import { FONT_SIZE, INK, LINE_HEIGHT, middleDy, textWidth, wrapText } from '../theme.ts';
import { partScale } from './part-scale.ts';

const MARGIN = { top: 10, right: 12, bottom: 12, left: 8 } as const;
const TRACK = 14;
const ROW_GAP = 14;

/** The latest period in which the province has a figure for some part. */
export function partsPeriod(indicator: Indicator): string | null {
  const own = indicator.observations.filter((o) => o.value !== null && o.area.level !== 'country');
  return own.at(-1)?.period.text ?? null;
}

interface Row {
  series: Series;
  observation: (Observation & { value: number }) | null;
  scale: { minimum: number; maximum: number; stated: boolean };
}

function rowsOf(indicator: Indicator, period: string): Row[] {
  const own = indicator.series.filter((s) => s.segments.every((g) => g.area.level !== 'country'));
  const found = own.map((series) => {
    const observation = series.segments.flatMap((g) => g.observations).find((o): o is Observation & { value: number } => o.period.text === period && o.value !== null) ?? null;
    return { series, observation };
  });
  const values = found.flatMap((r) => (r.observation ? [r.observation.value] : []));
  // Without a stated scale, one scale for every part: from zero to a round number past the highest,
  // coarsely rounded (10 for PCI's 7.73, as its sub-indices' panels are drawn), so that no bar looks
  // nearly full only because the scale stops just past the highest.
  const shared = { minimum: 0, maximum: niceDomain([0, Math.max(0, ...values) || 1], 2)[1], stated: false };
  return found.map(({ series, observation }) => {
    const stated = partScale(indicator, series);
    if (stated) return { series, observation, scale: { ...stated, stated: true } };
    if (indicator.isRank) {
      const places = observation ? outOf(observation) : null;
      return { series, observation, scale: { minimum: places ?? Math.max(...values), maximum: 1, stated: places !== null } };
    }
    return { series, observation, scale: shared };
  });
}

export function renderParts(indicator: Indicator, options: ChartOptions): Rendered {
  const period = partsPeriod(indicator);
  if (period === null) throw new Error(`${indicator.id}: no part has a figure to draw`);
  const { width, locale } = options;
  const rows = rowsOf(indicator, period);
  const tickText = (v: number) => formatQuantity(v, indicator.isRank ? null : indicator.unit.symbol, locale);
  const valueRoom = Math.max(...rows.map((r) => textWidth(endText(indicator, r, locale), FONT_SIZE.label))) + 8;
  const left = MARGIN.left;
  const right = width - MARGIN.right - valueRoom;
  let y = MARGIN.top + 14;
  const parts: string[] = [label(formatPeriod(period, locale), { x: left, y, 'font-size': FONT_SIZE.heading, 'font-weight': 600, fill: INK.text })];
  // A scale shared by all the parts is said once, above them; a part's own scale under its track.
  const sharedScale = rows.find((r) => !r.scale.stated && !indicator.isRank)?.scale;
  // Notes wrap to the chart's width: on a phone the shared scale's sentence is wider than the chart.
  const note = (text: string, top: number): number => {
    const lines = wrapText(text, width - MARGIN.left - MARGIN.right, FONT_SIZE.tick);
    lines.forEach((line, i) => parts.push(label(line, { x: left, y: top + i * FONT_SIZE.tick * LINE_HEIGHT, 'font-size': FONT_SIZE.tick, fill: INK.muted })));
    return (lines.length - 1) * FONT_SIZE.tick * LINE_HEIGHT;
  };
  if (sharedScale) {
    y += 18;
    y += note(t(locale)('parts.scaleShared', { from: tickText(sharedScale.minimum), to: tickText(sharedScale.maximum) }), y);
  }
  y += 16;
  for (const row of rows) {
    const name = wrapText(seriesName(row.series, locale), width - MARGIN.left - MARGIN.right, FONT_SIZE.label);
    name.forEach((line, i) => parts.push(label(line, { x: left, y: y + FONT_SIZE.label + i * FONT_SIZE.label * LINE_HEIGHT, 'font-size': FONT_SIZE.label, fill: INK.text })));
    y += name.length * FONT_SIZE.label * LINE_HEIGHT + 6;
    const x = linearScale([row.scale.minimum, row.scale.maximum], [left, right]);
    parts.push(tag('rect', { x: left, y, width: right - left, height: TRACK, fill: INK.grid, rx: 2 }));
    const o = row.observation;
    if (o) {
      const exact = isExact(o);
      const end = Math.max(left + 2, x(Math.min(Math.max(o.value, Math.min(row.scale.minimum, row.scale.maximum)), Math.max(row.scale.minimum, row.scale.maximum))));
      parts.push(
        tag('rect', {
          class: 'mark',
          x: left,
          y,
          width: end - left,
          height: TRACK,
          rx: 2,
          fill: exact ? seriesColour(0) : INK.background,
          stroke: seriesColour(0),
          'stroke-width': exact ? 0 : 2,
          'data-label': observationLabel(indicator, row.series, o, locale),
          'data-x': Math.round(end * 10) / 10,
          'data-y': Math.round((y + TRACK / 2) * 10) / 10,
        }),
      );
    }
    parts.push(label(endText(indicator, row, locale), { x: right + 8, y: y + TRACK / 2, dy: middleDy(FONT_SIZE.label), 'font-size': FONT_SIZE.label, 'font-weight': 600, fill: INK.text }));
    y += TRACK + 4;
    // The ends of the scale, under the track: what the part could have scored.
    if (row.scale.stated) {
      const ends = indicator.isRank ? t(locale)('parts.rankScale', { places: tickText(row.scale.minimum) }) : t(locale)('parts.scaleStated', { from: tickText(row.scale.minimum), to: tickText(row.scale.maximum) });
      y += note(ends, y + FONT_SIZE.tick) + FONT_SIZE.tick;
    }
    y += ROW_GAP;
  }
  return { width, height: y + MARGIN.bottom, body: tag('g', { class: 'parts' }, ...parts), toggles: false };
}

/** "6,12 / 10" where the part's scale is stated, the figure alone otherwise, "—" without one. */
function endText(indicator: Indicator, row: Row, locale: Locale): string {
  if (!row.observation) return '—';
  const value = valueText(indicator, row.observation, locale);
  return row.scale.stated && !indicator.isRank ? `${value} / ${formatQuantity(row.scale.maximum, indicator.unit.symbol, locale)}` : value;
}

/** The parts in words: each part's figure for the period, and where the source states it, its scale. */
export function partsSummary(indicator: Indicator, locale: Locale): string {
  const period = partsPeriod(indicator);
  if (period === null) return '';
  const rows = rowsOf(indicator, period);
  const list = rows.map((r) => `${seriesName(r.series, locale)} ${endText(indicator, r, locale)}`).join('; ');
  return t(locale)('parts.summary', { title: pick(locale, indicator.title.vi, indicator.title.en), period: formatPeriod(period, locale), count: rows.length, list });
}
