/**
 * explainAssessment: the working of an assessment as plain sentences, in Vietnamese or English, for
 * the "step by step" part of a target's page. Numbers are rounded for reading; the exact ones stay
 * in the assessment's steps.
 */
import type { Locale } from '../contract/site.ts';
import { formatDate, formatNumber, formatPeriod, formatQuantity } from '../format.ts';
import type { AssessedPoint, Assessment } from './assessment.ts';
import { NEEDS_ACCELERATION_RATIO, ON_TRACK_RATIO } from './method.ts';
import { STATUS_LABELS } from './status.ts';

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
    if (![ON_TRACK_RATIO, NEEDS_ACCELERATION_RATIO, 0].some((t) => r === t && ratio !== t)) return formatNumber(r, locale);
  }
  return formatNumber(ratio, locale);
}

/** Words that depend on the language; kept together so the two languages can be read side by side. */
const words = {
  vi: {
    rateUnit: (symbol: string) => (symbol === '%' ? ' điểm phần trăm/năm' : symbol ? ` ${symbol}/năm` : '/năm'),
    years: (n: string) => `${n} năm`,
    atLeast: 'ít nhất',
    atMost: 'tối đa',
  },
  en: {
    rateUnit: (symbol: string) => (symbol === '%' ? ' percentage points a year' : symbol ? ` ${symbol} a year` : ' a year'),
    years: (n: string) => `${n} years`,
    atLeast: 'at least',
    atMost: 'at most',
  },
} as const;

/**
 * The assessment as sentences, in order: what was left out, the figures used, the target, the
 * arithmetic, the status. `unitSymbol` is the indicator's unit symbol ("%", or empty for a rank).
 */
export function explainAssessment(assessment: Assessment, locale: Locale, unitSymbol: string | null): string[] {
  const vi = locale === 'vi';
  const symbol = unitSymbol ?? '';
  const w = words[locale];
  const { steps, status, reasons } = assessment;
  const label = STATUS_LABELS[status][locale];
  const qty = (x: number) => formatQuantity(round(x), symbol, locale);
  const num = (x: number) => formatNumber(round(x), locale);
  const signed = (x: number) => (round(x) > 0 ? `+${num(x)}` : num(x));
  const rate = (x: number) => `${signed(x)}${w.rateUnit(symbol)}`;
  const at = (p: AssessedPoint) => `${qty(p.value)} (${formatPeriod(p.periodText, locale)})`;
  const deadline = formatDate(steps.target.deadline, locale);
  const sentences: string[] = [];

  if (reasons.includes('no-indicator')) return [vi ? `Chưa có chỉ tiêu nào được công bố để đo mục tiêu này: ${label}.` : `No published indicator measures this target yet: ${label}.`];
  if (reasons.includes('no-province-series')) return [vi ? `Chỉ tiêu chưa có chuỗi số liệu cho toàn tỉnh: ${label}.` : `The indicator has no series for the province as a whole: ${label}.`];
  if (reasons.includes('ambiguous-series')) {
    return [vi
      ? `Chỉ tiêu có nhiều chuỗi số liệu cho toàn tỉnh (mỗi phân tổ một chuỗi), không chuỗi nào một mình đại diện cho mục tiêu: ${label}.`
      : `The indicator has several province-wide series (one per breakdown) and none alone stands for the target: ${label}.`];
  }

  for (const g of steps.leftOut) {
    if (g.periods.length === 0) continue;
    const periods = g.periods.map((p) => formatPeriod(p, locale)).join(', ');
    sentences.push(vi
      ? `Không dùng ${g.periods.length} số liệu của ${g.areaName.vi} (${periods}) để tính: địa giới đã thay đổi khi sáp nhập nên không so sánh được với số liệu sau đó.`
      : `${g.periods.length} ${g.periods.length === 1 ? 'figure' : 'figures'} for ${g.areaName.en} (${periods}) ${g.periods.length === 1 ? 'is' : 'are'} left out of the arithmetic: the territory changed with the merger, so ${g.periods.length === 1 ? 'it is' : 'they are'} not comparable with later figures.`);
  }
  if (reasons.includes('no-published-value')) return [...sentences, vi ? `Chưa có giá trị nào được công bố cho toàn tỉnh: ${label}.` : `No value has been published for the province as a whole: ${label}.`];
  if (reasons.includes('no-direction')) return [...sentences, vi ? `Mục tiêu không nêu cần tăng hay giảm nên chưa đánh giá được: ${label}.` : `The target does not say whether the figure should rise or fall, so it cannot be assessed: ${label}.`];
  if (reasons.includes('no-comparable-observation')) return [...sentences, vi ? `Chưa có số liệu nào cho địa giới hiện tại: ${label}.` : `There is no figure yet for the current territory: ${label}.`];

  const { latest, baseline, target } = steps;
  if (!latest) return sentences;
  const direction = target.direction === 'at-most' ? w.atMost : w.atLeast;

  if (target.value === null) {
    const better = target.direction === 'at-most' ? (vi ? 'giảm' : 'a fall') : vi ? 'tăng' : 'a rise';
    sentences.push(vi
      ? `Mục tiêu không nêu con số (hạn ${deadline}): so sánh hai số liệu gần nhất; cải thiện (${better}) là đúng tiến độ, không đổi là cần đẩy nhanh, xấu đi là chậm tiến độ.`
      : `The target sets no number (deadline ${deadline}): the last two figures are compared; an improvement (${better}) is on track, no change needs acceleration, a worsening is off track.`);
    if (!baseline || steps.change === null) {
      sentences.push(vi ? `Mới có một số liệu: ${at(latest)}; cần ít nhất hai để so sánh: ${label}.` : `There is only one figure so far, ${at(latest)}; a comparison needs two: ${label}.`);
      return sentences;
    }
    const c = steps.change;
    const moved = c === 0 ? (vi ? 'không đổi' : 'unchanged') : c > 0 ? (vi ? `tăng ${num(Math.abs(c))}` : `up ${num(Math.abs(c))}`) : vi ? `giảm ${num(Math.abs(c))}` : `down ${num(Math.abs(c))}`;
    sentences.push(`${at(baseline)} → ${at(latest)}: ${moved}: ${label}.`);
    if (reasons.includes('deadline-passed')) sentences.push(vi ? `Hạn ${deadline} đã qua; đánh giá dựa trên lần so sánh cuối cùng.` : `The deadline, ${deadline}, has passed; the assessment rests on the last comparison.`);
    return sentences;
  }

  const goal = qty(target.value);
  sentences.push(vi ? `Mục tiêu: ${direction} ${goal} vào cuối năm ${target.year} (hạn ${deadline}).` : `Target: ${direction} ${goal} by the end of ${target.year} (deadline ${deadline}).`);
  if (baseline) sentences.push(vi ? `Số liệu gốc: ${at(baseline)}; số liệu mới nhất: ${at(latest)}.` : `Baseline: ${at(baseline)}; latest figure: ${at(latest)}.`);
  else sentences.push(vi ? `Số liệu mới nhất: ${at(latest)}.` : `Latest figure: ${at(latest)}.`);

  const sign = target.direction === 'at-most' ? '≤' : '≥';
  if (status === 'achieved') {
    sentences.push(`${qty(latest.value)} ${sign} ${goal}: ${label}.`);
    return sentences;
  }
  if (reasons.includes('deadline-passed')) {
    sentences.push(vi ? `Hạn ${deadline} đã qua mà số liệu mới nhất (${qty(latest.value)}) chưa đạt mục tiêu ${goal}: ${label}.` : `The deadline, ${deadline}, has passed and the latest figure (${qty(latest.value)}) does not meet the target of ${goal}: ${label}.`);
    return sentences;
  }
  if (reasons.includes('single-observation')) {
    sentences.push(vi ? `Mới có một số liệu so sánh được, chưa đạt mục tiêu; cần ít nhất hai số liệu để tính tốc độ: ${label}.` : `There is only one comparable figure, short of the target; a rate needs at least two: ${label}.`);
    return sentences;
  }
  if (reasons.includes('no-time-elapsed')) {
    sentences.push(vi ? `Hai số liệu cùng một thời điểm nên chưa tính được tốc độ: ${label}.` : `The two figures fall at the same moment, so no rate can be computed: ${label}.`);
    return sentences;
  }
  const { yearsElapsed, yearsRemaining, observedRate, requiredRate, ratio, projected } = steps;
  if (yearsElapsed === null || yearsRemaining === null || observedRate === null || requiredRate === null || ratio === null) return sentences;

  sentences.push(vi
    ? `Từ số liệu gốc đến số liệu mới nhất: ${w.years(num(yearsElapsed))}; từ số liệu mới nhất đến hạn: ${w.years(num(yearsRemaining))}.`
    : `From the baseline to the latest figure: ${w.years(num(yearsElapsed))}; from the latest figure to the deadline: ${w.years(num(yearsRemaining))}.`);
  const r = ratioText(ratio, locale);
  const onTrack = formatNumber(ON_TRACK_RATIO, locale);
  const needs = formatNumber(NEEDS_ACCELERATION_RATIO, locale);
  const comparison =
    status === 'on-track' ? `${r} ≥ ${onTrack}` : status === 'needs-acceleration' ? (vi ? `${r} < ${onTrack} nhưng ≥ ${needs}` : `${r} < ${onTrack} but ≥ ${needs}`) : `${r} < ${needs}`;
  const away = ratio < 0 ? (vi ? ' (đi ngược hướng mục tiêu)' : ' (moving away from the target)') : '';
  sentences.push(vi
    ? `Tốc độ quan sát: ${rate(observedRate)}; tốc độ cần để đạt mục tiêu: ${rate(requiredRate)}; tỷ lệ ${comparison}${away}: ${label}.`
    : `Observed rate: ${rate(observedRate)}; rate needed to reach the target: ${rate(requiredRate)}; ratio ${comparison}${away}: ${label}.`);
  if (projected !== null) sentences.push(vi ? `Nếu giữ tốc độ này, đến hạn số liệu sẽ vào khoảng ${qty(projected)}.` : `At this rate the figure would be about ${qty(projected)} by the deadline.`);
  return sentences;
}
