/**
 * Point markers. The first series is drawn with circles; the others with squares, triangles and
 * diamonds, so that two series differ by shape as well as by colour. Every marker of an
 * observation carries class "mark" and the data attributes the browser enhancement reads.
 */
import { seriesColour } from './palette.ts';
import { INK } from './theme.ts';
import { pathOf, tag, type Attrs } from './svg.ts';

export const MARK_RADIUS = 4.5;

const SHAPES = ['circle', 'square', 'triangle', 'diamond'] as const;
export type MarkerShape = (typeof SHAPES)[number];

export const markerShape = (seriesIndex: number): MarkerShape => SHAPES[seriesIndex % SHAPES.length]!;

/** A marker of `shape` centred on (x, y), filled with the series colour and ringed in white to stand off lines. */
export function marker(shape: MarkerShape, x: number, y: number, colour: string, attributes: Attrs = {}, r = MARK_RADIUS): string {
  const paint = { fill: colour, stroke: INK.background, 'stroke-width': 1.5, ...attributes };
  switch (shape) {
    case 'circle':
      return tag('circle', { cx: x, cy: y, r, ...paint });
    case 'square':
      return tag('rect', { x: x - r * 0.9, y: y - r * 0.9, width: r * 1.8, height: r * 1.8, ...paint });
    case 'triangle':
      return tag('path', { d: pathOf([[x, y - r * 1.15], [x + r * 1.1, y + r * 0.8], [x - r * 1.1, y + r * 0.8]], true), ...paint });
    case 'diamond':
      return tag('path', { d: pathOf([[x, y - r * 1.3], [x + r * 1.3, y], [x, y + r * 1.3], [x - r * 1.3, y]], true), ...paint });
  }
}

/** The marker of the series at `index`, in its colour. */
export const seriesMarker = (index: number, x: number, y: number, attributes: Attrs = {}, r = MARK_RADIUS): string =>
  marker(markerShape(index), x, y, seriesColour(index), attributes, r);

/**
 * An open marker: the shape outlined in `colour` and filled white, for a figure its source gives
 * only roughly (a bound, an approximate or unstated period). Its outline, not colour alone, tells it
 * from an exact figure.
 */
export const inexactMarker = (shape: MarkerShape, x: number, y: number, colour: string, attributes: Attrs = {}, r = MARK_RADIUS): string =>
  marker(shape, x, y, INK.background, { stroke: colour, 'stroke-width': 2, ...attributes }, r);

/** The open marker of the series at `index`. */
export const inexactSeriesMarker = (index: number, x: number, y: number, attributes: Attrs = {}, r = MARK_RADIUS): string =>
  inexactMarker(markerShape(index), x, y, seriesColour(index), attributes, r);
