/**
 * The ranking in words, for the chart's description and the text beside it: where the province
 * stands among the provinces with a figure, how far from their median, the national figure, and
 * where its neighbours stand.
 */
import { t, type Locale } from '../../../i18n/translate.ts';
import type { Indicator } from '../../indicators/model.ts';
import { formatNumber, formatPeriodInSentence, formatQuantity } from '../../format.ts';
import { shortAreaName, valueText } from '../labels.ts';
import { parsePeriod } from '../../period.ts';
import type { ProvinceRanking, RankedProvince } from './province-ranking.ts';

export function rankingSummary(indicator: Indicator, ranking: ProvinceRanking, locale: Locale): string {
  const tr = t(locale);
  const kind = parsePeriod(ranking.period)?.kind ?? 'year';
  const at = tr(`summary.at.${kind}`, { period: formatPeriodInSentence(ranking.period, locale) });
  const period = at.charAt(0).toLocaleUpperCase(locale) + at.slice(1);
  const count = formatNumber(ranking.entries.length, locale);
  const place = (e: RankedProvince) => (indicator.isRank ? valueText(indicator, e.observation, locale) : tr('ranking.place', { place: e.place, count: ranking.entries.length }));
  const parts: string[] = [];
  const tracked = ranking.tracked;
  if (tracked === null) {
    parts.push(tr('ranking.summary.noTracked', { period, count }));
  } else if (indicator.isRank) {
    parts.push(tr('ranking.summary.rank', { period, province: shortAreaName(tracked.observation.area, locale), place: place(tracked), count }));
  } else {
    const where = { period, province: shortAreaName(tracked.observation.area, locale), value: valueText(indicator, tracked.observation, locale), ordinal: tr('ranking.ordinal', { count: tracked.place }), count };
    if (ranking.median === null) {
      parts.push(tr('ranking.summary.valueOnly', where));
      parts.push(tr('ranking.summary.partial', { count: ranking.provincesThen - ranking.entries.length, total: ranking.provincesThen }));
    } else {
      parts.push(tr('ranking.summary.value', { ...where, gap: medianGap(indicator, tracked.observation.value, ranking.median, locale) }));
    }
  }
  if (ranking.national) parts.push(tr('ranking.summary.national', { value: valueText(indicator, ranking.national, locale) }));
  const neighbours = ranking.entries.filter((e) => e.neighbour);
  if (neighbours.length) {
    parts.push(tr('ranking.summary.neighbours', { list: neighbours.map((e) => `${shortAreaName(e.observation.area, locale)} ${place(e)}`).join(', ') }));
  }
  return parts.join(' ');
}

/** "0.37 below the median (63.44)". */
function medianGap(indicator: Indicator, value: number, middle: number, locale: Locale): string {
  const tr = t(locale);
  const diff = Math.abs(value - middle);
  const amount = formatQuantity(Number(diff.toPrecision(6)), indicator.unit.symbol, locale);
  const median = formatQuantity(middle, indicator.unit.symbol, locale);
  if (diff === 0) return tr('ranking.summary.atMedian', { median });
  return tr(value > middle ? 'ranking.summary.aboveMedian' : 'ranking.summary.belowMedian', { amount, median });
}
