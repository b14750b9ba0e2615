/**
 * The working of an assessment as numbered steps, each with the numbers put into its formula and
 * its result, so a target's page can print the arithmetic and a reader can redo it by hand. The
 * step's name and its formula in words are UI strings (src/i18n, keys `arithmetic.<id>`), and so
 * are the words around its numbers (`arithmetic.years`, `arithmetic.rate.…`); this module fills in
 * the numbers, rounded for reading from the Assessment's exact ones.
 */
import { periodText, qualifyValue } from '../charts/labels.ts';
import { parsePeriod } from '../period.ts';
import { pick, t, type Locale } from '../../i18n/translate.ts';
import { formatDate, formatNumber, formatPeriod, formatQuantity } from '../format.ts';
import { ratioText, type AssessedPoint, type Assessment } from './index.ts';
import { rateText } from './rate-text.ts';

export const ARITHMETIC_STEPS = ['left-out', 'inexact', 'target', 'baseline', 'latest', 'change', 'years-elapsed', 'years-remaining', 'observed-rate', 'required-rate', 'ratio', 'projected'] as const;
export type ArithmeticStepId = (typeof ARITHMETIC_STEPS)[number];

export interface ArithmeticStep {
  id: ArithmeticStepId;
  /** The numbers put into the formula, e.g. "(65,63 − 52,3) / 1,5"; null when the step is a reading. */
  working: string | null;
  /** What the step gives, e.g. "+8,89 điểm phần trăm/năm". */
  result: string;
}

/** Enough digits to redo the sums: two decimals, but three significant digits below 1 (0,0876 years). */
export function readable(x: number): number {
  if (x === 0 || !Number.isFinite(x)) return x;
  const decimals = Math.abs(x) >= 1 ? 2 : Math.min(6, 2 - Math.floor(Math.log10(Math.abs(x))));
  const r = Math.round(x * 10 ** decimals) / 10 ** decimals;
  return Object.is(r, -0) ? 0 : r;
}

/**
 * The steps that apply to this assessment, in reading order. Steps whose numbers do not exist (no
 * baseline, no rate) are left out; a target without a number gets its change instead of rates.
 */
export function arithmeticSteps(assessment: Assessment, locale: Locale, unitSymbol: string | null): ArithmeticStep[] {
  const tr = t(locale);
  const symbol = unitSymbol ?? '';
  const n = (x: number) => formatNumber(readable(x), locale);
  const signed = (x: number) => (readable(x) > 0 ? `+${n(x)}` : n(x));
  const qty = (x: number) => formatQuantity(readable(x), symbol, locale);
  const rate = (x: number) => rateText(readable(x), signed(x), symbol, locale);
  const years = (x: number) => tr('arithmetic.years', { count: readable(x) });
  const at = (p: AssessedPoint) => `${qualifyValue(qty(p.value), p, locale)} (${periodText({ period: parsePeriod(p.periodText)!, periodQualifier: p.periodQualifier }, locale)})`;
  const { steps } = assessment;
  const { baseline, latest, target } = steps;
  const out: ArithmeticStep[] = [];
  const add = (id: ArithmeticStepId, result: string, working: string | null = null) => out.push({ id, working, result });

  for (const g of steps.leftOut) {
    if (g.periods.length > 0) add('left-out', `${pick(locale, g.areaName.vi, g.areaName.en)}: ${g.periods.map((p) => formatPeriod(p, locale)).join(', ')}`);
  }
  if (steps.inexact.length > 0) add('inexact', steps.inexact.map(at).join('; '));
  const sign = target.direction === 'at-most' ? '≤' : '≥';
  const deadline = tr('arithmetic.deadline', { date: formatDate(target.deadline, locale) });
  add('target', target.value === null ? `${tr('arithmetic.noNumber')} (${deadline})` : `${target.direction === null ? '' : `${sign} `}${qty(target.value)} (${deadline})`);
  if (baseline) add('baseline', at(baseline));
  if (latest) add('latest', at(latest));
  if (!latest) return out;

  if (target.value === null) {
    if (baseline && steps.change !== null) add('change', signed(steps.change), `${n(latest.value)} − ${n(baseline.value)}`);
    return out;
  }
  // Rates are only worked out on the way to a ratio: achieved or past-deadline targets stop before.
  if (baseline && steps.yearsElapsed !== null && steps.requiredRate !== null) add('years-elapsed', years(steps.yearsElapsed), `${formatPeriod(baseline.periodText, locale)} → ${formatPeriod(latest.periodText, locale)}`);
  if (steps.requiredRate !== null && steps.yearsRemaining !== null) add('years-remaining', years(steps.yearsRemaining), `${formatPeriod(latest.periodText, locale)} → ${deadline}`);
  if (baseline && steps.observedRate !== null && steps.yearsElapsed !== null && steps.requiredRate !== null) {
    add('observed-rate', rate(steps.observedRate), `(${n(latest.value)} − ${n(baseline.value)}) / ${n(steps.yearsElapsed)}`);
  }
  if (steps.requiredRate !== null && steps.yearsRemaining !== null) {
    add('required-rate', rate(steps.requiredRate), `(${n(target.value)} − ${n(latest.value)}) / ${n(steps.yearsRemaining)}`);
  }
  if (steps.ratio !== null && steps.observedRate !== null && steps.requiredRate !== null) {
    add('ratio', ratioText(steps.ratio, locale), `${signed(steps.observedRate)} / ${signed(steps.requiredRate)}`);
  }
  if (steps.projected !== null && steps.observedRate !== null && steps.yearsRemaining !== null) {
    add('projected', qty(steps.projected), `${n(latest.value)} + ${signed(steps.observedRate)} × ${n(steps.yearsRemaining)}`);
  }
  return out;
}
