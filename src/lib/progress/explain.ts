/**
 * explainAssessment: the working of an assessment as plain sentences, in Vietnamese or English, for
 * the "step by step" part of a target's page. Numbers are rounded for reading; the exact ones stay
 * in the assessment's steps.
 */
import { pick, t, type Locale } from '../../i18n/translate.ts';
import { periodText, qualifyValue } from '../charts/labels.ts';
import { formatDate, formatNumber, formatPeriod, formatQuantity } from '../format.ts';
import { parsePeriod } from '../period.ts';
import type { AssessedPoint, Assessment } from './assessment.ts';
import { NEEDS_ACCELERATION_RATIO, ON_TRACK_RATIO } from './method.ts';
import { rateText } from './rate-text.ts';

/** Two decimals are enough to follow the arithmetic; more would suggest a precision the data lacks. */
const DISPLAY_DECIMALS = 2;

const round = (x: number, decimals = DISPLAY_DECIMALS) => {
  const r = Math.round(x * 10 ** decimals) / 10 ** decimals;
  return Object.is(r, -0) ? 0 : r;
};

/**
 * The ratio, rounded, but never rounded onto a threshold it is not on: 0.9496 printed "0,95 < 0,95"
 * would contradict itself, so such a ratio keeps more decimals.
 */
export function ratioText(ratio: number, locale: Locale): string {
  for (let decimals = DISPLAY_DECIMALS; decimals < 6; decimals++) {
    const r = round(ratio, decimals);
    if (![ON_TRACK_RATIO, NEEDS_ACCELERATION_RATIO, 0].some((threshold) => r === threshold && ratio !== threshold)) return formatNumber(r, locale);
  }
  return formatNumber(ratio, locale);
}

/**
 * The assessment as sentences, in order: what was left out, the figures used, the target, the
 * arithmetic, the status. `unitSymbol` is the indicator's unit symbol ("%", or empty for a rank).
 */
export function explainAssessment(assessment: Assessment, locale: Locale, unitSymbol: string | null): string[] {
  const tr = t(locale);
  const symbol = unitSymbol ?? '';
  const { steps, status, reasons } = assessment;
  const label = tr(`status.${status}`);
  const qty = (x: number) => formatQuantity(round(x), symbol, locale);
  const num = (x: number) => formatNumber(round(x), locale);
  const signed = (x: number) => (round(x) > 0 ? `+${num(x)}` : num(x));
  const rate = (x: number) => rateText(round(x), signed(x), symbol, locale);
  const years = (x: number) => tr('arithmetic.years', { count: round(x) });
  const at = (p: AssessedPoint) => `${qualifyValue(qty(p.value), p, locale)} (${periodText({ period: parsePeriod(p.periodText)!, periodQualifier: p.periodQualifier }, locale)})`;
  const deadline = formatDate(steps.target.deadline, locale);
  const sentences: string[] = [];

  if (reasons.includes('no-indicator')) return [tr('explain.noIndicator', { status: label })];
  if (reasons.includes('no-province-series')) return [tr('explain.noProvinceSeries', { status: label })];
  if (reasons.includes('ambiguous-series')) return [tr('explain.ambiguousSeries', { status: label })];

  for (const g of steps.leftOut) {
    if (g.periods.length === 0) continue;
    const periods = g.periods.map((p) => formatPeriod(p, locale)).join(', ');
    sentences.push(tr('explain.leftOut', { count: g.periods.length, area: pick(locale, g.areaName.vi, g.areaName.en), periods }));
  }
  if (steps.inexact.length > 0) {
    sentences.push(tr('explain.inexact', { count: steps.inexact.length, figures: steps.inexact.map(at).join('; ') }));
  }
  if (reasons.includes('no-published-value')) return [...sentences, tr('explain.noPublishedValue', { status: label })];
  if (reasons.includes('no-direction')) return [...sentences, tr('explain.noDirection', { status: label })];
  if (reasons.includes('no-comparable-observation')) return [...sentences, tr('explain.noComparable', { status: label })];
  if (reasons.includes('no-exact-figure')) return [...sentences, tr('explain.noExact', { status: label })];

  const { latest, baseline, target } = steps;
  if (!latest) return sentences;

  if (target.value === null) {
    sentences.push(tr('explain.noNumber', { deadline, better: tr(target.direction === 'at-most' ? 'explain.better.fall' : 'explain.better.rise') }));
    if (!baseline || steps.change === null) {
      sentences.push(tr('explain.onlyOne', { figure: at(latest), status: label }));
      return sentences;
    }
    const c = steps.change;
    const moved = c === 0 ? tr('explain.change.none') : tr(c > 0 ? 'explain.change.up' : 'explain.change.down', { amount: num(Math.abs(c)) });
    sentences.push(`${at(baseline)} → ${at(latest)}: ${moved}: ${label}.`);
    if (reasons.includes('deadline-passed')) sentences.push(tr('explain.lastComparison', { deadline }));
    return sentences;
  }

  const goal = qty(target.value);
  sentences.push(tr(target.direction === 'at-most' ? 'explain.target.atMost' : 'explain.target.atLeast', { goal, year: target.year, deadline }));
  sentences.push(baseline ? tr('explain.figures', { baseline: at(baseline), latest: at(latest) }) : tr('explain.latest', { latest: at(latest) }));

  const sign = target.direction === 'at-most' ? '≤' : '≥';
  if (reasons.includes('achieved-by-bound')) {
    sentences.push(tr('explain.achievedByBound', { figure: at(latest), bound: qualifyValue(qty(latest.value), latest, locale), goal, status: label }));
    return sentences;
  }
  if (status === 'achieved') {
    sentences.push(`${qty(latest.value)} ${sign} ${goal}: ${label}.`);
    return sentences;
  }
  if (reasons.includes('deadline-passed')) {
    sentences.push(tr('explain.deadlinePassed', { deadline, latest: qty(latest.value), goal, status: label }));
    return sentences;
  }
  if (reasons.includes('single-observation')) {
    sentences.push(tr('explain.singleObservation', { status: label }));
    return sentences;
  }
  if (reasons.includes('no-time-elapsed')) {
    sentences.push(tr('explain.noTimeElapsed', { status: label }));
    return sentences;
  }
  const { yearsElapsed, yearsRemaining, observedRate, requiredRate, ratio, projected } = steps;
  if (yearsElapsed === null || yearsRemaining === null || observedRate === null || requiredRate === null || ratio === null) return sentences;

  sentences.push(tr('explain.years', { elapsed: years(yearsElapsed), remaining: years(yearsRemaining) }));
  const thresholds = { ratio: ratioText(ratio, locale), onTrack: formatNumber(ON_TRACK_RATIO, locale), needs: formatNumber(NEEDS_ACCELERATION_RATIO, locale) };
  const comparison = tr(status === 'on-track' ? 'explain.ratio.on-track' : status === 'needs-acceleration' ? 'explain.ratio.needs-acceleration' : 'explain.ratio.off-track', thresholds);
  const rates = { observed: rate(observedRate), required: rate(requiredRate), comparison, status: label };
  sentences.push(tr(ratio < 0 ? 'explain.ratesAway' : 'explain.rates', rates));
  if (projected !== null) sentences.push(tr('explain.projected', { value: qty(projected) }));
  return sentences;
}
