/**
 * What a page tells the browser about a chart a reader can change: written by ChartFigure.astro as
 * the figure's data-explore attribute, read by scripts/explore/explore-app.ts. Everything else
 * (the figures, what can be compared) comes from the indicator's data file.
 */
import type { Locale } from '../contract/site.ts';
import type { Indicator, Localized } from '../indicators/model.ts';
import { exploreChoices, hasChoices, measurePair } from './explore-view.ts';

export interface ExploreConfig {
  locale: Locale;
  /** The indicator drawn at build time. */
  indicator: string;
  /** Where the indicators' data files are, with the site's base path: `${dataPath}${id}.json`. */
  dataPath: string;
  /** The build's day, which the charts measure "years left to a target" from. */
  today: string;
  /** The figure's id prefix: its drawings are `${idPrefix}-narrow` and `${idPrefix}-wide`. */
  idPrefix: string;
  /**
   * 'page': an indicator page, with the controls; 'explore': the explore page, which adds the
   * choice of indicator; 'embed': no controls, but a view given in the address is drawn.
   */
  mode: 'page' | 'explore' | 'embed';
  /** The portal's name, drawn under a downloaded picture with the view's address. */
  portal: string;
  /** On the explore page: every indicator a reader can choose, with its dataset's title. */
  indicators?: { id: string; title: Localized; dataset: Localized; provinces: boolean }[];
}

/** Where the build writes an indicator's data file for the explorer (src/pages/explore/data/[id].json.ts). */
export const EXPLORE_DATA_FOLDER = '/explore/data/';

/**
 * The config of an indicator's main chart, or undefined when its data offers no other view (one
 * area, one or two years, no rank, no map): such a chart gets no controls and loads no explorer.
 */
export function exploreConfigFor(
  indicator: Indicator,
  indicators: readonly Indicator[],
  page: Omit<ExploreConfig, 'indicator' | 'indicators'> & { indicators?: ExploreConfig['indicators'] },
): ExploreConfig | undefined {
  const choices = exploreChoices(indicator, measurePair(indicator, indicators));
  if (page.mode !== 'explore' && !hasChoices(choices)) return undefined;
  return { ...page, indicator: indicator.id };
}

/** The explore page's list: every indicator, with its dataset's title, and whether it has other provinces' figures. */
export function exploreIndicatorList(indicators: readonly Indicator[], datasetTitle: (indicator: Indicator) => Localized): NonNullable<ExploreConfig['indicators']> {
  return indicators.map((indicator) => ({ id: indicator.id, title: indicator.title, dataset: datasetTitle(indicator), provinces: indicator.peers.length > 0 }));
}
