/**
 * A rate of change as the steps of an assessment print it, in words (src/i18n, `arithmetic.rate.…`):
 * shared by the arithmetic and by its explanation in sentences, so the two always agree.
 */
import { t, type Locale } from '../../i18n/translate.ts';

/**
 * "+6,6 điểm phần trăm/năm", "+1 percentage point a year", "-2 ha a year". `shown` is the rate as
 * printed (rounded), which chooses the plural; `signed` is its text with the sign; `symbol` the
 * indicator's unit symbol, empty for none.
 */
export function rateText(shown: number, signed: string, symbol: string, locale: Locale): string {
  if (symbol === '%') return t(locale)('arithmetic.rate.percent', { count: shown, rate: signed });
  if (symbol) return t(locale)('arithmetic.rate.unit', { rate: signed, unit: symbol });
  return t(locale)('arithmetic.rate.plain', { rate: signed });
}
