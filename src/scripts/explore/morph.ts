/**
 * Puts a newly drawn chart in place of the one on the page. The drawing is the same SVG the build
 * makes (lib/charts/render.ts, run in the browser); this joins it to what is on screen with
 * d3-selection, keyed by series, so a line that stays is updated in place, a line that arrives fades
 * in and one that leaves fades out. The <svg> element itself is kept: it carries the keyboard
 * reading and tooltips of chart-enhance.ts, and the reader's focus when they are reading it.
 *
 * The fades are the browser's own animations (Element.animate), not d3-transition: they only
 * change opacity, and d3-transition (with d3-timer, d3-ease and d3-dispatch) weighed about 4 kB
 * gzipped in a bundle that has a 40 kB budget.
 */
import { select } from 'd3-selection';

/** The longest transition: changes read as changes without making a reader wait. */
export const TRANSITION_MS = 250;

/** Zero under prefers-reduced-motion: the new picture simply replaces the old. */
export const transitionMs = (): number => (matchMedia('(prefers-reduced-motion: reduce)').matches ? 0 : TRANSITION_MS);

/** Attributes of the root <svg> that describe the drawing (its size, labels, kind); the rest belong to the page. */
const DRAWING_ATTRIBUTES = ['viewBox', 'width', 'height', 'aria-labelledby', 'data-chart-kind', 'data-series-toggle'];

const seriesKey = (el: Element): string => (el as SVGGElement).dataset['series'] ?? '';

/** Replaces the drawing inside `svg` with `markup` (a complete <svg> document). */
export function morphChart(svg: SVGSVGElement, markup: string): void {
  const next = new DOMParser().parseFromString(markup, 'image/svg+xml').documentElement as unknown as SVGSVGElement;
  const duration = transitionMs();
  for (const name of DRAWING_ATTRIBUTES) {
    const value = next.getAttribute(name);
    if (value === null) svg.removeAttribute(name);
    else svg.setAttribute(name, value);
  }
  const incoming = [...next.querySelectorAll<SVGGElement>(':scope > g.series')];
  const sameKind = svg.querySelector(':scope > g.series') !== null && incoming.length > 0;
  // Everything but the series (axes, legend, title, notes) is the new drawing's, in its order.
  const onScreen = [...svg.querySelectorAll<SVGGElement>(':scope > g.series')];
  for (const child of [...svg.childNodes]) if (!(child instanceof SVGGElement && child.matches('g.series'))) child.remove();
  for (const child of [...next.childNodes]) {
    if (child instanceof Element && child.matches('g.series')) continue;
    svg.insertBefore(document.importNode(child, true), svg.querySelector(':scope > g.series'));
  }
  if (!sameKind) {
    // Another kind of chart (bars for lines, a map): nothing to carry over; the picture fades in.
    for (const g of onScreen) g.remove();
    for (const g of incoming) svg.append(document.importNode(g, true));
    if (duration > 0) fade(svg, 0.3, 1, duration);
    return;
  }
  select(svg)
    // A series still fading out of the last change is not joined: re-added, it comes in anew.
    .selectAll<SVGGElement, SVGGElement>(':scope > g.series:not(.leaving)')
    // Each series on screen is its own datum, so one key function reads old and new alike.
    .datum(function () {
      return this;
    })
    .data(incoming, seriesKey)
    .join(
      (enter) =>
        enter.append((d) => document.importNode(d, true) as SVGGElement).each(function () {
          if (duration > 0) fade(this, 0, 1, duration);
        }),
      (update) =>
        update.each(function (d) {
          // A series that stays keeps its element; its marks and lines are the new drawing's.
          for (const name of ['data-series-label']) this.setAttribute(name, d.getAttribute(name) ?? '');
          this.replaceChildren(...[...d.childNodes].map((node) => document.importNode(node, true)));
          this.style.display = '';
        }),
      (exit) =>
        exit
          // A series fading out is neither read aloud nor reached by the keyboard while it goes.
          .attr('aria-hidden', 'true')
          .classed('leaving', true)
          .each(function () {
            const leaving = this;
            if (duration === 0) leaving.remove();
            else fade(leaving, 1, 0, duration).finished.then(() => leaving.remove(), () => leaving.remove());
          }),
    )
    .order();
}

function fade(element: Element, from: number, to: number, duration: number): Animation {
  return element.animate([{ opacity: from }, { opacity: to }], { duration, easing: 'ease-out' });
}
