/**
 * The chart a reader can question (issue 15), loaded by explore-boot.ts when a chart comes near the
 * viewport or the reader first touches it. It adds the controls under the chart, fetches the
 * indicator's figures and draws each view with the build's own chart functions, keeps the view in
 * the address, and makes the view's CSV, SVG and PNG. All logic that can be pure is in
 * lib/explore; this file wires it to the page.
 */
import { pick, t, type Locale } from '../../i18n/translate.ts';
import { kindSummary, renderChartSvg } from '../../lib/charts/render.ts';
import { chartSummary } from '../../lib/charts/summary.ts';
import { provinceRanking } from '../../lib/charts/ranking/province-ranking.ts';
import { NARROW_CHART, WIDE_CHART } from '../../lib/charts/sizes.ts';
import type { ChartSize } from '../../lib/charts/api.ts';
import type { Indicator, Observation } from '../../lib/indicators/model.ts';
import type { ExploreConfig } from '../../lib/explore/explore-config.ts';
import { readExploreData } from '../../lib/explore/explore-data.ts';
import {
  defaultView, exploreChoices, isDefaultView, MAX_COMPARED, selectView, trackedName, viewAnnouncement, viewChartKind, withinYears,
  type ExploreChoices, type ExploreView, type MeasurePair,
} from '../../lib/explore/explore-view.ts';
import { parseViewQuery, viewQuery } from '../../lib/explore/view-query.ts';
import { INDICATOR_KEY } from '../../lib/explore/query-keys.ts';
import { viewCsv, viewTable } from '../../lib/explore/view-table.ts';
import { composePicture } from '../../lib/explore/picture.ts';
import { changeNotes, changeSince, changeSummary, type Change } from '../../lib/explore/change-since.ts';
import { besideOriginal } from '../../i18n/translate.ts';
import { formatDate, formatPeriod } from '../../lib/format.ts';
import { foldForSearch } from '../../lib/text/fold.ts';
import { morphChart } from './morph.ts';
// A file of its own, fetched with the explorer: imported plainly, the build would put these rules
// into the styles of every page with a chart, opened or not.
import stylesheet from './explore.css?url';

interface Loaded {
  indicator: Indicator;
  pair: MeasurePair | null;
}

/** What the figure showed when the page arrived: put back as it was when the reader returns to the default view. */
interface Original {
  drawings: { svg: SVGSVGElement; attributes: [string, string][]; children: Node[] }[];
  heading: string;
  summary: string;
  table: Node[];
  sources: Node[];
}

const DRAWINGS: [suffix: 'narrow' | 'wide', size: ChartSize][] = [['narrow', NARROW_CHART], ['wide', WIDE_CHART]];

const el = <K extends keyof HTMLElementTagNameMap>(name: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] => {
  const element = Object.assign(document.createElement(name), props);
  element.append(...children);
  return element;
};

const cache = new Map<string, Promise<Loaded>>();
function load(config: ExploreConfig, id: string): Promise<Loaded> {
  let loaded = cache.get(id);
  if (loaded === undefined) {
    loaded = fetch(`${config.dataPath}${encodeURIComponent(id)}.json`).then(async (response) => {
      if (!response.ok) throw new Error(`${response.status} ${response.url}`);
      return readExploreData(await response.text());
    });
    cache.set(id, loaded);
  }
  return loaded;
}

function download(name: string, blob: Blob): void {
  const href = URL.createObjectURL(blob);
  const a = el('a', { href, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(href), 10_000);
}

/** The SVG drawn to a canvas at twice its size: a PNG that stays sharp on a slide or in print. */
async function pngOf(svg: string, width: number, height: number): Promise<Blob> {
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  await image.decode();
  const canvas = el('canvas', { width: width * 2, height: height * 2 });
  const context = canvas.getContext('2d')!;
  context.drawImage(image, 0, 0, width * 2, height * 2);
  return new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('toBlob'))), 'image/png'));
}

/** The panel's stylesheet, once per page; resolved when it has loaded, so the panel never shows unstyled. */
let styled: Promise<void> | null = null;
function loadStyles(): Promise<void> {
  styled ??= new Promise((resolve) => {
    const link = el('link', { rel: 'stylesheet', href: stylesheet });
    link.addEventListener('load', () => resolve());
    // Without its styles the panel still works: plain form controls.
    link.addEventListener('error', () => resolve());
    document.head.append(link);
  });
  return styled;
}

export async function start(figure: HTMLElement): Promise<void> {
  const config = JSON.parse(figure.dataset['explore'] ?? '{}') as ExploreConfig;
  const locale: Locale = config.locale;
  const tr = t(locale);
  const live = figure.querySelector<HTMLElement>('[data-chart-live]');
  const mainFrame = figure.querySelector<HTMLElement>('[data-main-chart]')!;
  const details = figure.querySelector<HTMLDetailsElement>('details.chart-data')!;
  const heading = figure.querySelector<HTMLElement>('.chart-heading')!;
  const summary = figure.querySelector<HTMLElement>('.chart-summary')!;
  const sourcesLine = figure.querySelector<HTMLElement>('.chart-sources')!;
  const tiles = [...figure.querySelectorAll<HTMLElement>('[data-tiles]')];
  const toggles = () => figure.querySelector<HTMLElement>('.chart-toggles');
  const svgOf = (suffix: string) => mainFrame.querySelector<SVGSVGElement>(`.chart-${suffix} svg`)!;
  const original: Original = {
    drawings: DRAWINGS.map(([suffix]) => {
      const svg = svgOf(suffix);
      return { svg, attributes: [...svg.attributes].map((a) => [a.name, a.value] as [string, string]), children: [...svg.childNodes].map((n) => n.cloneNode(true)) };
    }),
    heading: heading.textContent ?? '',
    summary: summary.textContent ?? '',
    table: [...details.childNodes].map((n) => n.cloneNode(true)),
    sources: [...sourcesLine.childNodes].map((n) => n.cloneNode(true)),
  };
  let savedToggles: HTMLElement | null = null;

  const pageParams = () => new URLSearchParams(location.search);
  const chosenIndicator = () => (config.mode === 'explore' && config.indicators?.some((i) => i.id === pageParams().get(INDICATOR_KEY)) ? pageParams().get(INDICATOR_KEY)! : config.indicator);

  // The state of the view on screen, replaced as a whole by settle() once everything a change needs
  // has loaded: the indicator of the page (or the one chosen on the explore page), the one shown
  // (its rank, say), what the shown one offers, the page's default view and the view itself.
  let indicatorId = chosenIndicator();
  const [loaded] = await Promise.all([load(config, indicatorId), config.mode === 'embed' ? null : loadStyles()]);
  let base = loaded;
  let active = loaded;
  let choices = exploreChoices(base.indicator, base.pair);
  let defaults = defaultView(base.indicator, choices);
  let view = defaults;
  /** The map's note of the view on screen: which period it shows, or why there is none. */
  let mapNote = '';

  const form = el('form', { className: 'explore-controls' });
  form.setAttribute('aria-labelledby', `${config.idPrefix}-explore-title`);
  form.addEventListener('submit', (event) => event.preventDefault());
  const downloads = el('div', { className: 'explore-downloads' });
  const panel = el('section', { className: 'explore-panel' }, form, downloads);
  panel.setAttribute('aria-labelledby', `${config.idPrefix}-explore-title`);
  // An embed draws the view its address asks for, without the controls. Elsewhere the panel opens
  // under the button that loaded the explorer, which then shows and hides it.
  const toggle = figure.querySelector<HTMLButtonElement>('[data-explore-toggle]');
  if (config.mode !== 'embed') {
    panel.id = `${config.idPrefix}-explore-panel`;
    (toggle ?? tiles[tiles.length - 1] ?? mainFrame).after(panel);
    if (toggle) {
      toggle.setAttribute('aria-controls', panel.id);
      toggle.setAttribute('aria-expanded', 'true');
      toggle.addEventListener('click', () => {
        const open = toggle.getAttribute('aria-expanded') !== 'true';
        toggle.setAttribute('aria-expanded', String(open));
        panel.hidden = !open;
      });
    }
  }
  let link: HTMLAnchorElement;


  function restoreOriginal(): void {
    for (const { svg, attributes, children } of original.drawings) {
      for (const name of [...svg.getAttributeNames()]) if (name !== 'tabindex' && name !== 'aria-describedby' && name !== 'style') svg.removeAttribute(name);
      for (const [name, value] of attributes) svg.setAttribute(name, value);
      svg.replaceChildren(...children.map((n) => n.cloneNode(true)));
      svg.dispatchEvent(new Event('chart-series-change'));
    }
    heading.textContent = original.heading;
    summary.textContent = original.summary;
    details.replaceChildren(...original.table.map((n) => n.cloneNode(true)));
    sourcesLine.replaceChildren(...original.sources.map((n) => n.cloneNode(true)));
    if (savedToggles) {
      // The drawing is back with every line shown: so are the buttons.
      for (const button of savedToggles.querySelectorAll('button')) button.setAttribute('aria-pressed', 'true');
      mainFrame.before(savedToggles);
    }
    savedToggles = null;
  }

  function tableOf(shownIndicator: Indicator, rows: readonly Observation[]): HTMLElement {
    const table = viewTable(shownIndicator, rows, locale);
    const captionId = `${config.idPrefix}-view-table`;
    const caption = el('caption', { id: captionId }, tr('chart.tableCaption', { title: pick(locale, shownIndicator.title.vi, shownIndicator.title.en) }));
    const head = el('tr', {}, ...table.columns.map((c) => el('th', { scope: 'col', className: c.numeric ? 'num' : '' }, c.text)));
    const body = table.rows.map((row) =>
      el(
        'tr',
        {},
        ...row.cells.map((cell, i) => {
          const numeric = table.columns[i]!.numeric;
          if (i === row.cells.length - 1 && row.missing) return el('td', { className: 'num' }, el('span', {}, '—'), el('span', { className: 'visually-hidden' }, tr('chart.noFigure')));
          return el('td', { className: numeric ? 'num' : i === 0 ? 'nowrap' : '' }, cell);
        }),
        el('td', {}, el('a', { href: row.source.href }, row.source.name), ...(row.note ? [el('p', { className: 'note' }, row.note)] : [])),
      ),
    );
    const scroll = el('div', { className: 'table-scroll', tabIndex: 0 }, el('table', { className: 'explore-table' }, caption, el('thead', {}, head), el('tbody', {}, ...body)));
    scroll.setAttribute('role', 'region');
    scroll.setAttribute('aria-labelledby', captionId);
    scroll.querySelector('table')!.setAttribute('aria-labelledby', captionId);
    return scroll;
  }

  function sourcesOf(shownIndicator: Indicator): string[] {
    return shownIndicator.sources.map((s) => `${besideOriginal(locale, s.publisher, s.publisher_en)}, ${s.date ? formatDate(s.date, locale) : tr('chart.undated')}`);
  }

  /**
   * What the view shows, drawn: the shown indicator (as change since a year, where asked), the chart
   * kind, the rows of its table, the changes behind them and the series a change had to leave out.
   */
  function shownBy(indicator: Indicator, v: ExploreView) {
    const inYears = withinYears(indicator, v);
    const map = v.display === 'map' ? provinceRanking(inYears) : null;
    const effective: ExploreView = map ? { ...v, since: null } : { ...v, display: v.display === 'map' ? 'chart' : v.display };
    const since = indicator.isRank ? null : effective.since;
    // A change is worked out over every year, so that its base may lie before the years shown; then narrowed.
    const selected = map ? inYears : selectView(indicator, since === null ? effective : { ...effective, from: null, to: null });
    const whole = since === null ? null : changeSince(selected, since);
    const shown = whole === null ? selected : withinYears(whole.indicator, effective);
    const change = whole === null ? null : { ...whole, indicator: shown, changes: whole.changes.filter((c) => shown.observations.includes(c.change)) };
    const kind = viewChartKind(shown, effective, defaults);
    const rows = map ? [...map.entries.map((e) => e.observation), ...(map.national ? [map.national] : [])] : shown.observations;
    return {
      shown,
      kind,
      rows,
      map,
      effective,
      changes: change === null ? undefined : { since: since!, list: change.changes },
      // In words: the summary beside the chart and its <desc>, and what the change left out.
      summary: change === null ? null : changeSummary(selected, change, since!, locale),
      notes: change === null ? [] : changeNotes(change, since!, locale),
    };
  }

  /** Draws `v` of `indicator` (the measure shown) in place of what is on screen; synchronous, so no later change can interleave. */
  function draw(indicator: Indicator, v: ExploreView): void {
    const { shown, kind, rows, map, effective, changes, summary: changeWords, notes } = shownBy(indicator, v);
    const isPageDefault = indicatorId === config.indicator && isDefaultView(v, defaults);
    if (isPageDefault) restoreOriginal();
    else {
      const toggleGroup = toggles();
      if (toggleGroup) savedToggles = (toggleGroup.remove(), toggleGroup);
      for (const [suffix, size] of DRAWINGS) {
        const svg = svgOf(suffix);
        morphChart(svg, renderChartSvg(shown, { ...size, locale, today: config.today, idPrefix: `${config.idPrefix}-${suffix}`, kind, summary: changeWords ?? undefined }));
        svg.dispatchEvent(new Event('chart-series-change'));
      }
      heading.textContent = pick(locale, shown.title.vi, shown.title.en);
      // As ChartFigure words it: the ranking's summary for the map, the indicator's own otherwise.
      summary.textContent = changeWords ?? (kind === 'province-map' ? kindSummary(shown, kind, locale, config.today) : chartSummary(shown, locale, config.today));
      details.replaceChildren(el('summary', {}, tr('chart.table')), tableOf(shown, rows));
      sourcesLine.textContent = `${tr('chart.sources')}: ${sourcesOf(shown).join('; ')}.`;
    }
    mapNote = v.display !== 'map' ? '' : map ? tr('explore.mapPeriod', { period: formatPeriod(map.period, locale) }) : tr('explore.noMap');
    // The table view: the table alone, open; the chart and the tiles step aside.
    mainFrame.hidden = effective.display === 'table';
    details.open = effective.display === 'table' || details.open;
    for (const frame of tiles) frame.hidden = !isPageDefault;
    if (live) live.textContent = viewAnnouncement(indicator, shown, effective, choices, locale, notes);
    current = { shown, kind, rows, indicator, changes, summary: changeWords };
  }
  let current: {
    shown: Indicator;
    kind: ReturnType<typeof viewChartKind>;
    rows: readonly Observation[];
    /** The indicator as published: the CSV's figures and units are its own, changes beside them. */
    indicator: Indicator;
    changes: { since: number; list: readonly Change[] } | undefined;
    /** The words of a change view, for the downloaded picture's <desc> too. */
    summary: string | null;
  } | null = null;

  // ---- The controls ----------------------------------------------------------------------------

  const radios = (name: string, legend: string, options: [string, string][], checked: string) =>
    el(
      'fieldset',
      { className: `explore-choice explore-${name}` },
      el('legend', {}, legend),
      ...options.map(([value, text]) => {
        const input = el('input', { type: 'radio', name, value, checked: value === checked, id: `${config.idPrefix}-${name}-${value}` });
        return el('label', { htmlFor: input.id }, input, ` ${text}`);
      }),
    );

  function yearSelect(name: 'from' | 'to', text: string, value: number): HTMLElement {
    const select = el('select', { name, id: `${config.idPrefix}-${name}` }, ...choices.years.map((year) => el('option', { value: String(year), selected: year === value }, String(year))));
    return el('span', { className: 'explore-year' }, el('label', { htmlFor: select.id }, text), select);
  }

  function areaPicker(): HTMLElement {
    const searchId = `${config.idPrefix}-area-search`;
    const hintId = `${searchId}-hint`;
    const countId = `${searchId}-count`;
    const search = el('input', { type: 'search', id: searchId, autocomplete: 'off' });
    search.setAttribute('aria-describedby', `${hintId} ${countId}`);
    // A status: a screen reader hears how many provinces match as the reader types.
    const count = el('p', { id: countId, className: 'explore-count', role: 'status' });
    const list = el(
      'ul',
      { className: 'explore-area-list' },
      ...choices.areas.map((area) => {
        const input = el('input', { type: 'checkbox', name: 'area', value: area.key, id: `${config.idPrefix}-area-${area.key.replace(/[^\w-]/g, '_')}` });
        const name = pick(locale, area.name.vi, area.name.en);
        const item = el('li', {}, el('label', { htmlFor: input.id }, input, ` ${name}`));
        item.dataset['fold'] = foldForSearch(`${area.name.vi} ${area.name.en}`);
        return item;
      }),
    );
    const filter = () => {
      const query = foldForSearch(search.value);
      let shown = 0;
      for (const item of list.children as HTMLCollectionOf<HTMLLIElement>) {
        const checked = item.querySelector('input')!.checked;
        item.hidden = query !== '' && !checked && !(item.dataset['fold'] ?? '').includes(query);
        if (!item.hidden) shown += 1;
      }
      const text = tr('explore.areaMatches', { count: shown });
      if (count.textContent !== text) count.textContent = text;
    };
    search.addEventListener('input', filter);
    filter();
    return el(
      'fieldset',
      { className: 'explore-areas' },
      el('legend', {}, tr('explore.areas')),
      el('p', { className: 'explore-hint' }, tr('explore.alwaysShown', { name: trackedName(base.indicator, locale) }), ' ', tr('explore.areasMax', { count: MAX_COMPARED })),
      el('label', { htmlFor: searchId }, tr('explore.areaSearch')),
      search,
      el('p', { id: hintId, className: 'explore-hint' }, tr('explore.areaSearchHint')),
      count,
      list,
    );
  }

  function buildControls(): void {
    // Every control has an id: the one the reader was on is found again after the rebuild.
    const focusId = document.activeElement instanceof HTMLElement && form.contains(document.activeElement) ? document.activeElement.id : null;
    const parts: HTMLElement[] = [el('h3', { id: `${config.idPrefix}-explore-title`, className: 'explore-title' }, tr('explore.controls'))];
    if (config.mode === 'explore' && config.indicators) {
      const select = el('select', { name: INDICATOR_KEY, id: `${config.idPrefix}-indicator` });
      const groups = new Map<string, HTMLOptGroupElement>();
      for (const item of config.indicators) {
        const label = pick(locale, item.dataset.vi, item.dataset.en);
        if (!groups.has(label)) groups.set(label, el('optgroup', { label }));
        groups.get(label)!.append(el('option', { value: item.id, selected: item.id === indicatorId }, `${pick(locale, item.title.vi, item.title.en)}${item.provinces ? ' *' : ''}`));
      }
      select.append(...groups.values());
      select.setAttribute('aria-describedby', `${select.id}-hint`);
      parts.push(el('div', { className: 'explore-indicator' }, el('label', { htmlFor: select.id }, tr('explore.indicator')), select, el('p', { id: `${select.id}-hint`, className: 'explore-hint' }, tr('explore.indicatorHint'))));
    }
    const displays: [string, string][] = [['chart', tr('explore.display.chart')], ...(choices.map ? [['map', tr('explore.display.map')] as [string, string]] : []), ['table', tr('explore.display.table')]];
    parts.push(radios('display', tr('explore.display'), displays, view.display));
    if (choices.map) {
      const mapNote = el('p', { className: 'explore-hint' });
      mapNote.dataset['mapNote'] = '';
      parts.push(mapNote);
    }
    if (base.pair) parts.push(radios('measure', tr('explore.measure'), [['value', tr('explore.measure.value')], ['rank', tr('explore.measure.rank')]], view.measure));
    if (choices.years.length >= 2) {
      parts.push(
        el('fieldset', { className: 'explore-years' }, el('legend', {}, tr('explore.years')), yearSelect('from', tr('explore.from'), view.from ?? choices.years[0]!), yearSelect('to', tr('explore.to'), view.to ?? choices.years[choices.years.length - 1]!)),
      );
    }
    if (choices.sinceYears.length > 0) {
      const select = el('select', { name: 'since', id: `${config.idPrefix}-since` }, el('option', { value: '' }, tr('explore.sinceNone')), ...choices.sinceYears.map((year) => el('option', { value: String(year) }, String(year))));
      parts.push(el('div', { className: 'explore-since' }, el('label', { htmlFor: select.id }, tr('explore.since')), select));
    }
    if (choices.areas.length > 0) parts.push(areaPicker());
    const reset = el('button', { type: 'button', className: 'explore-reset', id: `${config.idPrefix}-reset` }, tr('explore.reset'));
    reset.addEventListener('click', () => void settle(indicatorId, () => defaults, true));
    parts.push(reset);
    form.replaceChildren(...parts);
    syncControls();
    if (focusId !== null) {
      // The control the reader was on is rebuilt; the focus follows it, never to a removed element.
      const again = focusId === '' ? null : document.getElementById(focusId);
      (again && form.contains(again) ? again : form.querySelector<HTMLElement>('input, select, button'))?.focus();
    }
  }

  /** The controls show the view: after the back button, a reset or a link. */
  function syncControls(): void {
    for (const input of form.querySelectorAll<HTMLInputElement>('input[name="display"]')) input.checked = input.value === view.display;
    for (const input of form.querySelectorAll<HTMLInputElement>('input[name="measure"]')) input.checked = input.value === view.measure;
    const from = form.querySelector<HTMLSelectElement>('select[name="from"]');
    const to = form.querySelector<HTMLSelectElement>('select[name="to"]');
    if (from) from.value = String(view.from ?? choices.years[0]);
    if (to) to.value = String(view.to ?? choices.years[choices.years.length - 1]);
    const since = form.querySelector<HTMLSelectElement>('select[name="since"]');
    if (since) {
      since.value = view.since === null ? '' : String(view.since);
      // The map shows one period: a change since a year has no place on it.
      since.disabled = view.display === 'map';
    }
    const boxes = [...form.querySelectorAll<HTMLInputElement>('input[name="area"]')];
    for (const box of boxes) box.checked = view.areas.includes(box.value);
    const full = view.areas.length >= MAX_COMPARED;
    for (const box of boxes) box.disabled = full && !box.checked;
    form.querySelector<HTMLInputElement>('input[type="search"]')?.dispatchEvent(new Event('input'));
    const note = form.querySelector<HTMLElement>('[data-map-note]');
    if (note) note.textContent = mapNote;
  }

  /** The view the controls now ask for. */
  function viewFromControls(): ExploreView {
    const value = (name: string) => form.querySelector<HTMLInputElement>(`input[name="${name}"]:checked`)?.value;
    const year = (name: string, edge: number) => {
      const text = form.querySelector<HTMLSelectElement>(`select[name="${name}"]`)?.value;
      const chosen = text ? Number(text) : edge;
      return chosen === edge ? null : chosen;
    };
    const checked = [...form.querySelectorAll<HTMLInputElement>('input[name="area"]:checked')].map((box) => box.value);
    // Areas keep the order they were chosen in: the newest last, with the next colour.
    const areas = [...view.areas.filter((key) => checked.includes(key)), ...checked.filter((key) => !view.areas.includes(key))].slice(0, MAX_COMPARED);
    let from = year('from', choices.years[0]!);
    let to = year('to', choices.years[choices.years.length - 1]!);
    if (from !== null && to !== null && from > to) [from, to] = [to, from];
    const sinceText = form.querySelector<HTMLSelectElement>('select[name="since"]')?.value ?? '';
    return {
      areas,
      from,
      to,
      since: sinceText === '' ? null : Number(sinceText),
      measure: (value('measure') as ExploreView['measure'] | undefined) ?? view.measure,
      display: (value('display') as ExploreView['display'] | undefined) ?? view.display,
    };
  }

  function address(v: ExploreView): string {
    const query = viewQuery(v, defaults);
    if (config.mode !== 'explore' || indicatorId === config.indicator) return `${location.pathname}${query}`;
    return `${location.pathname}?${INDICATOR_KEY}=${encodeURIComponent(indicatorId)}${query.replace(/^\?/, '&')}`;
  }

  /**
   * The other language's link keeps the view, so a reader switching language stays where they are;
   * the embed code embeds it. The query is the view's own, written from its checked parts, never the
   * address as typed: a crafted link must not put its text into a code that readers copy elsewhere.
   */
  function syncLinks(): void {
    const query = new URL(address(view), location.href).search;
    for (const a of document.querySelectorAll<HTMLAnchorElement>('.lang-switch a[hreflang]')) a.search = query;
    const attribute = query.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
    for (const code of document.querySelectorAll<HTMLTextAreaElement>('[data-embed-code]')) {
      const src = code.dataset['embedSrc'] ?? '';
      code.value = code.defaultValue.replace(`src="${src}"`, () => `src="${src}${attribute}"`);
    }
    link.href = location.href;
    link.textContent = location.href;
  }

  /** What the explorer offers for a measure: when it changes, the controls are rebuilt. */
  const offer = (id: string, c: ExploreChoices) => JSON.stringify([id, c.areas.map((a) => a.key), c.years, c.map, c.pair, c.sinceYears]);
  let request = 0;
  const failure = el('p', { className: 'explore-failed', role: 'status' });

  /**
   * Moves to the view `wanted` asks for, of indicator `id`, once everything it needs has loaded:
   * the indicator, and its rank or score when the view shows the other measure. The view is checked
   * against what the measure shown offers (a rank may lack the national average, or the last
   * year). Only the latest change is drawn: one that finishes loading after a later one is dropped.
   */
  async function settle(id: string, wanted: string | ((defaults: ExploreView) => ExploreView), push: boolean): Promise<void> {
    const mine = ++request;
    try {
      const page = await load(config, id);
      const pageChoices = exploreChoices(page.indicator, page.pair);
      const pageDefaults = defaultView(page.indicator, pageChoices);
      // A view as a query string: an address's, or the one a control change asks for, written so.
      const query = typeof wanted === 'string' ? wanted : viewQuery(wanted(pageDefaults), pageDefaults);
      const asked = parseViewQuery(query, pageChoices, pageDefaults);
      const other = asked.measure !== pageDefaults.measure && page.pair ? (asked.measure === 'rank' ? page.pair.rank : page.pair.value) : null;
      const shown = other === null ? page : await load(config, other);
      const shownChoices = exploreChoices(shown.indicator, page.pair);
      const next = parseViewQuery(query, shownChoices, pageDefaults);
      if (mine !== request) return;
      const rebuild = offer(indicatorId, choices) !== offer(id, shownChoices) || form.childElementCount === 0;
      [indicatorId, base, active, choices, defaults, view] = [id, page, shown, shownChoices, pageDefaults, next];
      if (push) history.pushState(null, '', address(view));
      draw(active.indicator, view);
      if (rebuild) buildControls();
      else syncControls();
      failure.remove();
      if (config.mode !== 'embed') syncLinks();
    } catch (error) {
      if (mine !== request) return;
      // Nothing changed on screen: the controls go back to the view still shown, and say why.
      console.error(error);
      syncControls();
      failure.textContent = tr('explore.loadFailed');
      form.after(failure);
    }
  }

  form.addEventListener('change', (event) => {
    const target = event.target as HTMLElement;
    if (target instanceof HTMLSelectElement && target.name === INDICATOR_KEY) void settle(target.value, (d) => d, true);
    else if (!(target instanceof HTMLInputElement && target.type === 'search')) {
      const next = viewFromControls();
      void settle(indicatorId, () => next, true);
    }
  });
  // The back and forward buttons: the view (and on the explore page the indicator) of that address.
  window.addEventListener('popstate', () => void settle(chosenIndicator(), location.search, false));

  // ---- Downloads of the view -------------------------------------------------------------------

  const picture = (drawn: NonNullable<typeof current>) => {
    const { shown, kind } = drawn;
    const chart = renderChartSvg(shown, { ...WIDE_CHART, locale, today: config.today, idPrefix: 'view', kind, summary: drawn.summary ?? undefined });
    const size = { width: Number(chart.match(/ width="(\d+)"/)?.[1] ?? WIDE_CHART.width), height: Number(chart.match(/ height="(\d+)"/)?.[1] ?? WIDE_CHART.height) };
    const svg = composePicture(chart, size, {
      title: pick(locale, shown.title.vi, shown.title.en),
      source: tr('explore.pictureSource', { sources: sourcesOf(shown).join('; ') }),
      address: `${config.portal} · ${location.href}`,
    });
    const [width, height] = (svg.match(/viewBox="0 0 (\d+) (\d+)"/) ?? []).slice(1).map(Number) as [number, number];
    return { svg, width, height };
  };
  const fileName = (drawn: NonNullable<typeof current>, extension: string) => `${drawn.indicator.id}${location.search ? '-view' : ''}.${extension}`;
  /** A download button; it does nothing until the first view is drawn. */
  const button = (text: string, action: (drawn: NonNullable<typeof current>) => Promise<void> | void) => {
    const b = el('button', { type: 'button' }, text);
    b.addEventListener('click', () => {
      if (current) void action(current);
    });
    return b;
  };
  link = el('a', { href: location.href }, location.href);
  downloads.append(
    el('h3', { className: 'explore-title' }, tr('explore.download')),
    el(
      'p',
      { className: 'explore-buttons' },
      button(tr('explore.download.csv'), (drawn) => download(fileName(drawn, 'csv'), new Blob([viewCsv(drawn.indicator, drawn.rows, drawn.changes)], { type: 'text/csv;charset=utf-8' }))),
      button(tr('explore.download.svg'), (drawn) => download(fileName(drawn, 'svg'), new Blob([picture(drawn).svg], { type: 'image/svg+xml' }))),
      button(tr('explore.download.png'), async (drawn) => {
        const { svg, width, height } = picture(drawn);
        download(fileName(drawn, 'png'), await pngOf(svg, width, height));
      }),
    ),
    el('p', { className: 'explore-link' }, `${tr('explore.link')}: `, link),
  );

  // The view the address asks for (the page's default when it asks for none).
  await settle(indicatorId, location.search, false);
  figure.dataset['exploreReady'] = '';
}

/** Called by explore-boot.ts; a failure to load leaves the build's chart and table, and says so. */
export async function startSafely(figure: HTMLElement): Promise<void> {
  try {
    await start(figure);
  } catch (error) {
    const config = JSON.parse(figure.dataset['explore'] ?? '{}') as ExploreConfig;
    const note = el('p', { className: 'explore-failed', role: 'status' }, t(config.locale ?? 'vi')('explore.loadFailed'));
    figure.querySelector('[data-main-chart]')?.after(note);
    console.error(error);
  }
}
