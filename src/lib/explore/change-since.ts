/**
 * "Change since" a year: each series' figures less its own figure of that year, so that areas of
 * different levels can be compared by how far they moved. Worked out from published figures only,
 * never across a change of territory (the merged province's figures are not a change of the old
 * province's), and a series without a figure in that year is left out and named, not guessed at.
 * A figure the source states only roughly stays rough: "over 60" less an exact 50 is "over 10".
 */
import { t } from '../../i18n/translate.ts';
import type { Unit } from '../contract/reference.ts';
import type { ValueQualifier } from '../contract/observation.ts';
import type { Indicator, Observation, Series } from '../indicators/model.ts';

/** The unit code of a change: its tables and axes say "change since …" rather than the figure's unit. */
export const CHANGE_UNIT = 'change';

/** A changed figure with the two published figures it was worked out from. */
export interface Change {
  change: Observation;
  figure: Observation;
  base: Observation;
}

export interface ChangeSince {
  /** The indicator as changes: its series, figures, unit and title. */
  indicator: Indicator;
  changes: Change[];
  /** Series with no figure in the base year: left out of the view. */
  without: Series[];
}

const startYear = (o: Observation): number => Number(o.period.start.slice(0, 4));
const decimals = (value: number): number => (String(value).split('.')[1] ?? '').length;

/** figure − base, to the decimals the two were published with, so 61.26 − 52.17 is 9.09, not 9.089999999999996. */
function difference(figure: number, base: number): number {
  const places = Math.max(decimals(figure), decimals(base));
  return Number((figure - base).toFixed(places));
}

/**
 * How a difference is bounded when its figures are: "over" less exact is "over"; exact less "over"
 * is "under" (the base may be larger); bounds that pull opposite ways keep the direction; anything
 * else is "about".
 */
export function differenceQualifier(figure: ValueQualifier | null, base: ValueQualifier | null): ValueQualifier | null {
  const flip: Record<ValueQualifier, ValueQualifier> = { over: 'under', under: 'over', about: 'about' };
  const fromBase = base === null ? null : flip[base];
  if (figure === null) return fromBase;
  if (fromBase === null || fromBase === figure) return figure;
  return 'about';
}

function changeUnit(indicator: Indicator, since: number): Unit {
  const percent = indicator.unit.symbol === '%';
  const name = (locale: 'vi' | 'en') =>
    t(locale)('explore.changeUnit', { year: since, unit: percent ? t(locale)('explore.percentagePoints') : locale === 'vi' ? indicator.unit.name : indicator.unit.name_en });
  // A percent's change is in percentage points: it keeps no "%" sign, and the axis caption names it.
  return { ...indicator.unit, code: CHANGE_UNIT, symbol: percent ? null : indicator.unit.symbol, name: name('vi'), name_en: name('en') } as Unit;
}

/** The view's indicator as change since `since`: for an indicator that is not a rank. */
export function changeSince(indicator: Indicator, since: number): ChangeSince {
  const changes: Change[] = [];
  const without: Series[] = [];
  const series: Series[] = [];
  for (const line of indicator.series) {
    // The base is the series' first figure of that year, on its territory then; later territories are not compared with it.
    const segment = line.segments.find((s) => s.observations.some((o) => o.value !== null && startYear(o) === since));
    const base = segment?.observations.find((o) => o.value !== null && startYear(o) === since);
    if (!segment || !base) {
      without.push(line);
      continue;
    }
    const observations = segment.observations
      .filter((o) => o.value !== null && o.time >= base.time)
      .map((figure) => {
        const change: Observation = {
          ...figure,
          value: difference(figure.value!, base.value!),
          valueQualifier: differenceQualifier(figure.valueQualifier, base.valueQualifier),
          attributes: {},
        };
        changes.push({ change, figure, base });
        return change;
      });
    series.push({ ...line, segments: [{ area: segment.area, observations }] });
  }
  const observations = changes.map((c) => c.change).sort((a, b) => a.time - b.time);
  const cited = new Set(changes.flatMap((c) => [c.figure.source, c.base.source]));
  const title = (locale: 'vi' | 'en') => t(locale)('explore.changeTitle', { title: locale === 'vi' ? indicator.title.vi : indicator.title.en, year: since });
  return {
    indicator: {
      ...indicator,
      title: { vi: title('vi'), en: title('en') },
      unit: changeUnit(indicator, since),
      attributes: [],
      series,
      observations,
      peers: [],
      // Targets are levels to reach, not changes: they have no place on this axis.
      targets: [],
      sources: indicator.sources.filter((s) => cited.has(s)),
    },
    changes,
    without,
  };
}
