/**
 * Every target of the resolution with its status: the rows of one target id (its milestones)
 * assessed together, the indicator that measures it, and its latest published figure. Pure:
 * "today" comes in with the options.
 */
import type { Area } from '../contract/reference.ts';
import type { Target } from '../contract/reference.ts';
import type { Indicator, Observation } from '../indicators/model.ts';
import { assessMilestones, provinceSeries, STATUSES, type AssessOptions, type Assessment, type MilestoneAssessment, type Status } from './index.ts';

/** A published figure with a value. */
export type Figure = Observation & { value: number };

export interface TargetProgress {
  id: string;
  /** The row of the headline milestone: its wording, year and value head the target's card. */
  target: Target;
  /** Every row of the target id, earliest year first (one, unless the target has milestones). */
  milestones: Target[];
  indicator: Indicator | null;
  assessment: MilestoneAssessment;
  /** The assessment the target is shown with (see assessMilestones). */
  headline: Assessment;
  /** The latest published province-wide figure, whichever territory it measures; null when none. */
  latest: Figure | null;
  /**
   * True when that figure belongs to a territory left out of the arithmetic (before a merger), so
   * a page can say why it is shown but not used.
   */
  latestLeftOut: boolean;
}

const hasValue = (o: Observation): o is Figure => o.value !== null;

/**
 * The latest non-missing figure of the indicator's one province-wide series, and whether it lies
 * before the series' last territory change (then the arithmetic leaves it out); null when none.
 */
export function latestPublished(indicator: Indicator | null, province: readonly Area[]): { figure: Figure; leftOut: boolean } | null {
  if (!indicator) return null;
  const picked = provinceSeries(indicator, province);
  if ('reason' in picked) return null;
  const { segments } = picked.series;
  for (let k = segments.length - 1; k >= 0; k--) {
    const figure = segments[k]!.observations.filter(hasValue).at(-1);
    if (figure) return { figure, leftOut: k < segments.length - 1 };
  }
  return null;
}

/**
 * Assesses every target, in the order of `targets` (first row of each id). Rows sharing an id are
 * the milestones of one target.
 */
export function assessTargets(targets: readonly Target[], indicators: readonly Indicator[], options: AssessOptions): TargetProgress[] {
  const byId = new Map<string, Target[]>();
  for (const t of targets) byId.set(t.id, [...(byId.get(t.id) ?? []), t]);
  const indicatorById = new Map(indicators.map((i) => [i.id, i]));
  return [...byId.entries()].map(([id, rows]) => {
    const milestones = [...rows].sort((a, b) => a.year - b.year);
    // Milestones of one target share its indicator; the first row that names one decides.
    const indicatorId = milestones.find((t) => t.indicator !== null)?.indicator ?? null;
    const indicator = indicatorId === null ? null : (indicatorById.get(indicatorId) ?? null);
    const assessment = assessMilestones(milestones, indicator, options);
    const headline = assessment.headline!;
    const target = milestones.find((t) => t.year === headline.targetYear) ?? milestones[0]!;
    const published = latestPublished(indicator, options.province);
    return { id, target, milestones, indicator, assessment, headline, latest: published?.figure ?? null, latestLeftOut: published?.leftOut ?? false };
  });
}

export type StatusCounts = Record<Status, number>;

/** How many of the given statuses there are of each, every status present (0 when none). */
export function countStatuses(statuses: Iterable<Status>): StatusCounts {
  const counts = Object.fromEntries(STATUSES.map((s) => [s, 0])) as StatusCounts;
  for (const s of statuses) counts[s] += 1;
  return counts;
}

/** The statuses that rate progress, as opposed to saying there is too little data to. */
export const RATED_STATUSES: readonly Status[] = ['achieved', 'on-track', 'needs-acceleration', 'off-track'];

export interface StatusSummary {
  total: number;
  /** How many targets have a rated status (RATED_STATUSES). */
  rated: number;
  overall: StatusCounts;
  pillars: { pillarId: string; total: number; counts: StatusCounts }[];
}

/** Counts of headline statuses overall and per pillar, pillars in the order given. */
export function statusSummary(progress: readonly TargetProgress[], pillarIds: readonly string[]): StatusSummary {
  const inPillar = (id: string) => progress.filter((p) => p.target.pillar === id);
  return {
    total: progress.length,
    rated: progress.filter((p) => RATED_STATUSES.includes(p.headline.status)).length,
    overall: countStatuses(progress.map((p) => p.headline.status)),
    pillars: pillarIds.map((pillarId) => ({ pillarId, total: inPillar(pillarId).length, counts: countStatuses(inPillar(pillarId).map((p) => p.headline.status)) })),
  };
}
