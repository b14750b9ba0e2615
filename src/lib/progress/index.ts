/** Progress towards the resolution's targets: statuses, the method, and its explanation. */
export { assessTarget, meetsTarget, statusFromRatio, type AssessOptions } from './assess.ts';
export type { AssessedPoint, Assessment, AssessmentSteps, LeftOutSegment } from './assessment.ts';
export { comparableFigures, provinceSeries, type ComparableFigures } from './comparable.ts';
export { explainAssessment, ratioText } from './explain.ts';
export { DAYS_PER_YEAR, METHOD, MS_PER_YEAR, NEEDS_ACCELERATION_RATIO, ON_TRACK_RATIO } from './method.ts';
export { assessMilestones, type MilestoneAssessment } from './milestones.ts';
export { REASONS, STATUSES, type Reason, type Status } from './status.ts';
