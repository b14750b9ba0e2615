/**
 * Loads the chart explorer (explore/explore-app.ts, with D3 and the chart functions) only for a
 * reader who asks for it. Before that a page carries this file and the build's complete chart; the
 * button "compare, choose years…" under the chart is shown (it is hidden without JavaScript, where
 * it could do nothing). Pointing at the button or focusing it fetches the explorer, so that it is
 * there by the time of the click. A link that already holds a view, and the explore page, start it
 * at once.
 */
import { asksForView } from '../lib/explore/query-keys.ts';

const app = () => import('./explore/explore-app.ts');
const started = new WeakSet<HTMLElement>();

function startExplorer(figure: HTMLElement): void {
  if (started.has(figure)) return;
  started.add(figure);
  void app().then(({ startSafely }) => startSafely(figure));
}

for (const figure of document.querySelectorAll<HTMLElement>('[data-explore]')) {
  const mode = (JSON.parse(figure.dataset['explore'] ?? '{}') as { mode?: string }).mode;
  const toggle = figure.querySelector<HTMLButtonElement>('[data-explore-toggle]');
  if (toggle) {
    toggle.hidden = false;
    for (const type of ['pointerenter', 'focus', 'touchstart'] as const) toggle.addEventListener(type, () => void app(), { once: true, passive: true });
    toggle.addEventListener('click', () => startExplorer(figure), { once: true });
  }
  // An embed without a view in its address stays as the build drew it.
  if (mode === 'explore' || asksForView(location.search)) startExplorer(figure);
}
