/**
 * Loads the chart explorer (explore/explore-app.ts, with D3 and the chart functions) only where a
 * reader may use it: when a chart that can be questioned comes near the viewport, when the reader
 * first touches it, or at once when the address already asks for a view. Until then a page carries
 * only this file and the build's complete chart.
 */
const started = new WeakSet<HTMLElement>();

function startExplorer(figure: HTMLElement): void {
  if (started.has(figure)) return;
  started.add(figure);
  void import('./explore/explore-app.ts').then(({ startSafely }) => startSafely(figure));
}

const figures = [...document.querySelectorAll<HTMLElement>('[data-explore]')];
// An embed without a view in its address stays as the build drew it.
const askedForView = location.search.length > 1;
const near = 'IntersectionObserver' in window
  ? new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          if (!entry.isIntersecting) continue;
          near?.unobserve(entry.target);
          startExplorer(entry.target as HTMLElement);
        }
      },
      { rootMargin: '200px 0px' },
    )
  : null;

for (const figure of figures) {
  const embed = figure.dataset['explore']?.includes('"mode":"embed"') ?? false;
  if (askedForView) startExplorer(figure);
  else if (embed) continue;
  else if (near) near.observe(figure);
  else startExplorer(figure);
  for (const type of ['pointerdown', 'focusin'] as const) figure.addEventListener(type, () => startExplorer(figure), { once: true });
}
