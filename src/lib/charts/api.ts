/**
 * What the rest of the site asks of the chart module: which chart suits an indicator, its SVG, and
 * the sentence that says what the data shows. One renderer serves the page, the SVG and PNG
 * downloads and the embed page, so they can never disagree.
 */
import type { Locale } from '../contract/site.ts';

export type ChartKind =
  | 'time-series'
  | 'rank'
  | 'bars'
  | 'small-multiples'
  | 'tile-map'
  /** Every province of one period, best first: where the province stands among them. */
  | 'ranking'
  /** The national tile map: every province of one period. */
  | 'province-map'
  /** A composite index's parts for one period, each on its own scale. */
  | 'parts';

export interface ChartSize {
  width: number;
  height: number;
}

export interface ChartOptions extends ChartSize {
  locale: Locale;
  /** Prefix for ids inside the SVG (title, desc, clip paths), unique within the page. */
  idPrefix: string;
  /** "Today" (YYYY-MM-DD), e.g. for how far a target year is; passed in, never read from a clock. */
  today: string;
  /** The chart to draw; chooseChart(indicator) when left out (e.g. 'tile-map' beside district bars). */
  kind?: ChartKind;
  /** What the chart shows in words, for its <desc>, when the chart's own summary would not say it (a change since a year). */
  summary?: string;
}

export interface Plot {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Options the geometry needs beyond the data: the size, and the language (text widths differ). */
export interface LayoutOptions extends ChartSize {
  locale: Locale;
}

export interface Rendered {
  width: number;
  height: number;
  body: string;
  /** Lines the reader may switch on and off (two or more series on one plot). */
  toggles: boolean;
}
