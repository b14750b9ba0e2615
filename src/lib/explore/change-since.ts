/**
 * "Change since" a year: each series' yearly figures less its own figure of that year, so that
 * areas of different levels can be compared by how far they moved. Worked out from published
 * figures only, and only where the subtraction means what it says:
 * - the base is the series' figure for the year itself (a year's period, stated plainly), never a
 *   quarter, a month or a figure whose period the source gives only roughly or not at all;
 * - it is compared with the series' later yearly figures of the same territory: never across a
 *   change of territory (the merged province's figures are not a change of the old province's);
 * - a figure the source states only roughly stays rough ("over 60" less an exact 50 is "over 10"),
 *   and a change that no bound holds ("over 60" less "over 50") is not shown.
 * A series with no such base is left out, and so is what lies beyond a merger: both are named.
 */
import { listText, t, type Locale } from '../../i18n/translate.ts';
import type { Unit } from '../contract/reference.ts';
import type { ValueQualifier } from '../contract/observation.ts';
import { formatDate, formatNumber } from '../format.ts';
import { amount, difference } from '../charts/summary.ts';
import type { Indicator, Observation, Series } from '../indicators/model.ts';
import { qualifyValue, seriesName } from '../charts/labels.ts';

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
  /** Series with no yearly figure, stated plainly, for the base year: left out of the view. */
  without: Series[];
  /** Series whose figures after a change of territory were left out, with the day it changed. */
  notAcross: { series: Series; since: string }[];
}

/** A yearly figure whose value and period can be subtracted: a year, stated as a year. */
const yearly = (o: Observation): boolean => o.value !== null && o.period.kind === 'year' && o.periodQualifier === null;

/** The years that can be a base: some series has a yearly figure that year and another after it. */
export function baseYears(indicator: Indicator): number[] {
  const years = new Set<number>();
  for (const series of indicator.series) {
    for (const segment of series.segments) {
      const usable = segment.observations.filter(yearly).map((o) => Number(o.period.text));
      for (const year of usable) if (usable.some((later) => later > year)) years.add(year);
    }
  }
  return [...years].sort((a, b) => a - b);
}

/**
 * How a difference is bounded when its figures are: "over" less exact is "over"; exact less "over"
 * is "under" (the base may be larger); bounds that pull the same way keep it; "about" on either
 * side makes it "about". Two bounds that pull apart ("over" less "over") bound nothing: 'unbounded'.
 */
export function differenceQualifier(figure: ValueQualifier | null, base: ValueQualifier | null): ValueQualifier | null | 'unbounded' {
  if (figure === 'about' || base === 'about') return 'about';
  const fromBase = base === null ? null : base === 'over' ? 'under' : 'over';
  if (figure === null) return fromBase;
  if (fromBase === null || fromBase === figure) return figure;
  return 'unbounded';
}

function changeUnit(indicator: Indicator, since: number): Unit {
  const percent = indicator.unit.symbol === '%';
  const name = (locale: Locale) =>
    t(locale)('explore.changeUnit', { year: since, unit: percent ? t(locale)('explore.percentagePoints') : locale === 'vi' ? indicator.unit.name : indicator.unit.name_en });
  // A percent's change is in percentage points: it keeps no "%" sign, and the axis caption names it.
  return { ...indicator.unit, code: CHANGE_UNIT, symbol: percent ? null : indicator.unit.symbol, name: name('vi'), name_en: name('en') } as Unit;
}

/** The view's indicator (not a rank) as change since `since`. */
export function changeSince(indicator: Indicator, since: number): ChangeSince {
  const changes: Change[] = [];
  const without: Series[] = [];
  const notAcross: ChangeSince['notAcross'] = [];
  const series: Series[] = [];
  for (const line of indicator.series) {
    const at = line.segments.findIndex((s) => s.observations.some((o) => yearly(o) && o.period.text === String(since)));
    if (at === -1) {
      without.push(line);
      continue;
    }
    const segment = line.segments[at]!;
    const base = segment.observations.find((o) => yearly(o) && o.period.text === String(since))!;
    if (at < line.segments.length - 1) notAcross.push({ series: line, since: line.segments[at + 1]!.area.valid_from });
    const observations: Observation[] = [];
    for (const figure of segment.observations.filter((o) => yearly(o) && o.time >= base.time)) {
      const qualifier = figure === base ? null : differenceQualifier(figure.valueQualifier, base.valueQualifier);
      if (qualifier === 'unbounded') continue;
      // To the decimals the two were published with: 61.26 − 52.17 is 9.09, not 9.089999999999996.
      const change: Observation = { ...figure, value: figure === base ? 0 : difference(base.value!, figure.value!), valueQualifier: qualifier, attributes: {} };
      changes.push({ change, figure, base });
      observations.push(change);
    }
    series.push({ ...line, segments: [{ area: segment.area, observations }] });
  }
  const cited = new Set(changes.flatMap((c) => [c.figure.source, c.base.source]));
  const title = (locale: Locale) => t(locale)('explore.changeTitle', { title: locale === 'vi' ? indicator.title.vi : indicator.title.en, year: since });
  return {
    indicator: {
      ...indicator,
      title: { vi: title('vi'), en: title('en') },
      unit: changeUnit(indicator, since),
      attributes: [],
      series,
      observations: changes.map((c) => c.change).sort((a, b) => a.time - b.time),
      peers: [],
      // Targets are levels to reach, not changes: they have no place on this axis.
      targets: [],
      sources: indicator.sources.filter((s) => cited.has(s)),
    },
    changes,
    without,
    notAcross,
  };
}

/** A change with its sign, in the indicator's own terms (summary.ts): "+9,09 điểm phần trăm", "−3 điểm". */
const signedAmount = (indicator: Indicator, value: number, locale: Locale): string => `${value > 0 ? '+' : value < 0 ? '−' : ''}${amount(indicator, value, locale)}`;

/**
 * What a change view shows, in words, for the summary beside the chart and its <desc>: each line's
 * change from the base year to its latest figure, with the two published figures it comes from, and
 * what was left out. `published` is the indicator before the change (its unit and figures).
 */
export function changeSummary(published: Indicator, result: ChangeSince, since: number, locale: Locale): string {
  const tr = t(locale);
  const sentences = [tr('explore.changeIntro', { year: since })];
  for (const line of result.indicator.series) {
    const own = result.changes.filter((c) => line.segments[0]!.observations.includes(c.change));
    const last = own.at(-1)!;
    const name = seriesName(line, locale);
    if (last.figure === last.base) {
      sentences.push(tr('explore.changeNone', { name, year: since }));
      continue;
    }
    const rough = last.change.valueQualifier !== null ? `${tr(`qualifier.value.${last.change.valueQualifier}`, { value: '' }).trim()} ` : '';
    sentences.push(
      tr('explore.changeLine', {
        name,
        change: `${rough}${signedAmount(published, last.change.value!, locale)}`,
        to: last.figure.period.text,
        // The two figures as their sources state them: "khoảng 50", "over 60".
        figure: qualifyValue(formatNumber(last.figure.value!, locale), last.figure, locale),
        base: qualifyValue(formatNumber(last.base.value!, locale), last.base, locale),
      }),
    );
  }
  return [...sentences, ...changeNotes(result, since, locale)].join(' ');
}

/** What a change view left out, and why: lines without the base year, figures beyond a merger. */
export function changeNotes(result: ChangeSince, since: number, locale: Locale): string[] {
  const tr = t(locale);
  return [
    ...(result.without.length ? [tr('explore.without', { year: since, areas: listText(locale, result.without.map((s) => seriesName(s, locale))) })] : []),
    ...result.notAcross.map(({ series, since: day }) => tr('explore.notAcross', { name: seriesName(series, locale), date: formatDate(day, locale) })),
  ];
}
