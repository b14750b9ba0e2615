/**
 * The thresholds and the plain-language account of how a target's progress status is worked out,
 * kept together so that the methodology page prints exactly what the code does: the words are UI
 * strings (src/i18n, `method.…Text`), the thresholds are filled in from here.
 */
import { t, type UiKey } from '../../i18n/index.ts';
import type { Localized } from '../indicators/model.ts';

/** On track when the observed rate is at least this share of the rate still required. */
export const ON_TRACK_RATIO = 0.95;

/** Below ON_TRACK_RATIO but at least this share: needs acceleration; below it: off track. */
export const NEEDS_ACCELERATION_RATIO = 0.5;

/** A year in days: the average Gregorian year, so leap years neither shorten nor stretch a rate. */
export const DAYS_PER_YEAR = 365.25;

/** A year in milliseconds, the unit in which observation times are kept. */
export const MS_PER_YEAR = DAYS_PER_YEAR * 86_400_000;

/** What the methodology page says, in both languages, with the sources it adapts. */
export interface MethodDescription {
  id: 'linear-rate-ratio';
  thresholds: { onTrack: number; needsAcceleration: number };
  /** How a status is reached, step by step. */
  summary: Localized;
  /** Why a straight-line (percentage-point) rate rather than a compound growth rate. */
  whyLinear: Localized;
  /** Targets that name no number ("raise the rank each year"). */
  withoutValue: Localized;
  /**
   * Which figures count, and why a merger starts the count again. `{example}` is where the page
   * names the tracked province's own merger, from data/site.json, or nothing when it had none.
   */
  comparability: Localized;
  /** The methods this one adapts. */
  basedOn: { name: string; url: string | null }[];
}

/** A text of the method in both languages, from src/i18n. */
const inBothLanguages = (key: UiKey, values?: Record<string, string | number>): Localized => ({ vi: t('vi')(key, values), en: t('en')(key, values) });

/** The words filling `{example}` in METHOD.comparability: the tracked province's latest merger, if any. */
export function mergerExample(merger: { province: Localized; date: Localized } | null): Localized {
  if (merger === null) return { vi: '', en: '' };
  return {
    vi: t('vi')('method.mergerExample', { province: merger.province.vi, date: merger.date.vi }),
    en: t('en')('method.mergerExample', { province: merger.province.en, date: merger.date.en }),
  };
}

export const METHOD: MethodDescription = {
  id: 'linear-rate-ratio',
  thresholds: { onTrack: ON_TRACK_RATIO, needsAcceleration: NEEDS_ACCELERATION_RATIO },
  // The thresholds are written as the code holds them (0.95); the page writes them in its language.
  summary: inBothLanguages('method.ruleText', { onTrack: ON_TRACK_RATIO, needs: NEEDS_ACCELERATION_RATIO }),
  whyLinear: inBothLanguages('method.whyText'),
  withoutValue: inBothLanguages('method.noValueText'),
  // Left with its {example} placeholder, which the page fills (see mergerExample).
  comparability: inBothLanguages('method.mergerText'),
  // The works this method adapts, by their own (English) names, the same in either language.
  basedOn: [
    { name: 'Statistics Canada, progress assessment of the Canadian Indicator Framework (CAGR ratio)', url: null },
    { name: 'Open SDG, sdg-build ProgressMeasure', url: 'https://github.com/open-sdg/sdg-build/blob/master/sdg/ProgressMeasure.py' },
  ],
};
