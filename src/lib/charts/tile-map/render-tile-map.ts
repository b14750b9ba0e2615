/** The district tile map as SVG markup, from its layout. */
import { t, type Locale } from '../../../i18n/translate.ts';
import type { Indicator, Observation } from '../../indicators/model.ts';
import { formatPeriod, formatQuantity } from '../../format.ts';
import type { ChartOptions, Rendered } from '../api.ts';
import { areaName, observationLabel, periodText, qualifyValue, rankText, shortAreaName, valueText } from '../labels.ts';
import { SEQUENTIAL_CLASSES, sequentialColour, textOn } from '../palette.ts';
import { label, tag } from '../svg.ts';
import { tileMapLayout, type Tile, type TileMapLayout, type TileScope } from './tile-map-layout.ts';
import { FONT_SIZE, INK, LINE_HEIGHT, middleDy, textWidth, wrapText } from '../theme.ts';

/** The value is the point of a tile: printed larger than its name. */
export const TILE_VALUE_SIZE = 15;
const KEY_SWATCH = 22;
/** Hatching for districts without a figure: visible without colour, and unlike any value's colour. */
const HATCH_INK = '#8a96a6';

export function renderTileMap(indicator: Indicator, options: ChartOptions, scope: TileScope = 'district'): Rendered {
  const layout = tileMapLayout(indicator, options, scope);
  if (layout === null) throw new Error(`${indicator.id}: no ${scope} figures to draw a tile map with (check tileMapAvailable first)`);
  const hatch = `${options.idPrefix}-hatch`;
  const body = [
    tag(
      'defs',
      {},
      tag('pattern', { id: hatch, width: 6, height: 6, patternUnits: 'userSpaceOnUse', patternTransform: 'rotate(45)' }, tag('path', { d: 'M0,0L0,6', stroke: HATCH_INK, 'stroke-width': 1.5 })),
    ),
    label(formatPeriod(layout.period, options.locale), { x: layout.legend.x, y: layout.headingY, 'font-size': FONT_SIZE.heading, 'font-weight': 600, fill: INK.text }),
    ...layout.tiles.map((tile) => tileMarkup(indicator, tile, hatch, options.locale, layout.labelled)),
    ...layout.tiles.filter((tile) => tile.tracked && !layout.labelled).map((tile) => calloutMarkup(tile, layout, options.locale)),
    keyMarkup(indicator, layout, hatch, options.locale),
    ...layout.note.map((line, i) => label(line, { x: layout.legend.x, y: layout.noteY + i * FONT_SIZE.tick * LINE_HEIGHT, 'font-size': FONT_SIZE.tick, fill: INK.muted })),
  ].join('');
  return { width: layout.width, height: layout.height, body, toggles: false };
}

/** A tile's figure named in full; another province's figure belongs to no series of the province's own. */
function tileLabel(indicator: Indicator, tile: Tile, o: Observation, locale: Locale): string {
  if (tile.series) return observationLabel(indicator, tile.series, o, locale);
  return `${periodText(o, locale)} · ${areaName(o.area, locale)}: ${valueText(indicator, o, locale)}`;
}

/** Beside a tile too small for text, the tracked province's name, so the reader finds it without a tooltip. */
function calloutMarkup(tile: Tile, layout: TileMapLayout, locale: Locale): string {
  const name = tile.area ? shortAreaName(tile.area, locale) : tile.code;
  const right = tile.x + tile.size + 6 + textWidth(name, FONT_SIZE.label) <= layout.width;
  return label(name, {
    x: right ? tile.x + tile.size + 6 : tile.x - 6,
    y: tile.y + tile.height / 2,
    dy: middleDy(FONT_SIZE.label),
    'text-anchor': right ? 'start' : 'end',
    'font-size': FONT_SIZE.label,
    'font-weight': 700,
    fill: INK.text,
    stroke: INK.background,
    'stroke-width': 3,
    'paint-order': 'stroke',
  });
}

function tileMarkup(indicator: Indicator, tile: Tile, hatch: string, locale: Locale, labelled: boolean): string {
  const fill = tile.t === null ? INK.background : sequentialColour(tile.t);
  const ink = textOn(fill, INK.text);
  const name = tile.area ? shortAreaName(tile.area, locale) : tile.code;
  const lines = wrapText(name, tile.size - 8, FONT_SIZE.tick).slice(0, 2);
  const cx = tile.x + tile.size / 2;
  const value = tile.observation?.value;
  // A rank prints bare ("5") in its tile: "hạng 5/63" would not fit, and the key says what it is.
  const valueString = value == null ? '—' : qualifyValue(formatQuantity(value, indicator.isRank ? null : indicator.unit.symbol, locale), tile.observation!, locale, 'short');
  const rect = tag('rect', {
    class: tile.t === null ? 'tile-empty' : 'mark',
    x: tile.x,
    y: tile.y,
    width: tile.size,
    height: tile.height,
    rx: 4,
    fill: tile.t === null ? `url(#${hatch})` : fill,
    stroke: tile.tracked ? INK.text : INK.muted,
    'stroke-width': tile.tracked ? 3 : 1,
    'data-series': tile.series?.key,
    'data-label': tile.observation ? tileLabel(indicator, tile, tile.observation, locale) : undefined,
    'data-x': tile.t === null ? undefined : Math.round(cx * 10) / 10,
    'data-y': tile.t === null ? undefined : Math.round((tile.y + tile.height / 2) * 10) / 10,
  });
  if (!labelled) return tag('g', { class: 'tile', 'data-area': tile.code }, rect);
  // A flat tile (the national grid) prints its value at the foot, under its name; a square one below the middle.
  const flat = tile.height < tile.size;
  const valueSize = flat ? FONT_SIZE.label + 1 : TILE_VALUE_SIZE;
  const valueTop = flat ? tile.y + tile.height - valueSize - 8 : tile.y + tile.size * 0.55;
  // On hatching the text needs a plain ground to stay readable.
  const plate = tile.t === null ? tag('rect', { x: tile.x + 3, y: valueTop, width: tile.size - 6, height: valueSize + 8, fill: INK.background }) : '';
  return tag(
    'g',
    { class: 'tile', 'data-area': tile.code },
    rect,
    plate,
    ...lines.map((l, i) => label(l, { x: cx, y: tile.y + 6 + FONT_SIZE.tick * (1 + i * LINE_HEIGHT), 'text-anchor': 'middle', 'font-size': FONT_SIZE.tick, fill: tile.t === null ? INK.text : ink })),
    label(valueString, { x: cx, y: valueTop + (valueSize + 8) / 2, dy: middleDy(valueSize), 'text-anchor': 'middle', 'font-size': valueSize, 'font-weight': 700, fill: tile.t === null ? INK.text : ink }),
  );
}

/** Low value, swatches along the scale, high value; and the hatched swatch when a district has no figure. */
function keyMarkup(indicator: Indicator, layout: TileMapLayout, hatch: string, locale: Locale): string {
  const { legend } = layout;
  const fmt = (v: number) => (indicator.isRank ? rankText(v, null, locale) : formatQuantity(v, indicator.unit.symbol, locale));
  const y = legend.y + KEY_SWATCH / 2;
  const low = fmt(legend.low);
  let x = legend.x;
  const parts = [label(low, { x, y, dy: middleDy(FONT_SIZE.tick), 'font-size': FONT_SIZE.tick, fill: INK.text })];
  x += textWidth(low, FONT_SIZE.tick) + 6;
  for (const fill of SEQUENTIAL_CLASSES) {
    parts.push(tag('rect', { x, y: legend.y, width: KEY_SWATCH, height: KEY_SWATCH, fill, stroke: INK.muted, 'stroke-width': 1 }));
    x += KEY_SWATCH;
  }
  x += 6;
  const high = fmt(legend.high);
  parts.push(label(high, { x, y, dy: middleDy(FONT_SIZE.tick), 'font-size': FONT_SIZE.tick, fill: INK.text }));
  if (legend.missingY !== null) {
    const none = t(locale)('chart.noFigure');
    parts.push(tag('rect', { x: legend.x, y: legend.missingY, width: KEY_SWATCH, height: KEY_SWATCH, fill: `url(#${hatch})`, stroke: INK.muted, 'stroke-width': 1 }));
    parts.push(label(none, { x: legend.x + KEY_SWATCH + 6, y: legend.missingY + KEY_SWATCH / 2, dy: middleDy(FONT_SIZE.tick), 'font-size': FONT_SIZE.tick, fill: INK.text }));
  }
  return tag('g', { class: 'tile-key' }, ...parts);
}
