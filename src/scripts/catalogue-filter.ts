/**
 * Enhances the data catalogue: shows the filter form, which the page hides for readers without
 * JavaScript (they get the complete list), filters the list as the reader types or ticks, says how
 * many datasets remain in a live region, and keeps the filter in the address so it can be shared.
 */
import { filterFromParams, filterToParams, matchesFilter, type CatalogueFilter } from '../lib/catalogue-query.ts';

const words = (text: string | undefined): string[] => (text ?? '').split(' ').filter(Boolean);

export function enhanceCatalogue(root: Document): void {
  const form = root.querySelector<HTMLFormElement>('form[data-catalogue-filter]');
  const count = root.querySelector<HTMLElement>('[data-count-template]');
  const items = [...root.querySelectorAll<HTMLElement>('[data-dataset]')];
  if (form === null || count === null || items.length === 0) return;
  const entries = items.map((element) => ({
    element,
    item: {
      pillars: words(element.dataset['pillars']),
      provenance: words(element.dataset['provenance']),
      publishers: words(element.dataset['publishers']),
      text: element.dataset['text'] ?? '',
    },
  }));

  const read = (): CatalogueFilter => {
    const data = new FormData(form);
    return {
      q: String(data.get('q') ?? ''),
      pillars: data.getAll('pillar').map(String),
      provenance: data.getAll('provenance').map(String),
      publisher: String(data.get('publisher') ?? ''),
    };
  };

  const write = (filter: CatalogueFilter) => {
    (form.elements.namedItem('q') as HTMLInputElement).value = filter.q;
    (form.elements.namedItem('publisher') as HTMLSelectElement).value = filter.publisher;
    for (const box of form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
      box.checked = (box.name === 'pillar' ? filter.pillars : filter.provenance).includes(box.value);
    }
  };

  let said = '';
  const apply = () => {
    const filter = read();
    let shown = 0;
    for (const { element, item } of entries) {
      const keep = matchesFilter(item, filter);
      element.hidden = !keep;
      if (keep) shown++;
    }
    const template = count.dataset['countTemplate'] ?? '';
    const text = `${template.replace('{shown}', String(shown)).replace('{total}', String(entries.length))}${shown === 0 ? ` ${count.dataset['none'] ?? ''}` : ''}`;
    // Only a change is announced, so screen readers are not told the same count twice.
    if (text !== said) count.textContent = said = text;
    const params = filterToParams(filter).toString();
    history.replaceState(history.state, '', `${location.pathname}${params ? `?${params}` : ''}${location.hash}`);
  };

  const initial = filterFromParams(new URLSearchParams(location.search));
  write(initial);
  form.hidden = false;
  // The facets fold away on a phone, but stay open in the sidebar of a wide screen, and whenever the
  // address already asks for one of them.
  const facets = form.querySelector<HTMLDetailsElement>('details[data-open-wide]');
  const wide = matchMedia('(min-width: 64em)');
  const asked = initial.pillars.length + initial.provenance.length > 0 || initial.publisher !== '';
  if (facets !== null) {
    facets.open = wide.matches || asked;
    wide.addEventListener('change', () => {
      if (wide.matches) facets.open = true;
    });
  }
  form.addEventListener('input', apply);
  form.addEventListener('change', apply);
  // The form's reset happens after its event: filter once the fields are cleared.
  form.addEventListener('reset', () => setTimeout(apply));
  form.addEventListener('submit', (event) => event.preventDefault());
  apply();
}
