/**
 * Locale-aware formatting for what pages print. Pure: no Astro, no "today".
 * Vietnamese writes a decimal comma and a dot between thousands (1.830; 7,09); English the reverse.
 */
import type { Locale } from './contract/site.ts';
import { numberFormat, t } from '../i18n/translate.ts';
import { parsePeriod } from './period.ts';

/**
 * A number as the locale writes it, keeping every decimal the data gives (42.7705 stays 42,7705):
 * Intl would otherwise round to three places.
 */
export function formatNumber(value: number, locale: Locale): string {
  return numberFormat(locale).format(value);
}

/**
 * A number followed by its unit symbol: "%" sticks to the number (7,09%), other symbols follow a
 * space; no symbol (a plain count) prints the number alone.
 */
export function formatQuantity(value: number, symbol: string | null | undefined, locale: Locale): string {
  const number = formatNumber(value, locale);
  if (!symbol) return number;
  return symbol === '%' ? `${number}%` : `${number} ${symbol}`;
}

type MonthNumber = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12;

/**
 * The pieces of a month or a day ("2025-08" or "2025-08-04") that a language may write it with;
 * each format in src/i18n (period.*) takes the ones it needs.
 */
function monthPieces(text: string, locale: Locale) {
  const tr = t(locale);
  const month = Number(text.slice(5, 7)) as MonthNumber;
  return {
    year: text.slice(0, 4),
    mm: text.slice(5, 7),
    dd: text.slice(8, 10),
    day: Number(text.slice(8, 10)),
    monthName: tr(`period.monthName.${month}`),
    monthAbbr: tr(`period.monthAbbr.${month}`),
  };
}

/** The pieces of a quarter ("2026-Q1"): its number and, as Vietnamese writes it, its roman numeral. */
function quarterPieces(text: string) {
  const quarter = Number(text.slice(-1));
  return { year: text.slice(0, 4), quarter, roman: ['I', 'II', 'III', 'IV'][quarter - 1]! };
}

/**
 * A calendar date written YYYY-MM-DD, as readers of each language expect it:
 * "04/11/2021" in Vietnamese, "4 November 2021" in English. Built by hand rather than with
 * Intl.DateTimeFormat so that no time zone can move the day.
 */
export function formatDate(isoDate: string, locale: Locale): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (match === null) throw new RangeError(`formatDate expects a date written YYYY-MM-DD, got "${isoDate}"`);
  const month = match[2]!;
  const monthIndex = Number(month) - 1;
  if (monthIndex < 0 || monthIndex > 11) throw new RangeError(`formatDate: no month ${month} in "${isoDate}"`);
  return t(locale)('period.day', monthPieces(isoDate, locale));
}

/** The first paragraph of a description: the text before the first blank line, trimmed. */
export function firstParagraph(text: string): string {
  return text.trim().split(/\r?\n\s*\r?\n/, 1)[0]!.trim();
}

/**
 * The earliest and latest of a period column, as written in the CSV ("2022", "2026-Q1", "2025-08",
 * "2025-08-25"): the period that starts first and the one that ends last. Values that are not a
 * period (a bare year typed as a number counts as one) are compared as text. Null when none is given.
 */
export function periodRange(values: readonly unknown[]): { from: string; to: string } | null {
  const periods = values
    .filter((v): v is string | number => typeof v === 'string' || typeof v === 'number')
    .map((v) => {
      const text = String(v);
      const parsed = parsePeriod(text);
      return { text, start: parsed?.start ?? text, end: parsed?.end ?? text };
    });
  if (periods.length === 0) return null;
  const first = periods.reduce((a, b) => (b.start < a.start ? b : a));
  const last = periods.reduce((a, b) => (b.end > a.end ? b : a));
  return { from: first.text, to: last.text };
}

/**
 * A period as readers write it: "2023"; "Quý I/2026" or "Q1 2026"; "08/2025" or "August 2025";
 * a day as formatDate. Text that is not a period is returned unchanged.
 */
export function formatPeriod(text: string, locale: Locale): string {
  return periodText(text, locale, 'period.quarter');
}

/** A period inside a sentence, where Vietnamese writes a quarter in lower case ("quý I/2026"). */
export function formatPeriodInSentence(text: string, locale: Locale): string {
  return periodText(text, locale, 'period.quarter.inSentence');
}

function periodText(text: string, locale: Locale, quarterFormat: 'period.quarter' | 'period.quarter.inSentence'): string {
  const period = parsePeriod(text);
  if (period === null) return text;
  switch (period.kind) {
    case 'year':
      return text.slice(0, 4);
    case 'quarter':
      return t(locale)(quarterFormat, quarterPieces(text));
    case 'month':
      return t(locale)('period.month', monthPieces(text, locale));
    case 'day':
      return formatDate(text, locale);
  }
}

/**
 * A period in as few characters as an axis label allows: "2023"; "Q1/2026" or "Q1 2026"; "08/2025"
 * or "Aug 2025"; "25/08/2025" or "25 Aug 2025". Text that is not a period is returned unchanged.
 */
export function formatPeriodShort(text: string, locale: Locale): string {
  const period = parsePeriod(text);
  if (period === null) return text;
  switch (period.kind) {
    case 'year':
      return text.slice(0, 4);
    case 'quarter':
      return t(locale)('period.quarter.short', quarterPieces(text));
    case 'month':
      return t(locale)('period.month.short', monthPieces(text, locale));
    case 'day':
      return t(locale)('period.day.short', monthPieces(text, locale));
  }
}
