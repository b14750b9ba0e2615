/**
 * Periods as the data files write them: a year "2023", a quarter "2026-Q1", a month "2025-08", or a
 * day "2025-08-25" for a figure reported "as of" that date. Each is an interval of days, so that
 * periods of different lengths can be compared with area validity and with "today".
 */

export interface Period {
  /** As written in the file. */
  text: string;
  kind: 'year' | 'quarter' | 'month' | 'day';
  /** First day, YYYY-MM-DD. */
  start: string;
  /** Last day, YYYY-MM-DD. */
  end: string;
}

const pad = (n: number) => String(n).padStart(2, '0');
const lastDayOfMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** Reads a period, or returns null when the text is not one of the four forms or not a real date. */
export function parsePeriod(text: string): Period | null {
  let m = /^(\d{4})$/.exec(text);
  if (m) return { text, kind: 'year', start: `${m[1]}-01-01`, end: `${m[1]}-12-31` };
  m = /^(\d{4})-Q([1-4])$/.exec(text);
  if (m) {
    const year = Number(m[1]);
    const first = (Number(m[2]) - 1) * 3 + 1;
    const last = first + 2;
    return { text, kind: 'quarter', start: `${year}-${pad(first)}-01`, end: `${year}-${pad(last)}-${pad(lastDayOfMonth(year, last))}` };
  }
  m = /^(\d{4})-(\d{2})$/.exec(text);
  if (m) {
    const year = Number(m[1]);
    const month = Number(m[2]);
    if (month < 1 || month > 12) return null;
    return { text, kind: 'month', start: `${text}-01`, end: `${text}-${pad(lastDayOfMonth(year, month))}` };
  }
  if (isIsoDate(text)) return { text, kind: 'day', start: text, end: text };
  return null;
}

/** True for a real calendar date written YYYY-MM-DD (not 2025-02-30). */
export function isIsoDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return month >= 1 && month <= 12 && day >= 1 && day <= lastDayOfMonth(year, month);
}

/** True when two day intervals share at least one day; a null end means "still open". */
export const overlaps = (a: { start: string; end: string | null }, b: { start: string; end: string | null }): boolean =>
  (a.end === null || a.end >= b.start) && (b.end === null || b.end >= a.start);
