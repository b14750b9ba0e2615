/**
 * The thresholds of how a target's progress status is worked out, kept here so that the
 * methodology page prints exactly what the code does: the page's words are UI strings (src/i18n,
 * `method.…Text`), the thresholds are filled in from here.
 */

/** On track when the observed rate is at least this share of the rate still required. */
export const ON_TRACK_RATIO = 0.95;

/** Below ON_TRACK_RATIO but at least this share: needs acceleration; below it: off track. */
export const NEEDS_ACCELERATION_RATIO = 0.5;

/** A year in days: the average Gregorian year, so leap years neither shorten nor stretch a rate. */
export const DAYS_PER_YEAR = 365.25;

/** A year in milliseconds, the unit in which observation times are kept. */
export const MS_PER_YEAR = DAYS_PER_YEAR * 86_400_000;

/**
 * The method as the methodology page cites it: its thresholds, and the works it adapts by their own
 * (English) names, the same in either language. The page's words are in src/i18n (`method.…`).
 */
export const METHOD = {
  id: 'linear-rate-ratio',
  thresholds: { onTrack: ON_TRACK_RATIO, needsAcceleration: NEEDS_ACCELERATION_RATIO },
  basedOn: [
    { name: 'Statistics Canada, progress assessment of the Canadian Indicator Framework (CAGR ratio)', url: null },
    { name: 'Open SDG, sdg-build ProgressMeasure', url: 'https://github.com/open-sdg/sdg-build/blob/master/sdg/ProgressMeasure.py' },
  ],
} as const;
