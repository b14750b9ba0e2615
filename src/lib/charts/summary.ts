/**
 * The sentences that say what a chart shows, generated from the data: the page prints them beside
 * the chart and the SVG carries them as its <desc>, so a reader who cannot see the chart learns the
 * same. Every number and date goes through format.ts, so Vietnamese gets its decimal comma.
 */
import { pick, t, type Locale } from '../../i18n/translate.ts';
import type { Target } from '../contract/reference.ts';
import type { Indicator, Observation, Segment, Series } from '../indicators/model.ts';
import { formatDate, formatPeriodInSentence, formatQuantity } from '../format.ts';
import { sameArea } from '../areas.ts';
import { comparesWithinPeriods } from './choose.ts';
import { areaName, isExact, rankText, seriesName, valueText } from './labels.ts';

const placeNouns = new Map<Locale, RegExp>();

/**
 * A place's name inside a sentence: Vietnamese writes its administrative nouns in lower case there
 * ("tại tỉnh Quảng Trị"). The nouns are a UI string, `summary.placeNouns`.
 */
function inSentence(name: string, locale: Locale): string {
  let nouns = placeNouns.get(locale);
  if (nouns === undefined) {
    const words = t(locale)('summary.placeNouns').split(',').map((noun) => noun.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    nouns = new RegExp(`^(${words.join('|')})\\b`, 'u');
    placeNouns.set(locale, nouns);
  }
  return name.replace(nouns, (noun) => noun.toLocaleLowerCase(locale));
}

const place = (o: Observation, locale: Locale) => inSentence(areaName(o.area, locale), locale);

/** The period as the words after "từ"/"đến" or "from"/"to" write it, taken as exact. */
const exactBound = (o: Observation, locale: Locale): string => t(locale)(`summary.bound.${o.period.kind}`, { period: formatPeriodInSentence(o.period.text, locale) });

/**
 * A period standing alone in a sentence: "năm 2023", "tính đến ngày 25/08/2025"; "in 2023", "as of
 * 25 August 2025"; "khoảng năm 2023", "around 2023" when the source dates it only roughly; and for
 * a period the source does not state, the day it published the figure, saying so.
 */
function periodAt(o: Observation, locale: Locale): string {
  const tr = t(locale);
  if (o.periodQualifier === 'not-stated') return tr('summary.at.not-stated', { date: formatDate(o.period.text, locale) });
  if (o.periodQualifier === 'about') return tr('summary.at.about', { bound: exactBound(o, locale) });
  return tr(`summary.at.${o.period.kind}`, { period: formatPeriodInSentence(o.period.text, locale) });
}

/** A period after "từ"/"đến" or "from"/"to": "năm 2023", "ngày 25/08/2025"; "2023", "25 August 2025". */
function periodBound(o: Observation, locale: Locale): string {
  const tr = t(locale);
  if (o.periodQualifier === 'not-stated') return tr('summary.bound.not-stated', { date: formatDate(o.period.text, locale) });
  if (o.periodQualifier === 'about') return tr('summary.bound.about', { bound: exactBound(o, locale) });
  return exactBound(o, locale);
}

const decimals = (n: number): number => (String(n).split('.')[1] ?? '').length;

/** b − a without floating-point noise: rounded to the decimals the data itself gives. */
export const difference = (a: number, b: number): number => {
  const places = Math.max(decimals(a), decimals(b));
  return Number((b - a).toFixed(places));
};

/** A difference in the indicator's own terms: percentage points, points, places or a plain quantity. */
export function amount(indicator: Indicator, diff: number, locale: Locale): string {
  const count = Math.abs(diff);
  if (indicator.isRank) return t(locale)('summary.places', { count });
  if (indicator.unit.symbol === '%') return t(locale)('summary.percentagePoints', { count });
  if (indicator.unit.code === 'index-points') return t(locale)('summary.points', { count });
  return formatQuantity(count, indicator.unit.symbol, locale);
}

/**
 * "tăng 3,03 điểm phần trăm" / "up 3.03 percentage points". For a rank a smaller number is a
 * better place, so 52 → 41 is "up 11 places".
 */
function change(indicator: Indicator, from: number, to: number, locale: Locale): string {
  const diff = difference(from, to);
  if (diff === 0) return t(locale)('summary.change.none');
  const better = indicator.isRank ? diff < 0 : diff > 0;
  const key = indicator.isRank ? (better ? 'summary.change.upRank' : 'summary.change.downRank') : better ? 'summary.change.up' : 'summary.change.down';
  return t(locale)(key, { amount: amount(indicator, diff, locale) });
}

const valued = (observations: readonly Observation[]) => observations.filter((o) => o.value !== null);

/** "4.327 (2023)", "hơn 13.600 (quý I/2026)", "4.327 (khoảng 2023)": a figure and, in brackets, its period. */
function figure(indicator: Indicator, o: Observation, locale: Locale): string {
  const tr = t(locale);
  const period = formatPeriodInSentence(o.period.text, locale);
  const when =
    o.periodQualifier === 'not-stated'
      ? tr('qualifier.period.not-stated', { date: formatDate(o.period.text, locale) })
      : o.periodQualifier === 'about'
        ? tr('qualifier.period.about', { period })
        : period;
  return `${valueText(indicator, o, locale)} (${when})`;
}

/** "từ năm 2022 đến năm 2023" / "from 2022 to 2023"; one period alone when they are the same. */
function span(first: Observation, last: Observation, locale: Locale): string {
  if (first.period.text === last.period.text) return periodAt(first, locale);
  return t(locale)('summary.span', { from: periodBound(first, locale), to: periodBound(last, locale) });
}

/** First and latest figure of a run on one territory, and the change between them. */
function run(indicator: Indicator, observations: readonly Observation[], locale: Locale): string {
  const [first, last] = [observations[0]!, observations[observations.length - 1]!];
  if (observations.length === 1) return figure(indicator, first, locale);
  const figures = { first: figure(indicator, first, locale), latest: figure(indicator, last, locale) };
  // A change needs two exact figures: from a bound or a guessed period it would claim too much.
  if (!isExact(first) || !isExact(last)) return t(locale)('summary.runInexact', figures);
  return t(locale)('summary.run', { ...figures, change: change(indicator, first.value!, last.value!, locale) });
}

const capitalise = (s: string, locale: Locale) => s.charAt(0).toLocaleUpperCase(locale) + s.slice(1);

/** The day a later segment's territory began, when a series crosses one: the merger. */
function territoryChange(indicator: Indicator): string | null {
  for (const series of indicator.series) if (series.segments.length > 1) return series.segments[1]!.area.valid_from;
  // A province that took over from another the day after it ended (the merged province from the old
  // one): not merely two provinces of different ages side by side, as a comparison draws them.
  const provinces = [...new Set(indicator.observations.filter((o) => o.area.level === 'province').map((o) => o.area))];
  const dayAfter = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  const later = provinces.filter((a) => provinces.some((b) => b.valid_to !== null && dayAfter(b.valid_to) === a.valid_from));
  return later.length ? later[0]!.valid_from : null;
}

/** "tại tỉnh …" / "for … province". */
const where = (o: Observation, locale: Locale) => t(locale)('summary.where', { place: place(o, locale) });

/**
 * One series through time, after `lead` (the title or the series name): on one territory, the span,
 * the place and the change; across a merger, each territory's figures on their own.
 */
function seriesSentences(indicator: Indicator, series: Series, locale: Locale, lead: string, placeSaid = false): string[] {
  const segments = series.segments.map((s): Segment => ({ area: s.area, observations: valued(s.observations) })).filter((s) => s.observations.length);
  const all = segments.flatMap((s) => s.observations);
  if (all.length === 0) return [];
  if (segments.length === 1) {
    // A district's series is named after its area, the country's "national average": saying where again would repeat it.
    const named = placeSaid || lead.includes(areaName(all[0]!.area, locale)) || all[0]!.area.level === 'country';
    const at = named ? '' : `, ${where(all[0]!, locale)}`;
    if (all.length === 1) return [`${lead}: ${figure(indicator, all[0]!, locale)}${at}.`];
    return [`${lead}, ${span(all[0]!, all[all.length - 1]!, locale)}${at}: ${run(indicator, all, locale)}.`];
  }
  // Without a series name, each territory opens its own sentence: "Tại tỉnh …:" / "For … province:".
  return segments.map((s) => {
    const at = where(s.observations[0]!, locale);
    return `${lead === '' ? capitalise(at, locale) : `${lead} ${at}`}: ${run(indicator, s.observations, locale)}.`;
  });
}

/**
 * Several series compared period by period, as the bar chart shows them (largest first; best rank
 * first): for each period, where and when ("năm 2023, tại tỉnh …") and the list of figures.
 */
function periodSentences(indicator: Indicator, locale: Locale): Array<{ head: string; list: string }> {
  const periods = [...new Set(valued(indicator.observations).map((o) => o.period.text))];
  return periods.map((period) => {
    const rows = indicator.series
      .flatMap((series) => series.segments.flatMap((s) => s.observations).filter((o) => o.period.text === period && o.value !== null).map((o) => ({ series, o })))
      .sort((a, b) => (indicator.isRank ? a.o.value! - b.o.value! : b.o.value! - a.o.value!));
    const first = rows[0]!.o;
    const areas = new Set(rows.map((r) => r.o.area.code));
    const names = rows.map((r) => seriesName(r.series, locale));
    const sharedArea = areas.size === 1 && first.area.level !== 'country' && !names.some((n) => n.includes(areaName(first.area, locale)));
    const head = periodAt(first, locale) + (sharedArea ? `, ${where(first, locale)}` : '');
    return { head, list: rows.map((r, i) => `${names[i]} ${valueText(indicator, r.o, locale)}`).join(', ') };
  });
}

/** How far the latest figure stands from a target, or which way a target without a number points. */
function targetSentence(indicator: Indicator, target: Target, latest: Observation | null, locale: Locale, today: string): string {
  const tr = t(locale);
  const yearsLeft = target.year - Number(today.slice(0, 4));
  const when = yearsLeft > 0 ? tr('summary.target.ahead', { year: target.year, count: yearsLeft }) : tr('summary.target.due', { year: target.year });
  if (target.value === null) {
    const way = indicator.isRank ? 'summary.target.way.rank' : target.direction === 'at-most' ? 'summary.target.way.fall' : 'summary.target.way.rise';
    return tr('summary.target.noNumber', { when, way: tr(way) });
  }
  const goal = indicator.isRank ? rankText(target.value, null, locale) : formatQuantity(target.value, indicator.unit.symbol, locale);
  const head = tr('summary.target.is', { when, goal });
  if (latest === null) return `${head}.`;
  const atMost = indicator.isRank || target.direction === 'at-most';
  const gap = atMost ? difference(target.value, latest.value!) : difference(latest.value!, target.value);
  const now = valueText(indicator, latest, locale);
  if (gap <= 0) return tr('summary.target.met', { target: head, latest: now });
  const side = atMost ? (indicator.isRank ? 'summary.target.behindRank' : 'summary.target.above') : 'summary.target.short';
  return tr(side, { target: head, latest: now, gap: amount(indicator, gap, locale) });
}

/**
 * What the chart shows, in one short paragraph: what was measured and when, the first and latest
 * figure and the change (never across a merger: those figures describe different territories), and
 * how far the latest figure is from each target. `today` (YYYY-MM-DD) says how many years are left.
 */
export function chartSummary(indicator: Indicator, locale: Locale, today: string): string {
  const tr = t(locale);
  const title = pick(locale, indicator.title.vi, indicator.title.en);
  const figures = valued(indicator.observations);
  if (figures.length === 0) return tr('summary.none', { title });

  const sentences: string[] = [];
  const onOneTerritory = indicator.series.length === 1 && indicator.series[0]!.segments.filter((seg) => valued(seg.observations).length).length === 1;
  if (figures.length === 1) {
    const o = figures[0]!;
    sentences.push(tr('summary.one', { title, value: valueText(indicator, o, locale), when: periodAt(o, locale), place: place(o, locale) }));
  } else if (onOneTerritory) {
    sentences.push(...seriesSentences(indicator, indicator.series[0]!, locale, title));
  } else if (comparesWithinPeriods(indicator) && new Set(figures.map((o) => o.period.text)).size === 1) {
    // One period: the title, when and where, then the figures, in one sentence.
    const [{ head, list }] = periodSentences(indicator, locale) as [{ head: string; list: string }];
    sentences.push(`${title} ${head}: ${list}.`);
  } else {
    // Parts of one index in one place (PCI's ten sub-indices): the place is said once, up front,
    // instead of in each part's sentence.
    const first = figures[0]!;
    const onePlace = indicator.series.length > 1 && first.area.level !== 'country' && figures.every((o) => sameArea(o.area, first.area));
    const when = span(first, figures[figures.length - 1]!, locale);
    sentences.push(tr('summary.figures', { title, count: figures.length, when: onePlace ? `${when}, ${where(first, locale)}` : when }));
    if (comparesWithinPeriods(indicator)) sentences.push(...periodSentences(indicator, locale).map(({ head, list }) => `${capitalise(head, locale)}: ${list}.`));
    else if (indicator.series.length === 1) sentences.push(...seriesSentences(indicator, indicator.series[0]!, locale, ''));
    else for (const series of indicator.series) sentences.push(...seriesSentences(indicator, series, locale, capitalise(seriesName(series, locale), locale), onePlace));
    const changed = territoryChange(indicator);
    if (changed !== null) sentences.push(tr('summary.merger', { date: formatDate(changed, locale) }));
  }

  const single = indicator.series.length === 1 ? indicator.series[0]! : null;
  const lastSegment = single?.segments[single.segments.length - 1];
  const latest = lastSegment ? (valued(lastSegment.observations).at(-1) ?? null) : null;
  const national = nationalSentence(indicator, locale);
  if (national !== null) sentences.push(national);
  for (const target of indicator.targets) sentences.push(targetSentence(indicator, target, latest, locale, today));
  return sentences.join(' ');
}

/**
 * The province against the national average, in the latest period both have an exact figure for:
 * how far above or below it stood. A rough figure on either side gives no gap.
 */
function nationalSentence(indicator: Indicator, locale: Locale): string | null {
  const exact = valued(indicator.observations).filter(isExact);
  const own = exact.filter((o) => o.area.level === 'province');
  const national = exact.filter((o) => o.area.level === 'country');
  const pair = own
    .map((o) => ({ o, n: national.find((n) => n.period.text === o.period.text && JSON.stringify(n.dims) === JSON.stringify(o.dims)) }))
    .filter((p): p is { o: Observation; n: Observation } => p.n !== undefined)
    .at(-1);
  if (pair === undefined || indicator.isRank) return null;
  const gap = difference(pair.n.value!, pair.o.value!);
  const key = gap === 0 ? 'summary.national.equal' : gap > 0 ? 'summary.national.above' : 'summary.national.below';
  return t(locale)(key, {
    when: capitalise(periodAt(pair.o, locale), locale),
    province: place(pair.o, locale),
    amount: amount(indicator, Math.abs(gap), locale),
    value: valueText(indicator, pair.o, locale),
    national: valueText(indicator, pair.n, locale),
  });
}
