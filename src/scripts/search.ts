/**
 * The search page's script (SearchPage.astro). It loads Pagefind's own files only once there is
 * something to search: the page opened with ?q=…, or the reader types. Results show their title,
 * type and a Pagefind excerpt whose <mark>s highlight the match; the count, or "no results", is
 * announced through a live region. The form keeps working as a GET form; the URL follows the
 * state, so a search can be shared. The index spells đ so that it folds to d (stroke-d.ts): the
 * query is spelt the same way, and the results' text is spelt back.
 */
import { pagefindFilters, readState, writeState, type SearchState } from '../lib/search/query-state.ts';
import { foldStrokeD, unfoldStrokeD } from '../lib/search/stroke-d.ts';

interface ResultData {
  url: string;
  excerpt: string;
  meta: { title?: string; explore?: string };
  filters: Record<string, string[]>;
}
interface Result {
  data(): Promise<ResultData>;
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  search(q: string, o: { filters: object }): Promise<{ results: Result[] } | null>;
}
interface Text {
  type: Record<string, string>;
  language: Record<string, string>;
  count: string;
  none: string;
  noneHelp: string;
  loading: string;
  error: string;
  /** The link to explore an indicator found (compare, choose years, download). */
  explore: string;
}

/** Results added per page of results, and per "show more". */
const PAGE = 10;

const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));

function start(root: HTMLElement): void {
  const form = root.querySelector('form')!;
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const filterBox = root.querySelector<HTMLDetailsElement>('[data-search-filters]')!;
  const status = root.querySelector<HTMLElement>('[data-search-status]')!;
  const list = root.querySelector<HTMLOListElement>('[data-search-results]')!;
  const more = root.querySelector<HTMLButtonElement>('[data-search-more]')!;
  const text = JSON.parse(root.dataset['text']!) as Text;
  const locale = root.dataset['locale'];
  const checks = [...form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];

  let pagefind: Promise<Pagefind> | undefined;
  const load = () =>
    (pagefind ??= (import(/* @vite-ignore */ `${root.dataset['bundle']}pagefind.js`) as Promise<Pagefind>).then(async (pf) => {
      // pageLength below Pagefind's 0.75: the pages that answer a query best are often long because
      // they carry their data (a table of every province, every year), and the default length
      // penalty put a short page that only mentions the words ahead of them ("kinh tế số" found
      // the GRDP page before the digital economy's own dataset and share).
      await pf.options({ baseUrl: root.dataset['base'], excerptLength: 26, ranking: { pageLength: 0.4 } });
      return pf;
    }));

  const state = (): SearchState => readState(new URLSearchParams(new FormData(form) as unknown as Record<string, string>));

  let run = 0;
  let pending: Result[] = [];

  const item = (result: ResultData): HTMLLIElement => {
    const li = document.createElement('li');
    const title = li.appendChild(document.createElement('p'));
    title.className = 'result-title';
    const link = title.appendChild(document.createElement('a'));
    link.href = result.url;
    link.textContent = unfoldStrokeD(result.meta.title ?? result.url);
    const labels = li.appendChild(document.createElement('p'));
    labels.className = 'result-labels';
    const lang = result.filters['language']?.[0];
    for (const label of [text.type[result.filters['type']?.[0] ?? ''], lang !== locale && lang ? text.language[lang] : undefined]) {
      if (label) labels.appendChild(document.createElement('span')).textContent = label;
    }
    if (lang) link.lang = lang;
    // An indicator that can be compared across provinces or years links to it in the explorer.
    const explore = result.meta.explore;
    if (explore) {
      const to = labels.appendChild(document.createElement('a'));
      to.href = explore;
      to.textContent = text.explore;
      const which = to.appendChild(document.createElement('span'));
      which.className = 'visually-hidden';
      which.textContent = `: ${link.textContent}`;
    }
    const excerpt = li.appendChild(document.createElement('p'));
    excerpt.className = 'result-excerpt';
    // Pagefind's excerpt is the page's own text, HTML-escaped, with <mark> around the matches.
    excerpt.innerHTML = unfoldStrokeD(result.excerpt);
    return li;
  };

  const showMore = async (current: number) => {
    const batch = pending.splice(0, PAGE);
    const data = await Promise.all(batch.map((r) => r.data()));
    if (current !== run) return;
    list.append(...data.map(item));
    more.hidden = pending.length === 0;
  };

  const search = async () => {
    const current = ++run;
    const s = state();
    const params = writeState(s).toString();
    history.replaceState(null, '', params === '' ? location.pathname : `?${params}`);
    if (s.query === '') {
      list.replaceChildren();
      status.textContent = '';
      more.hidden = true;
      return;
    }
    status.textContent = text.loading;
    try {
      const pf = await load();
      const filters = pagefindFilters(s);
      const found = await pf.search(foldStrokeD(s.query), { filters });
      if (found === null || current !== run) return;
      pending = [...found.results];
      const count = pending.length;
      list.replaceChildren();
      await showMore(current);
      if (current !== run) return;
      const query = s.query;
      // Said once the results are on the page, so the announcement and the list agree.
      status.textContent = count === 0 ? `${fill(text.none, { query })} ${text.noneHelp}` : fill(text.count, { count, query });
    } catch {
      if (current === run) status.textContent = text.error;
    }
  };

  let timer: number | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = window.setTimeout(search, 180);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    void search();
  });
  form.addEventListener('change', (event) => {
    if ((event.target as HTMLElement).matches('input[type="checkbox"]')) void search();
  });
  more.addEventListener('click', () => {
    const first = list.children.length;
    void showMore(run).then(() => (list.children[first]?.querySelector('a') as HTMLElement | null)?.focus());
  });

  // Restore the state from the URL: what the header box or a shared link asked for.
  const initial = readState(new URLSearchParams(location.search));
  input.value = initial.query;
  for (const check of checks) check.checked = initial.filters[check.name as keyof SearchState['filters']]?.includes(check.value) ?? false;
  filterBox.hidden = false;
  if (matchMedia('(min-width: 48em)').matches || checks.some((c) => c.checked)) filterBox.open = true;
  if (initial.query !== '') void search();
}

const root = document.querySelector<HTMLElement>('[data-search]');
if (root) start(root);
