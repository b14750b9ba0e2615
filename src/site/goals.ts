/**
 * The resolution's targets with their progress, as the goals pages read them: assessed once per
 * build, as of the build day in Vietnam, and shared by every page that shows a status.
 */
import { getCollection } from 'astro:content';
import type { TargetNote } from '../lib/contract/reference.ts';
import { assessTargets, type TargetProgress } from '../lib/progress/assess-targets.ts';
import { PROGRESS_CSV_COLUMNS, progressCsv, progressRows, type ProgressCsvColumn, type ProgressRow } from '../lib/progress/progress-table.ts';
import type { Locale } from '../lib/contract/site.ts';
import { t } from '../i18n/translate.ts';
import { localePath } from '../i18n/paths.ts';
import { thisBuild } from './build-context.ts';
import { getIndicators, getPillars, getSiteData, getTargets, getUnits } from './portal-data.ts';

export interface GoalsData {
  /** The day of the assessment, YYYY-MM-DD. */
  today: string;
  /** Every target of the tracked resolution, in their order. */
  progress: TargetProgress[];
}

/** Every target with its status, assessed once per build, as of the build's day. */
export async function getGoals(): Promise<GoalsData> {
  const build = await thisBuild();
  return build.once('goals', async () => {
    const today = build.day;
    const [{ province, resolution }, indicators] = await Promise.all([getSiteData(), getIndicators()]);
    const targets = await getTargets(resolution.id);
    return { today, progress: assessTargets(targets, indicators, { today, province }) };
  });
}

/** The plain-words notes by target id (empty when target-notes.csv is absent). */
export async function getTargetNotes(): Promise<Map<string, TargetNote>> {
  const entries = await getCollection('targetNotes');
  return new Map(entries.map((e) => [e.data.id, e.data]));
}

/** The progress summary's rows in one language: what the table and the CSV both show. */
export async function getProgressRows(locale: Locale): Promise<ProgressRow[]> {
  const [{ progress }, pillars, units] = await Promise.all([getGoals(), getPillars(), getUnits()]);
  const unitSymbols = new Map([...units.values()].map((u) => [u.code, u.symbol]));
  return progressRows(progress, { locale, pillars, unitSymbols });
}

/** The progress summary as a CSV file (see progressCsv), with headings and page links in `locale`. */
export async function progressCsvResponse(locale: Locale, site: URL | undefined): Promise<Response> {
  const tr = t(locale);
  const headings = Object.fromEntries(PROGRESS_CSV_COLUMNS.map((c) => [c, tr(`progress.csv.${c}`)])) as Record<ProgressCsvColumn, string>;
  const page = (id: string) => {
    const path = localePath(locale, `/goals/${id}/`);
    return site ? new URL(path, site).href : path;
  };
  const csv = progressCsv(await getProgressRows(locale), headings, page);
  return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
}
