/**
 * The statuses a target can have and the machine codes that say why. Their names are UI strings
 * (src/i18n, `status.<status>`), read with t() where they are shown.
 */

/** Every status, from best to "cannot say", in the order a legend lists them. */
export const STATUSES = ['achieved', 'on-track', 'needs-acceleration', 'off-track', 'insufficient-data', 'no-data'] as const;

/**
 * - achieved: the latest comparable figure meets the target.
 * - on-track / needs-acceleration / off-track: by the rate ratio (see METHOD), or for a target
 *   without a number by the last change.
 * - insufficient-data: fewer than two comparable figures, and not achieved.
 * - no-data: no indicator, no published value, or no single province-wide series to read.
 */
export type Status = (typeof STATUSES)[number];

/** Why an assessment came out as it did, beyond the status itself. */
export const REASONS = [
  /** Earlier segments (the territory before a merger) were left out of the arithmetic. */
  'merger-break',
  /** One comparable figure only: no rate can be computed. */
  'single-observation',
  /** Figures exist, but none for the current territory. */
  'no-comparable-observation',
  /** Two comparable figures at the same moment: no time passed between them. */
  'no-time-elapsed',
  /** The end of the target year is behind "today". */
  'deadline-passed',
  /** The target names no number; the last change is judged instead. */
  'no-target-value',
  /** The target says neither "at least" nor "at most". */
  'no-direction',
  /** No indicator measures the target. */
  'no-indicator',
  /** The indicator has no non-missing value for the province. */
  'no-published-value',
  /** The indicator has no province-wide series (districts only). */
  'no-province-series',
  /** Several province-wide series (one per dimension code): none can stand for the target. */
  'ambiguous-series',
  /** Figures whose source gives them only roughly (a bound, an approximate or unstated period) were left out of the rate. */
  'inexact-left-out',
  /** Figures exist for the current territory, but none is stated exactly enough for a rate. */
  'no-exact-figure',
  /** A bound proves the target met (over 13,600 ≥ 10,000), though its exact value is unknown. */
  'achieved-by-bound',
] as const;

export type Reason = (typeof REASONS)[number];
