/** Small helpers for reading chart output in tests: rounding, and pulling elements out of SVG text. */

/** To one decimal, so geometry compares without floating-point noise (d3-shape's own tests do the same). */
export const round = (n: number): number => Math.round(n * 10) / 10;

/** Every number in a string rounded to one decimal: SVG paths compared as text. */
export const roundNumbers = (text: string): string => text.replace(/-?\d+(\.\d+)?/g, (n) => String(round(Number(n))));

/** Opening tags of the given element name, e.g. every `<path …>` of an SVG. */
export const tags = (svg: string, name: string): string[] => svg.match(new RegExp(`<${name}\\b[^>]*>`, 'g')) ?? [];

/** The value of an attribute in one opening tag, unescaped of nothing: as written. */
export const attr = (tag: string, name: string): string | undefined => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];

/** Elements (opening tags) whose class list holds `className`. */
export const withClass = (svg: string, className: string): string[] =>
  (svg.match(/<[a-z]+\b[^>]*>/g) ?? []).filter((t) => (attr(t, 'class') ?? '').split(' ').includes(className));
