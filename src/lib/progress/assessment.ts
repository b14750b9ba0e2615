/**
 * What assessTarget returns: the status, the reasons, and every number of the arithmetic, so that a
 * page can print the working and a reader can redo it by hand. Exact numbers; pages round.
 */
import type { AreaCode } from '../contract/ids.ts';
import type { PeriodQualifier, ValueQualifier } from '../contract/observation.ts';
import type { Direction } from '../contract/reference.ts';
import type { Localized } from '../indicators/model.ts';
import type { Reason, Status } from './status.ts';

/** One figure used in the arithmetic. */
export interface AssessedPoint {
  value: number;
  /** How the source qualifies the value ("over" 13,600), when not plainly; only a bound that proves a target met is ever used. */
  valueQualifier: ValueQualifier | null;
  /** How the source dates it ("about", "not-stated"), when not exactly; such a figure never gives a rate. */
  periodQualifier: PeriodQualifier | null;
  /** The period as written in the data, e.g. "2023"; pages format it. */
  periodText: string;
  /** Midpoint of the period in ms: where the rate's years are counted from. */
  time: number;
  /** The territory it measures. */
  areaCode: AreaCode;
}

/** Figures of an earlier territory, published but left out because a merger intervened. */
export interface LeftOutSegment {
  areaCode: AreaCode;
  areaName: Localized;
  /** Periods of its non-missing figures, in time order. */
  periods: string[];
}

export interface AssessmentSteps {
  /**
   * The figure the change is measured from: the first comparable one for a target with a number,
   * the one before the latest for a target without. Null with fewer than two comparable figures.
   */
  baseline: AssessedPoint | null;
  /** The latest comparable figure; null when there is none. */
  latest: AssessedPoint | null;
  target: {
    value: number | null;
    direction: Direction | null;
    year: number;
    /** Last day of the target year, YYYY-12-31. */
    deadline: string;
    /** End of that day (the first instant of the next year), in ms. */
    deadlineTime: number;
  };
  /** How many comparable figures there are (current territory, missing values skipped). */
  comparableCount: number;
  /** Earlier territories' figures, left out of the arithmetic; empty without a merger. */
  leftOut: LeftOutSegment[];
  /** Figures of the current territory left out of the rate because their source gives them only roughly. */
  inexact: AssessedPoint[];
  /** latest − baseline. */
  change: number | null;
  /** Years from baseline to latest. */
  yearsElapsed: number | null;
  /** Years from the latest figure to the deadline; negative once the figure is past it. */
  yearsRemaining: number | null;
  /** change / yearsElapsed, in units per year. */
  observedRate: number | null;
  /** (target − latest) / yearsRemaining; null when achieved, past the deadline, or no number. */
  requiredRate: number | null;
  /** observedRate / requiredRate. Both fall for an at-most target, so the ratio is positive when it improves. */
  ratio: number | null;
  /** latest + observedRate × yearsRemaining: where the line would be at the deadline. */
  projected: number | null;
}

export interface Assessment {
  targetId: string;
  targetYear: number;
  indicatorId: string | null;
  status: Status;
  /** Machine codes, in the order they apply; pages translate them. */
  reasons: Reason[];
  /** True when earlier segments (before a merger) exist and were left out. */
  mergerBreak: boolean;
  steps: AssessmentSteps;
}
