/**
 * A target may come in several rows, one per milestone year (e.g. 2025 and 2030). Each is assessed
 * on its own; one of them heads the target's card.
 */
import type { Target } from '../contract/reference.ts';
import type { Indicator } from '../indicators/model.ts';
import { assessTarget, type AssessOptions } from './assess.ts';
import type { Assessment } from './assessment.ts';

export interface MilestoneAssessment {
  /** One assessment per row, earliest year first. */
  milestones: Assessment[];
  /** The one to show first; null when there are no rows. */
  headline: Assessment | null;
}

/**
 * Assesses every milestone of one target id and picks the headline: the nearest milestone still
 * ahead and not yet achieved (what the province is working towards now); when none is ahead, the
 * last one missed; when every one is achieved, the last one.
 */
export function assessMilestones(targets: readonly Target[], indicator: Indicator | null, options: AssessOptions): MilestoneAssessment {
  const ids = new Set(targets.map((t) => t.id));
  if (ids.size > 1) throw new RangeError(`assessMilestones: the rows must share one target id, got ${[...ids].join(', ')}`);
  const milestones = [...targets].sort((a, b) => a.year - b.year).map((t) => assessTarget(t, indicator, options));
  const ahead = milestones.filter((m) => options.today <= m.steps.target.deadline);
  const headline =
    ahead.find((m) => m.status !== 'achieved') ??
    milestones.filter((m) => options.today > m.steps.target.deadline && m.status !== 'achieved').at(-1) ??
    milestones.at(-1) ??
    null;
  return { milestones, headline };
}
