/**
 * An indicator's chart as one complete SVG document. The same string is inlined in pages, served
 * as the .svg download, drawn to PNG and shown on the embed page, so they always agree.
 */
import { pick } from '../../i18n/translate.ts';
import type { Indicator } from '../indicators/model.ts';
import type { ChartKind, ChartOptions, Rendered } from './api.ts';
import { chooseChart, provinceMapAvailable, tileMapAvailable } from './choose.ts';
import { renderRanking } from './ranking/render-ranking.ts';
import { provinceRanking } from './ranking/province-ranking.ts';
import { rankingSummary } from './ranking/ranking-summary.ts';
import { partsPeriod, partsSummary, renderParts } from './parts/render-parts.ts';
import { renderBars } from './bars/render-bars.ts';
import { renderSmallMultiples } from './small-multiples/render-small-multiples.ts';
import { renderTileMap } from './tile-map/render-tile-map.ts';
import { renderTimeSeries } from './time-series/render-time-series.ts';
import { chartSummary } from './summary.ts';
import { tag, text } from './svg.ts';
import { FONT_FAMILY, INK } from './theme.ts';

const renderers: Record<ChartKind, (indicator: Indicator, options: ChartOptions) => Rendered> = {
  'time-series': renderTimeSeries,
  rank: renderTimeSeries,
  bars: renderBars,
  'small-multiples': renderSmallMultiples,
  'tile-map': (indicator, options) => renderTileMap(indicator, options, 'district'),
  ranking: renderRanking,
  'province-map': (indicator, options) => renderTileMap(indicator, options, 'province'),
  parts: renderParts,
};

/** Whether the data can make the chart asked for; if not, the indicator's own chart is drawn. */
const available: Partial<Record<ChartKind, (indicator: Indicator) => boolean>> = {
  'tile-map': tileMapAvailable,
  ranking: (indicator) => provinceRanking(indicator) !== null,
  'province-map': provinceMapAvailable,
  parts: (indicator) => partsPeriod(indicator) !== null,
};

/** What a chart of this kind shows, in words: its <desc>, and the text beside it on the page. */
export function kindSummary(indicator: Indicator, kind: ChartKind, locale: ChartOptions['locale'], today: string): string {
  if (kind === 'ranking' || kind === 'province-map') return rankingSummary(indicator, provinceRanking(indicator)!, locale);
  if (kind === 'parts') return partsSummary(indicator, locale);
  return chartSummary(indicator, locale, today);
}

/** Ids of the <title> and <desc> of a chart drawn with this idPrefix: what aria-labelledby names. */
export const chartIds = (idPrefix: string) => ({ title: `${idPrefix}-title`, desc: `${idPrefix}-desc` });

/**
 * The chart as `<svg role="img">`, labelled by its <title> (the indicator's title) and <desc> (the
 * summary of what the data shows). Points carry data-series, data-label, data-x and data-y for the
 * browser enhancement; no tabindex, which the enhancement sets when it runs.
 */
export function renderChartSvg(indicator: Indicator, options: ChartOptions): string {
  // A chart the data cannot make (a tile map without district figures) falls back to the indicator's own.
  const asked = options.kind ?? chooseChart(indicator);
  const kind = available[asked] && !available[asked](indicator) ? chooseChart(indicator) : asked;
  const { width, height, body, toggles } = renderers[kind](indicator, options);
  const ids = chartIds(options.idPrefix);
  return tag(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      viewBox: `0 0 ${Math.round(width)} ${Math.round(height)}`,
      width: Math.round(width),
      height: Math.round(height),
      role: 'img',
      'aria-labelledby': `${ids.title} ${ids.desc}`,
      class: 'chart-svg',
      'data-chart-kind': kind,
      'data-series-toggle': toggles,
      'font-family': FONT_FAMILY,
    },
    tag('title', { id: ids.title }, text(pick(options.locale, indicator.title.vi, indicator.title.en))),
    tag('desc', { id: ids.desc }, text(options.summary ?? kindSummary(indicator, kind, options.locale, options.today))),
    tag('rect', { width: Math.round(width), height: Math.round(height), fill: INK.background }),
    body,
  );
}

