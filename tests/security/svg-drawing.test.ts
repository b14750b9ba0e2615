import { describe, expect, it } from 'vitest';
import { notDrawing } from '../../src/lib/security/svg-drawing.ts';

const svg = (inside: string, attributes = '') => `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 10 10"${attributes}>${inside}</svg>`;

describe('an SVG logo that is only drawing', () => {
  it('passes with shapes, text, gradients and links inside itself', () => {
    expect(notDrawing(svg('<title>Logo</title><defs><linearGradient id="g"><stop offset="0"/></linearGradient></defs><rect fill="url(#g)" width="10" height="10"/><use href="#g"/><text>Quảng Trị</text>'))).toBeNull();
  });

  it.each([
    ['a script element', svg('<script>alert(1)</script>'), 'the element <script>'],
    ['a namespaced script', svg('<svg:script>alert(1)</svg:script>'), 'the element <svg:script>'],
    ['HTML in a foreignObject', svg('<foreignObject><div>x</div></foreignObject>'), 'the element <foreignObject>'],
    ['an animation that can set a link', svg('<a><animate attributeName="href" values="javascript:alert(1)"/></a>'), 'the element <a>'],
    ['an event attribute', svg('<rect width="1" height="1"/>', ' onload="alert(1)"'), 'the event attribute onload'],
    ['a link to a script address', svg('<use href="javascript:alert(1)"/>'), 'the link href="javascript:alert(1)"'],
    ['an entity-escaped link', svg('<use xlink:href="&#106;avascript:alert(1)"/>'), 'the link xlink:href="&#106;avascript:alert(1)"'],
    ['an image from elsewhere', svg('<rect fill="url(https://example.com/x.svg#a)"/>'), 'url(https://example.com/x.svg#a)'],
    ['a style importing another file', svg('<style>@import "https://example.com/x.css";</style>'), 'an @import'],
    ['entities', `<!DOCTYPE svg [<!ENTITY x "y">]>${svg('')}`, 'a !DOCTYPE declaration'],
  ])('refuses %s, naming it', (_, text, what) => {
    expect(notDrawing(text)?.what).toBe(what);
  });
});
