/**
 * "Today" for a build: the day every status is assessed on, every future period is refused from,
 * and every "as of" is dated. One function, read once per load of data/ (the content loader stores
 * it with the data, see build-context.ts), so that no two pages of one build disagree about the day.
 */

/** Names the day a build takes as today (YYYY-MM-DD), for a reproducible build or a test. */
export const BUILD_DAY_VARIABLE = 'PORTAL_BUILD_DAY';

/** The day as YYYY-MM-DD in Vietnam's time zone (UTC+7, no daylight saving), where the data is published. */
export const todayInVietnam = (now: Date): string => new Date(now.getTime() + 7 * 3600_000).toISOString().slice(0, 10);

/** Thrown when PORTAL_BUILD_DAY is set to something that is not a day. */
export class BuildDayError extends Error {
  override name = 'BuildDayError';
}

/**
 * The build's day: PORTAL_BUILD_DAY when it is set (a real calendar day written YYYY-MM-DD), else
 * today in Vietnam.
 */
export function buildDay(env: NodeJS.ProcessEnv = process.env, now: Date = new Date()): string {
  const set = env[BUILD_DAY_VARIABLE];
  if (set === undefined || set === '') return todayInVietnam(now);
  const day = /^\d{4}-\d{2}-\d{2}$/.test(set) ? new Date(`${set}T00:00:00Z`) : null;
  if (day === null || Number.isNaN(day.getTime()) || day.toISOString().slice(0, 10) !== set) {
    throw new BuildDayError(`${BUILD_DAY_VARIABLE} is "${set}", which is not a day written YYYY-MM-DD (for example 2026-11-30). Unset it to build as of today.`);
  }
  return set;
}
