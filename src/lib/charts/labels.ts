/**
 * How charts name and value one observation, a series and a district, in the reader's language.
 * The words are UI strings (src/i18n, keys `chart.…` and `rank.…`), so the SVG drawn for downloads
 * says the same as the page.
 */
import { pick, t, type Locale } from '../../i18n/translate.ts';
import type { Area } from '../contract/reference.ts';
import type { Indicator, Observation, Series } from '../indicators/model.ts';
import { formatNumber, formatPeriod, formatQuantity } from '../format.ts';

export const areaName = (area: Area, locale: Locale): string => pick(locale, area.name, area.name_en);

/** The `out_of` attribute of a rank observation ("55 of 63"), when the row gives one. */
export const outOf = (o: Observation): number | null => {
  const v = o.attributes['out_of'];
  return typeof v === 'number' ? v : null;
};

/**
 * A value as read aloud or in a tooltip: a quantity with its unit symbol, or for a rank
 * "hạng 55/63" / "55th of 63", with how its source qualifies it ("hơn 13.600", "about 4,300").
 */
export function valueText(indicator: Indicator, o: Observation, locale: Locale): string {
  if (o.value === null) return t(locale)('chart.noFigure');
  const plain = indicator.isRank ? rankText(o.value, outOf(o), locale) : formatQuantity(o.value, indicator.unit.symbol, locale);
  return qualifyValue(plain, o, locale);
}

/** A formatted value with its qualifier: in words ("hơn 13.600"), or short for tables and labels ("> 13.600"). */
export function qualifyValue(text: string, o: Pick<Observation, 'valueQualifier'>, locale: Locale, form: 'words' | 'short' = 'words'): string {
  if (o.valueQualifier === null) return text;
  return t(locale)(`qualifier.${form === 'words' ? 'value' : 'short'}.${o.valueQualifier}`, { value: text });
}

/** An exact figure: its source states both its value and its period plainly. */
export const isExact = (o: Pick<Observation, 'valueQualifier' | 'periodQualifier'>): boolean => o.valueQualifier === null && o.periodQualifier === null;

/**
 * A figure's period as a table or tooltip shows it: "2023", "khoảng 2023", or for a period the
 * source does not state, "kỳ không rõ, công bố 30/12/2023" (the period then holds that day); only
 * "kỳ không rõ" with `dateShownBeside`, where the source's date, that same day, is printed next to it.
 */
export function periodText(o: Pick<Observation, 'period' | 'periodQualifier'>, locale: Locale, dateShownBeside = false): string {
  if (o.periodQualifier === 'not-stated') {
    return dateShownBeside ? t(locale)('qualifier.period.not-stated-bare') : t(locale)('qualifier.period.not-stated', { date: formatPeriod(o.period.text, locale) });
  }
  const period = formatPeriod(o.period.text, locale);
  return o.periodQualifier === 'about' ? t(locale)('qualifier.period.about', { period }) : period;
}

/** "hạng 55/63" / "55th of 63"; without the total when it is unknown. */
export function rankText(rank: number, total: number | null, locale: Locale): string {
  const tr = t(locale);
  const place = tr('rank.place', { count: rank });
  return total === null ? place : tr('rank.ofTotal', { place, total: formatNumber(total, locale) });
}

/**
 * One observation named in full, for tooltips and the spoken label of a focused point:
 * "2023 · Tỉnh Quảng Trị (trước 01/07/2025): 4.327". The series label comes first when there are
 * several, and the area is left out when the series label already is the area.
 */
export function observationLabel(indicator: Indicator, series: Series, o: Observation, locale: Locale): string {
  const area = areaName(o.area, locale);
  const seriesName = pick(locale, series.label.vi, series.label.en);
  const parts = [periodText(o, locale)];
  if (seriesName !== '') parts.push(seriesName);
  if (!seriesName.includes(area)) parts.push(area);
  return `${parts.join(' · ')}: ${valueText(indicator, o, locale)}`;
}

/**
 * The figures of the latest period with a value: one, or several where series share that period
 * (one per category), which no single "latest figure" can stand for.
 */
export function latestFigures(indicator: Indicator): Observation[] {
  // The country's average is context: the latest figure is the province's (or its districts').
  const own = indicator.observations.filter((o) => o.value !== null && o.area.level !== 'country');
  const valued = own.length > 0 ? own : indicator.observations.filter((o) => o.value !== null);
  const last = valued.at(-1);
  return last === undefined ? [] : valued.filter((o) => o.time === last.time && o.periodQualifier === last.periodQualifier);
}

/** "hơn 13.600 (Quý I/2026)", or "3 số liệu (khoảng 2023)" where several share the latest period; null without a figure. */
export function latestText(indicator: Indicator, locale: Locale): string | null {
  const figures = latestFigures(indicator);
  const first = figures[0];
  if (first === undefined) return null;
  const when = periodText(first, locale);
  if (figures.length > 1) return t(locale)('indicator.latestSeveral', { count: figures.length, period: when });
  // Among several series the latest figure says whose it is: PCI's 2023 total is the Party
  // Committee site's, not VCCI's, and must not read as the series the chart draws first.
  const series = indicator.series.length > 1 ? indicator.series.find((s) => s.segments.some((g) => g.observations.includes(first))) : undefined;
  const name = series ? pick(locale, series.label.vi, series.label.en) : '';
  // The series name after a dash: it may hold brackets of its own, which must not nest.
  return `${valueText(indicator, first, locale)} (${when})${name === '' ? '' : ` — ${name}`}`;
}

/** The name of a series for legends and bars: its dimension labels, else its area. */
export function seriesName(series: Series, locale: Locale): string {
  const name = pick(locale, series.label.vi, series.label.en);
  if (name !== '') return name;
  const area = series.segments[0]?.area;
  return area ? areaName(area, locale) : '';
}

/** One rule of `chart.tileNames`: a full name ("Thành phố {name}") and its short form ("TP {name}"). */
interface ShortNameRule {
  full: RegExp;
  short: string;
}

const shortNameRules = new Map<Locale, ShortNameRule[]>();

/** The rules of `chart.tileNames`, read once per language. */
function tileNameRules(locale: Locale): ShortNameRule[] {
  let rules = shortNameRules.get(locale);
  if (rules === undefined) {
    rules = t(locale)('chart.tileNames')
      .split(';')
      .map((rule) => {
        const [full, short] = rule.split(' = ').map((side) => side.trim()) as [string, string];
        const pattern = full.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace('\\{name\\}', '(.+)');
        return { full: new RegExp(`^${pattern}$`, 'u'), short };
      });
    shortNameRules.set(locale, rules);
  }
  return rules;
}

/** A district's name short enough for a tile: "Huyện Vĩnh Linh" → "Vĩnh Linh", "Thị xã Quảng Trị" → "TX Quảng Trị". */
export function shortAreaName(area: Area, locale: Locale): string {
  // "Tỉnh Quảng Trị (từ 01/07/2025)": the dates are for lists; beside a figure its period says them.
  const name = areaName(area, locale).replace(/\s*\([^)]*\)$/u, '');
  for (const { full, short } of tileNameRules(locale)) {
    const match = full.exec(name);
    if (match) return short.replace('{name}', match[1]!);
  }
  return name;
}
