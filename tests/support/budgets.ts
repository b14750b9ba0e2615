/**
 * Every size budget of the site, in one place (issue 7). Sizes are bytes as a static host sends
 * them, gzipped (see page-weight.ts); 1 kB = 1024 bytes. Each number is the size measured when the
 * budget was set (26 Nov 2026, 153 pages) plus a margin, so that a regression fails a test while
 * ordinary edits do not; the issues' own ceilings are named where they are looser. Raise a number
 * only with a commit that says what the page gained in return.
 */

const kB = 1024;

/** The page types of tests/support/page-types.ts, by kind. */
export type PageKind =
  | 'home' | 'goals' | 'target' | 'progress summary' | 'methodology' | 'terms' | 'indicators' | 'indicator' | 'compared indicator'
  | 'catalogue' | 'dataset' | 'articles' | 'article' | 'search' | 'embed' | 'explore' | '404';

/**
 * JavaScript a page loads, gzipped: every script file it fetches plus its inline scripts, both
 * languages. Measured: 0 on pages without a script; 0.6 kB for the sortable table (progress
 * summary); 1.0 kB for the catalogue filter; 1.4 kB for the chart enhancement (target, indicator,
 * article, embed); 2.0 kB for the search page's own script. Issue 3's ceiling for an indicator page
 * is 30 kB; issue 6's for the search page's own script 5 kB. Pagefind, which the search page
 * loads only once the reader searches, has a budget of its own (PAGEFIND below), so that the
 * search page's number keeps measuring our code. Issue 15 added the explorer's loader to every page
 * with a chart (target, indicator, article, embed): 2.0 kB with the chart enhancement, plus Vite's
 * 0.9 kB helper for loading the explorer later (2.8 kB measured, 4 kB budget). The explore page
 * starts the explorer at once: 41.9 kB measured (the loader, and the explorer's 39.0 kB, whose
 * budget is EXPLORER below).
 */
export const JS_BUDGET: Record<PageKind, number> = {
  home: 1 * kB,
  goals: 1 * kB,
  target: 4 * kB,
  'progress summary': 2 * kB,
  methodology: 1 * kB,
  terms: 1 * kB,
  indicators: 1 * kB,
  indicator: 4 * kB,
  'compared indicator': 4 * kB,
  catalogue: 2 * kB,
  dataset: 1 * kB,
  articles: 1 * kB,
  article: 4 * kB,
  search: 4 * kB,
  embed: 4 * kB,
  explore: 44 * kB,
  '404': 1 * kB,
};

/**
 * CSS a page references, gzipped: its stylesheets plus its inline <style> (Astro inlines a
 * component's small styles). Measured: 2.0 kB (404) to 3.5 kB (target page); the shared
 * global.css is 1.6 kB of it.
 */
export const CSS_BUDGET = 4.5 * kB;

/**
 * Every HTML file in dist/, gzipped, checked one by one. Measured: the biggest is 15.6 kB (the
 * digital-society dataset page, whose preview table and changelog carry every row: 11.4 kB until
 * its rows gained their qualifier columns and notes, its sources their English names, and its
 * changelog six versions), most are 3–10 kB. The changelog grows with every published change, so
 * a long-lived dataset will need its changelog paged before it reaches this. Raised from 17 kB with
 * issue 14, which published 535 figures where there were 32: the biggest page is now PCI's ten
 * sub-indices over 18 years (27.2 kB: 180 figures in ten panels at two widths, and their table),
 * then the indicator pages that place the province among all 63 provinces (21–24 kB: a ranking and
 * a national tile grid at two widths, and a 63-row table). Most pages are still 3–12 kB.
 */
export const HTML_BUDGET = 30 * kB;

/**
 * An article's HTML, gzipped: its text and every chart it embeds, each drawn at two widths with its
 * table. Articles are the one page type whose size an editor decides, chart by chart. Measured with
 * issue 14: 35.2 kB for "Quảng Trị among the provinces" (a long article: 9.6 kB of its text
 * gzipped, seven charts, two of them rankings of 63 provinces with their tables; the province grid
 * is left to the indicator pages), 26 kB for the rankings article (with one ranking), 10–13 kB for
 * the others.
 */
export const ARTICLE_HTML_BUDGET = 40 * kB;

/**
 * Everything the browser fetches to show a page (HTML, CSS, JavaScript, images, the favicon),
 * gzipped, checked on every page type. Issue 7's ceiling for an indicator page is 150 kB; measured:
 * 8.9 kB for the indicator page, 11.8 kB at most (the catalogue). Raised from 16 kB with issue 14:
 * the catalogue lists 56 indicators where it listed 22 (20.0 kB), and the dataset page of the
 * digital economy previews 12 figures with their notes (21.2 kB).
 */
export const PAGE_TRANSFER_BUDGET = 26 * kB;

/**
 * The explore page fetches the explorer and its first indicator's figures at once: measured 63.2 kB
 * (11.1 kB of HTML, 2.7 kB of CSS, 41.9 kB of JavaScript, 7.0 kB for PCI's figures of 63
 * provinces). The figures grow with the data, hence the margin.
 */
export const EXPLORE_PAGE_TRANSFER_BUDGET = 72 * kB;

/**
 * Issue 15's ceilings for a chart a reader can question, gzipped: the JavaScript an indicator page
 * loads before the reader touches anything (the enhancement and the explorer's loader: 2.8 kB
 * measured), and what the explorer adds once asked for (its bundle with d3-selection, d3-shape,
 * d3-array and the chart code: 39.0 kB measured, 30 Nov 2026, with "change since": 1 kB under the ceiling, so the next feature needs room made first; d3-transition, d3-scale and most UI strings were
 * taken out to get there, see scripts/explore/morph.ts and lib/charts/linear-scale.ts).
 */
export const EXPLORER = {
  beforeInteraction: 30 * kB,
  interactive: 40 * kB,
};

/**
 * What one search costs, on top of the search page: Pagefind's JavaScript (pagefind.js and its
 * worker, 25.2 kB measured with Pagefind 1.6.0) and everything it fetches for a query of three
 * words (the JS, the 54 kB wasm, index chunks, fragments of the first results: 184 kB measured).
 * The index grows with the content, so this is the number a bigger site revisits first.
 */
export const PAGEFIND = {
  js: 28 * kB,
  transfer: 215 * kB,
};

/** The chart enhancement's source once its types are stripped (issue 3: charts stay light). */
export const CHART_ENHANCE_SOURCE_BUDGET = 6 * kB;
