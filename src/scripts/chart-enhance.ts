/**
 * Enhances the charts drawn at build time (ChartFigure.astro); without it they are complete SVG
 * with a summary and a data table. It adds: a tooltip on hover or focus of a point; keyboard
 * reading (the chart takes focus, Left/Right walk a series, Up/Down change series, Home/End jump,
 * and each point's label is read out through the figure's polite live region); and buttons to
 * switch series on and off when a chart draws two or more lines. Everything it needs is in data-*
 * attributes, so it carries no chart logic and no D3.
 */

const ACTIVE = 'is-active';
/** How near (in CSS pixels) the pointer must come to a point to show it. */
const POINTER_REACH = 32;
/** Space between a point and its tooltip. */
const GAP = 10;
/** Sent to a drawing when its series change, so it can drop a highlight that went out of sight. */
const REFRESH = 'chart-series-change';

interface Mark {
  el: SVGGraphicsElement;
  series: string;
  x: number;
}

/** A point of a series that is switched on and not on its way out of a redrawn view (aria-hidden while it fades). */
const visible = (el: Element): boolean => {
  const series = el.closest<SVGElement>('.series');
  return series?.style.display !== 'none' && series?.getAttribute('aria-hidden') !== 'true';
};

function enhanceSvg(figure: HTMLElement, svg: SVGSVGElement, live: HTMLElement | null): void {
  const frame = svg.parentElement;
  if (frame === null) return;
  const marks = (): Mark[] =>
    [...svg.querySelectorAll<SVGGraphicsElement>('.mark[data-label]')]
      .filter(visible)
      .map((el) => ({ el, series: el.dataset['series'] ?? '', x: Number(el.dataset['x'] ?? 0) }));
  if (marks().length === 0) return;

  const tooltip = document.createElement('div');
  tooltip.className = 'chart-tooltip';
  tooltip.hidden = true;
  // The live region speaks for keyboard users; the tooltip is for the eyes only.
  tooltip.setAttribute('aria-hidden', 'true');
  frame.append(tooltip);

  let active: SVGGraphicsElement | null = null;

  const show = (el: SVGGraphicsElement, announce: boolean) => {
    active?.classList.remove(ACTIVE);
    active = el;
    el.classList.add(ACTIVE);
    const label = el.dataset['label'] ?? '';
    tooltip.textContent = label;
    tooltip.hidden = false;
    // Above the point, centred, but kept inside the drawing at either edge; below it when there is no room above.
    const box = el.getBoundingClientRect();
    const outer = frame.getBoundingClientRect();
    const centre = box.left + box.width / 2 - outer.left;
    const left = Math.min(Math.max(centre - tooltip.offsetWidth / 2, 0), Math.max(0, outer.width - tooltip.offsetWidth));
    const above = box.top - outer.top - tooltip.offsetHeight - GAP;
    tooltip.style.left = `${left}px`;
    tooltip.style.top = `${above >= 0 ? above : box.bottom - outer.top + GAP}px`;
    if (announce && live) live.textContent = label;
  };

  const hide = () => {
    active?.classList.remove(ACTIVE);
    active = null;
    tooltip.hidden = true;
  };

  svg.addEventListener('pointermove', (event) => {
    let best: SVGGraphicsElement | null = null;
    let bestDistance = POINTER_REACH;
    for (const { el } of marks()) {
      const box = el.getBoundingClientRect();
      const dx = Math.max(box.left - event.clientX, 0, event.clientX - box.right);
      const dy = Math.max(box.top - event.clientY, 0, event.clientY - box.bottom);
      const distance = Math.hypot(dx, dy);
      if (distance < bestDistance) [best, bestDistance] = [el, distance];
    }
    if (best === null) {
      if (document.activeElement !== svg) hide();
    } else if (best !== active) show(best, false);
  });
  svg.addEventListener('pointerleave', () => {
    if (document.activeElement !== svg) hide();
  });

  svg.setAttribute('tabindex', '0');
  const hint = figure.dataset['keyboardHint'];
  if (hint) {
    const id = `${svg.id || (svg.getAttribute('aria-labelledby') ?? 'chart').split(' ')[0]}-keys`;
    const p = document.createElement('p');
    p.id = id;
    p.className = 'visually-hidden';
    p.textContent = hint;
    frame.append(p);
    svg.setAttribute('aria-describedby', id);
  }
  svg.addEventListener('focus', () => {
    const first = marks()[0];
    if (first) show(active ?? first.el, true);
  });
  svg.addEventListener('blur', hide);
  // A series switched off, or a view redrawn (explore/morph.ts), may have taken the highlighted point.
  svg.addEventListener(REFRESH, () => {
    if (active && (!active.isConnected || !visible(active))) hide();
  });
  svg.addEventListener('keydown', (event) => {
    const all = marks();
    if (all.length === 0) return;
    const current = all.find((m) => m.el === active) ?? all[0]!;
    const seriesKeys = [...new Set(all.map((m) => m.series))];
    const inSeries = (key: string) => all.filter((m) => m.series === key).sort((a, b) => a.x - b.x);
    const own = inSeries(current.series);
    const at = own.indexOf(current);
    let next: Mark | undefined;
    switch (event.key) {
      case 'ArrowRight':
        next = own[Math.min(at + 1, own.length - 1)];
        break;
      case 'ArrowLeft':
        next = own[Math.max(at - 1, 0)];
        break;
      case 'Home':
        next = own[0];
        break;
      case 'End':
        next = own[own.length - 1];
        break;
      case 'ArrowUp':
      case 'ArrowDown': {
        const step = event.key === 'ArrowDown' ? 1 : -1;
        const key = seriesKeys[Math.min(Math.max(seriesKeys.indexOf(current.series) + step, 0), seriesKeys.length - 1)]!;
        // The point of the other series nearest in time to the current one.
        next = inSeries(key).reduce((a, b) => (Math.abs(b.x - current.x) < Math.abs(a.x - current.x) ? b : a));
        break;
      }
      case 'Escape':
        tooltip.hidden = true;
        return;
      default:
        return;
    }
    event.preventDefault();
    if (next) show(next.el, true);
  });
}

/** On/off buttons for each line, acting on every drawing of the chart in the figure (narrow and wide). */
function addToggles(figure: HTMLElement, svgs: SVGSVGElement[]): void {
  const source = svgs.find((svg) => svg.dataset['seriesToggle'] !== undefined);
  if (!source) return;
  const series = [...source.querySelectorAll<SVGGElement>('g.series[data-series]')];
  if (series.length < 2) return;
  const group = document.createElement('div');
  group.className = 'chart-toggles';
  group.setAttribute('role', 'group');
  group.setAttribute('aria-label', figure.dataset['toggleLabel'] ?? '');
  for (const g of series) {
    const key = g.dataset['series']!;
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = g.dataset['seriesLabel'] || key;
    button.setAttribute('aria-pressed', 'true');
    button.addEventListener('click', () => {
      const on = button.getAttribute('aria-pressed') !== 'true';
      button.setAttribute('aria-pressed', String(on));
      for (const svg of svgs) {
        for (const el of svg.querySelectorAll<SVGGElement>('g.series')) if (el.dataset['series'] === key) el.style.display = on ? '' : 'none';
        svg.dispatchEvent(new Event(REFRESH));
      }
    });
    group.append(button);
  }
  source.closest('.chart-frame')?.before(group);
}

for (const figure of document.querySelectorAll<HTMLElement>('[data-chart-figure]')) {
  const svgs = [...figure.querySelectorAll<SVGSVGElement>('svg.chart-svg')];
  if (svgs.length === 0) continue;
  const live = figure.querySelector<HTMLElement>('[data-chart-live]');
  for (const svg of svgs) enhanceSvg(figure, svg, live);
  addToggles(figure, svgs.filter((svg) => svg.closest('[data-main-chart]')));
}
