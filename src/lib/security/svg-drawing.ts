/**
 * Whether an SVG from data/ (the site's logo) is a drawing and nothing more. An SVG is a document
 * that can run script, load other files and embed HTML; the logo is served from the site's own
 * address, so anything it runs would run as the site. Rather than rewrite a file staff made, the
 * portal accepts only SVGs made of drawing elements, and names what else it finds.
 */

/** Elements a logo is drawn with: shapes, text, grouping, gradients, clipping, reuse. */
const DRAWING_ELEMENTS = new Set(
  [
    'svg', 'g', 'defs', 'symbol', 'use', 'title', 'desc', 'metadata',
    'path', 'rect', 'circle', 'ellipse', 'line', 'polyline', 'polygon',
    'text', 'tspan', 'textpath',
    'lineargradient', 'radialgradient', 'stop', 'clippath', 'mask', 'pattern', 'filter',
    'fegaussianblur', 'feoffset', 'feblend', 'fecolormatrix', 'fecomposite', 'feflood', 'femerge', 'femergenode',
    'style',
  ],
);

/**
 * The first thing in `svg` that is not drawing, said so a person can find it, or null when the SVG
 * is only drawing: an element outside the drawing ones (script, foreignObject, animation, iframe…),
 * an event attribute (onload=…), a link to anything but a part of the same file (href="#id"), a
 * url(…) or @import to another file, or a DOCTYPE (entities).
 */
export function notDrawing(svg: string): { what: string; index: number } | null {
  const found = (what: string, match: RegExpExecArray | RegExpMatchArray) => ({ what, index: match.index ?? 0 });
  const declaration = /<!DOCTYPE|<!ENTITY|<\?xml-stylesheet/i.exec(svg);
  if (declaration) return found(`a ${declaration[0].slice(1)} declaration`, declaration);
  for (const match of svg.matchAll(/<\s*([A-Za-z][\w.:-]*)/g)) {
    const name = match[1]!;
    const local = name.includes(':') ? name.slice(name.indexOf(':') + 1) : name;
    if (!DRAWING_ELEMENTS.has(local.toLowerCase())) return found(`the element <${name}>`, match);
  }
  const event = /\s(on[a-z]+)\s*=/i.exec(svg);
  if (event) return found(`the event attribute ${event[1]}`, event);
  for (const match of svg.matchAll(/\s((?:[\w-]+:)?href)\s*=\s*(["'])(.*?)\2/gis)) {
    if (!match[3]!.trim().startsWith('#')) return found(`the link ${match[1]}="${match[3]!.slice(0, 60)}"`, match);
  }
  for (const match of svg.matchAll(/url\(\s*(['"]?)(.*?)\1\s*\)/gis)) {
    if (!match[2]!.trim().startsWith('#')) return found(`url(${match[2]!.slice(0, 60)})`, match);
  }
  const atImport = /@import/i.exec(svg);
  return atImport ? found('an @import', atImport) : null;
}
