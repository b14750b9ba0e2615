/**
 * Tiny builders for SVG markup as strings. Markup is only ever made here: attribute values and
 * text content are escaped on the way in, so a caller cannot forget to.
 */
import { escapeXml } from '../text/escape.ts';

export type AttrValue = string | number | boolean | null | undefined;
export type Attrs = Record<string, AttrValue>;

/** Coordinates to two decimals: smaller files, stable output, and no "0.30000000000000004". */
export const num = (value: number): string => String(Math.round(value * 100) / 100);

const attrs = (list: Attrs): string =>
  Object.entries(list)
    .filter(([, value]) => value !== null && value !== undefined && value !== false)
    // A true flag is written name="true": the same string is served as a standalone .svg, and XML has no bare attributes.
    .map(([name, value]) => ` ${name}="${typeof value === 'number' ? num(value) : escapeXml(String(value))}"`)
    .join('');

/** An element; children are markup already built by these helpers. */
export function tag(name: string, attributes: Attrs = {}, ...children: string[]): string {
  const inner = children.join('');
  return inner === '' && name !== 'text' && name !== 'title' && name !== 'desc'
    ? `<${name}${attrs(attributes)}/>`
    : `<${name}${attrs(attributes)}>${inner}</${name}>`;
}

/** A text node, escaped. */
export const text = (content: string): string => escapeXml(content);

/** A <text> element holding escaped text. */
export const label = (content: string, attributes: Attrs): string => tag('text', attributes, text(content));

/** `M x y L x y …` through the given points, for rules and polygons. */
export const pathOf = (points: ReadonlyArray<readonly [number, number]>, close = false): string =>
  points.map(([x, y], i) => `${i === 0 ? 'M' : 'L'}${num(x)},${num(y)}`).join('') + (close ? 'Z' : '');
