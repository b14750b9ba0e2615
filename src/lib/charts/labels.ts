/**
 * The words charts print, in both languages, and the way one observation is named and valued. Kept
 * beside the charts (not in src/i18n) because the SVG is also drawn for downloads, outside a page.
 */
import type { Locale } from '../contract/site.ts';
import type { Area } from '../contract/reference.ts';
import type { Indicator, Observation, Series } from '../indicators/model.ts';
import { formatNumber, formatPeriod, formatQuantity } from '../format.ts';

const strings = {
  vi: {
    merger: 'Sáp nhập tỉnh',
    areaChange: 'Đổi địa bàn',
    target: 'Mục tiêu {year}: {value}',
    targetNoValue: 'Mục tiêu {year}:',
    betterRank: 'nâng thứ hạng',
    rise: 'tăng lên',
    fall: 'giảm xuống',
    rankAxis: 'Thứ hạng (1 = tốt nhất)',
    noFigure: 'Không có số liệu',
    tileNote: 'Sơ đồ ô: vị trí tương đối của các huyện, không phải bản đồ',
    tileMapTitle: '{title}: so sánh các huyện, {period}',
    table: 'Bảng số liệu',
    tableCaption: 'Số liệu của biểu đồ: {title}',
    period: 'Kỳ số liệu',
    area: 'Địa bàn',
    value: 'Giá trị',
    rank: 'Thứ hạng',
    source: 'Nguồn',
    sources: 'Nguồn',
    undated: 'không ghi ngày',
    keyboardHint: 'Dùng phím mũi tên trái, phải để đi qua các điểm số liệu; lên, xuống để đổi chuỗi số liệu.',
    toggles: 'Hiện hoặc ẩn chuỗi số liệu',
  },
  en: {
    merger: 'Province merger',
    areaChange: 'Area changed',
    target: '{year} target: {value}',
    targetNoValue: '{year} target:',
    betterRank: 'a better rank',
    rise: 'higher',
    fall: 'lower',
    rankAxis: 'Rank (1 = best)',
    noFigure: 'No figure',
    tileNote: 'Tile grid: districts in relative positions, not a map',
    tileMapTitle: '{title}: districts compared, {period}',
    table: 'Data table',
    tableCaption: 'Figures in the chart: {title}',
    period: 'Period',
    area: 'Area',
    value: 'Value',
    rank: 'Rank',
    source: 'Source',
    sources: 'Sources',
    undated: 'undated',
    keyboardHint: 'Use the left and right arrow keys to move between data points, up and down to change series.',
    toggles: 'Show or hide series',
  },
} as const;

export type ChartStringKey = keyof (typeof strings)['vi'];

/** A chart string with its {placeholders} filled. */
export function chartText(locale: Locale, key: ChartStringKey, values: Record<string, string | number> = {}): string {
  return strings[locale][key].replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

export const pickText = (locale: Locale, text: { vi: string; en: string }): string => text[locale];

export const areaName = (area: Area, locale: Locale): string => (locale === 'vi' ? area.name : area.name_en);

/** English ordinals: 1st, 2nd, 3rd, 11th, 12th, 13th, 21st, 41st, 52nd. */
export function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}

/** The `out_of` attribute of a rank observation ("55 of 63"), when the row gives one. */
export const outOf = (o: Observation): number | null => {
  const v = o.attributes['out_of'];
  return typeof v === 'number' ? v : null;
};

/**
 * A value as read aloud or in a tooltip: a quantity with its unit symbol, or for a rank
 * "hạng 55/63" / "55th of 63".
 */
export function valueText(indicator: Indicator, o: Observation, locale: Locale): string {
  if (o.value === null) return chartText(locale, 'noFigure');
  if (!indicator.isRank) return formatQuantity(o.value, indicator.unit.symbol, locale);
  return rankText(o.value, outOf(o), locale);
}

/** "hạng 55/63" / "55th of 63"; without the total when it is unknown. */
export function rankText(rank: number, total: number | null, locale: Locale): string {
  if (locale === 'vi') return `hạng ${formatNumber(rank, locale)}${total === null ? '' : `/${formatNumber(total, locale)}`}`;
  return `${ordinal(rank)}${total === null ? '' : ` of ${formatNumber(total, locale)}`}`;
}

/**
 * One observation named in full, for tooltips and the spoken label of a focused point:
 * "2023 · Tỉnh Quảng Trị (trước 01/07/2025): 4.327". The series label comes first when there are
 * several, and the area is left out when the series label already is the area.
 */
export function observationLabel(indicator: Indicator, series: Series, o: Observation, locale: Locale): string {
  const area = areaName(o.area, locale);
  const seriesName = pickText(locale, series.label);
  const parts = [formatPeriod(o.period.text, locale)];
  if (seriesName !== '') parts.push(seriesName);
  if (!seriesName.includes(area)) parts.push(area);
  return `${parts.join(' · ')}: ${valueText(indicator, o, locale)}`;
}

/** The name of a series for legends and bars: its dimension labels, else its area. */
export function seriesName(series: Series, locale: Locale): string {
  const name = pickText(locale, series.label);
  if (name !== '') return name;
  const area = series.segments[0]?.area;
  return area ? areaName(area, locale) : '';
}

const prefixes: Record<Locale, Array<[RegExp, string]>> = {
  vi: [
    [/^Huyện /, ''],
    [/^Thành phố /, 'TP '],
    [/^Thị xã /, 'TX '],
  ],
  en: [
    [/ island district$/, ''],
    [/ district$/, ''],
    [/ city$/, ''],
  ],
};

/** A district's name short enough for a tile: "Huyện Vĩnh Linh" → "Vĩnh Linh", "Thị xã Quảng Trị" → "TX Quảng Trị". */
export function shortAreaName(area: Area, locale: Locale): string {
  let name = areaName(area, locale);
  for (const [pattern, replacement] of prefixes[locale]) name = name.replace(pattern, replacement);
  return name;
}
