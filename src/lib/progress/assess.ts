/**
 * assessTarget: the status of one target (one row of targets.csv) from the figures of the indicator
 * that measures it. Pure: "today" and the province's area codes come in as arguments.
 */
import type { Area } from '../contract/reference.ts';
import type { Target } from '../contract/reference.ts';
import type { Indicator, Observation } from '../indicators/model.ts';
import { isIsoDate } from '../period.ts';
import type { AssessedPoint, Assessment, AssessmentSteps } from './assessment.ts';
import { comparableFigures, provinceSeries } from './comparable.ts';
import { MS_PER_YEAR, NEEDS_ACCELERATION_RATIO, ON_TRACK_RATIO } from './method.ts';
import type { Reason, Status } from './status.ts';

export interface AssessOptions {
  /** The day the assessment is made, YYYY-MM-DD: decides whether the deadline has passed. */
  today: string;
  /** The tracked province's records in succession (Portal.province), oldest first. */
  province: readonly Area[];
}

const point = (o: Observation & { value: number }): AssessedPoint => ({
  value: o.value,
  valueQualifier: o.valueQualifier,
  periodQualifier: o.periodQualifier,
  periodText: o.period.text,
  time: o.time,
  areaCode: o.area.code,
});

/**
 * True when a figure proves the target met, even one its source gives only roughly: an exact value
 * that meets it, or a bound on the right side ("over 13,600" meets "at least 10,000", "under 5"
 * meets "at most 8"). An approximate value ("about") proves nothing, nor does a bound on the wrong
 * side. An inexact period does not matter here: the level was reached by the time it was published.
 */
export function provesMet(o: Pick<AssessedPoint, 'value' | 'valueQualifier'>, target: number, direction: 'at-least' | 'at-most'): boolean {
  if (o.valueQualifier === null) return meetsTarget(o.value, target, direction);
  if (o.valueQualifier === 'over') return direction === 'at-least' && o.value >= target;
  if (o.valueQualifier === 'under') return direction === 'at-most' && o.value <= target;
  return false;
}

/** True when `value` satisfies the target: at-least reaches it, at-most falls to it. */
export function meetsTarget(value: number, target: number, direction: 'at-least' | 'at-most'): boolean {
  return direction === 'at-least' ? value >= target : value <= target;
}

/** The status a rate ratio earns (see METHOD): a negative ratio, moving away, is off track. */
export function statusFromRatio(ratio: number): 'on-track' | 'needs-acceleration' | 'off-track' {
  if (ratio >= ON_TRACK_RATIO) return 'on-track';
  if (ratio >= NEEDS_ACCELERATION_RATIO) return 'needs-acceleration';
  return 'off-track';
}

/**
 * Assesses one target. A target with a number is judged by the latest figure, then by the ratio of
 * the observed rate to the rate still required; one without a number by its last change. Only the
 * last territory's figures count, so no rate ever spans a merger.
 */
export function assessTarget(target: Target, indicator: Indicator | null, options: AssessOptions): Assessment {
  if (!isIsoDate(options.today)) throw new RangeError(`assessTarget: today must be written YYYY-MM-DD, got "${options.today}"`);
  const deadline = `${target.year}-12-31`;
  const steps: AssessmentSteps = {
    baseline: null,
    latest: null,
    target: { value: target.value, direction: target.direction, year: target.year, deadline, deadlineTime: Date.UTC(target.year + 1, 0, 1) },
    comparableCount: 0,
    leftOut: [],
    inexact: [],
    change: null,
    yearsElapsed: null,
    yearsRemaining: null,
    observedRate: null,
    requiredRate: null,
    ratio: null,
    projected: null,
  };
  const reasons: Reason[] = [];
  const result = (status: Status, ...more: Reason[]): Assessment => ({
    targetId: target.id,
    targetYear: target.year,
    indicatorId: indicator?.id ?? null,
    status,
    reasons: [...reasons, ...more],
    mergerBreak: steps.leftOut.length > 0,
    steps,
  });

  if (indicator === null) return result('no-data', 'no-indicator');
  const picked = provinceSeries(indicator, options.province);
  if ('reason' in picked) return result('no-data', picked.reason);

  const { comparable, exact, leftOut, anyValue } = comparableFigures(picked.series);
  steps.leftOut = leftOut;
  steps.inexact = comparable.filter((o) => !exact.includes(o)).map(point);
  steps.comparableCount = exact.length;
  if (leftOut.length > 0) reasons.push('merger-break');
  if (!anyValue) return result('no-data', 'no-published-value');
  if (target.direction === null) return result('no-data', 'no-direction');
  // ISO dates compare as text; the deadline is the whole of 31 December.
  const pastDeadline = options.today > deadline;

  const newest = comparable[comparable.length - 1];
  if (!newest) return result('insufficient-data', 'no-comparable-observation');
  // The newest figure, even an inexact one, may prove the target met; otherwise only exact figures count.
  if (target.value !== null && provesMet(newest, target.value, target.direction)) {
    steps.latest = point(newest);
    // It is used, not left out: the explanation must not list it among the figures set aside.
    steps.inexact = steps.inexact.filter((p) => p.time !== newest.time);
    return newest.valueQualifier === null ? result('achieved') : result('achieved', 'achieved-by-bound');
  }
  if (steps.inexact.length > 0) reasons.push('inexact-left-out');
  const last = exact[exact.length - 1];
  if (!last) return result('insufficient-data', 'no-exact-figure');
  const latest = point(last);
  steps.latest = latest;
  steps.yearsRemaining = (steps.target.deadlineTime - latest.time) / MS_PER_YEAR;

  if (target.value === null) {
    reasons.push('no-target-value');
    if (pastDeadline) reasons.push('deadline-passed');
    // "Raise the rank each year": only the latest step says anything about this year.
    if (exact.length < 2) return result('insufficient-data', 'single-observation');
    const baseline = point(exact[exact.length - 2]!);
    fillObservedRate(steps, baseline, latest);
    const change = steps.change!;
    const improvement = target.direction === 'at-least' ? change : -change;
    return result(improvement > 0 ? 'on-track' : improvement === 0 ? 'needs-acceleration' : 'off-track');
  }

  if (exact.length >= 2) fillObservedRate(steps, point(exact[0]!), latest);
  // A figure that meets the target counts even alone: nothing more is needed to say so.
  if (meetsTarget(latest.value, target.value, target.direction)) return result('achieved');
  if (pastDeadline) return result('off-track', 'deadline-passed');
  if (exact.length < 2) return result('insufficient-data', 'single-observation');
  if (steps.yearsElapsed! <= 0) return result('insufficient-data', 'no-time-elapsed');
  // A figure dated after the deadline implies today is past it too; kept as a guard.
  if (steps.yearsRemaining <= 0) return result('off-track', 'deadline-passed');

  // Not achieved, so (target − latest) points the way the target wants: up for at-least, down for
  // at-most. Dividing the observed rate by it gives a ratio that is positive when moving the right way.
  steps.requiredRate = (target.value - latest.value) / steps.yearsRemaining;
  steps.ratio = steps.observedRate! / steps.requiredRate;
  steps.projected = latest.value + steps.observedRate! * steps.yearsRemaining;
  return result(statusFromRatio(steps.ratio));
}

function fillObservedRate(steps: AssessmentSteps, baseline: AssessedPoint, latest: AssessedPoint): void {
  steps.baseline = baseline;
  steps.change = latest.value - baseline.value;
  steps.yearsElapsed = (latest.time - baseline.time) / MS_PER_YEAR;
  steps.observedRate = steps.yearsElapsed > 0 ? steps.change / steps.yearsElapsed : null;
}
