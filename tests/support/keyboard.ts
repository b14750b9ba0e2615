/**
 * Moving through a page as a keyboard user does, one Tab at a time, and recording at every stop
 * what the reader sees of the focus: the outline's style, width and colour, and its contrast with
 * what lies just outside the element (where an offset outline is drawn). Code for the page goes as
 * strings: Vitest rewrites functions passed to page.evaluate.
 */
import type { Page } from 'playwright-core';

export interface FocusStop {
  /** e.g. `a "Mục tiêu" /goals/` */
  element: string;
  /** Whether the focused element matches the selector looked for. */
  matches: boolean;
  /** The computed outline, as "style width colour". */
  outline: string;
  style: string;
  /** In CSS pixels. */
  width: number;
  /** Contrast ratio of the outline with what is behind it, at its left, right, top and bottom; 0 where it is clipped. */
  contrasts: number[];
}

/** WCAG 2.2 1.4.11 (non-text contrast) and 2.4.13 (focus appearance): 3:1, and at least 2 px. */
export const FOCUS_CONTRAST = 3;
export const FOCUS_WIDTH = 2;

const focusStop = (selector: string) => `(() => {
  const el = document.activeElement;
  if (!el || el === document.body) return null;
  const cs = getComputedStyle(el);
  const rgba = (c) => {
    const m = c.match(/rgba?\\(([^)]+)\\)/);
    if (!m) return null;
    const [r, g, b, a = 1] = m[1].split(/[\\s,\\/]+/).filter(Boolean).map(Number);
    return { r, g, b, a };
  };
  const luminance = ({ r, g, b }) => {
    const f = (v) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
    return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
  };
  const box = el.getBoundingClientRect();
  const reach = parseFloat(cs.outlineOffset) + parseFloat(cs.outlineWidth) / 2;
  const [midX, midY] = [box.left + box.width / 2, box.top + box.height / 2];
  // What lies under the middle of each side of the outline: left, right, top, bottom.
  const sides = [[box.left - reach, midY], [box.right + reach, midY], [midX, box.top - reach], [midX, box.bottom + reach]];
  const colour = rgba(cs.outlineColor);
  // A box that clips its overflow (a scrolling row, say) cuts off an outline drawn outside it.
  const clippers = [];
  for (let e = el.parentElement; e; e = e.parentElement) {
    const o = getComputedStyle(e);
    if (o.overflowX !== 'visible' || o.overflowY !== 'visible') clippers.push(e.getBoundingClientRect());
  }
  const contrasts = sides.map(([x, y]) => {
    if (clippers.some((r) => x < r.left || x > r.right || y < r.top || y > r.bottom)) return 0;
    x = Math.min(Math.max(x, 0), innerWidth - 1);
    y = Math.min(Math.max(y, 0), innerHeight - 1);
    const under = document.elementsFromPoint(x, y).find((e) => e !== el && !el.contains(e)) ?? document.documentElement;
    let background = { r: 255, g: 255, b: 255, a: 1 };
    for (let e = under; e; e = e.parentElement) {
      const c = rgba(getComputedStyle(e).backgroundColor);
      if (c && c.a > 0) { background = c; break; }
    }
    const [hi, lo] = [luminance(colour), luminance(background)].sort((a, b) => b - a);
    return Math.round(((hi + 0.05) / (lo + 0.05)) * 100) / 100;
  });
  const name = (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().replace(/\\s+/g, ' ').slice(0, 50);
  return {
    element: el.tagName.toLowerCase() + (name ? ' "' + name + '"' : '') + (el.getAttribute('href') ? ' ' + el.getAttribute('href') : ''),
    matches: el.matches(${JSON.stringify(selector)}),
    outline: cs.outlineStyle + ' ' + cs.outlineWidth + ' ' + cs.outlineColor,
    style: cs.outlineStyle,
    width: parseFloat(cs.outlineWidth),
    contrasts,
  };
})()`;

/**
 * Presses Tab (Shift+Tab when `backwards`) until the focused element matches `selector`, and
 * returns every stop on the way, the last one being the match. Fails, listing the stops, when no
 * match comes within `max` presses.
 */
export async function tabTo(page: Page, selector: string, { backwards = false, max = 200 } = {}): Promise<FocusStop[]> {
  const stops: FocusStop[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
    const stop = (await page.evaluate(focusStop(selector))) as FocusStop | null;
    if (stop === null) continue;
    stops.push(stop);
    if (stop.matches) return stops;
  }
  throw new Error(`no Tab stop matching ${selector} within ${max} presses on ${page.url()}; stops: ${stops.map((s) => s.element).join(' | ')}`);
}

/**
 * The stops whose focus a reader could miss: no outline, a thin one, or one too faint on more than
 * one side. One side may fade into a neighbour (the header's search box and its button touch).
 */
export function unclearFocus(stops: FocusStop[]): string[] {
  const faint = (s: FocusStop) => s.contrasts.filter((c) => c < FOCUS_CONTRAST).length > 1;
  return stops
    .filter((s) => s.style === 'none' || s.style === 'hidden' || s.width < FOCUS_WIDTH || faint(s))
    .map((s) => `${s.element}: outline ${s.outline}, contrast ${s.contrasts.join(', ')} (left, right, top, bottom)`)
    .filter((line, i, lines) => lines.indexOf(line) === i);
}
