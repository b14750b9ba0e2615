/**
 * The columns an indicator table may add to say exactly what its source says, beside period, area,
 * source and value: a source that writes "over 13,600", "about 2023", or gives a figure on a date
 * without saying which period it measures. The statistical anchor is SDMX's observation status and
 * its comment attribute; the names here are chosen to read well in a CSV. All four are optional;
 * an empty cell means the source says the figure plainly.
 */

/** `value_qualifier`: how the source states the value. */
export const VALUE_QUALIFIERS = [
  /** "hơn", "trên", "over", "more than": the figure is above the value, which is a lower bound. */
  'over',
  /** "dưới", "under", "less than": the figure is below the value, an upper bound. */
  'under',
  /** "khoảng", "about", "nearly": the value is approximate. */
  'about',
] as const;
export type ValueQualifier = (typeof VALUE_QUALIFIERS)[number];

/** `period_qualifier`: how the source dates the figure. */
export const PERIOD_QUALIFIERS = [
  /** "khoảng năm 2023", "about 2023": the period is approximate. */
  'about',
  /**
   * The source states no period: the figure was published on a day for a period it does not name.
   * The `period` cell then holds the day of publication (YYYY-MM-DD), never a guessed period.
   */
  'not-stated',
] as const;
export type PeriodQualifier = (typeof PERIOD_QUALIFIERS)[number];

/** The qualifier columns' names. */
export const VALUE_QUALIFIER_COLUMN = 'value_qualifier';
export const PERIOD_QUALIFIER_COLUMN = 'period_qualifier';
/** A short note on one figure, in each language, where the source's wording matters. */
export const NOTE_COLUMNS = ['note', 'note_en'] as const;

/** Columns with a meaning of their own: never a dimension or an attribute of a figure. */
export const RESERVED_COLUMNS: ReadonlySet<string> = new Set([
  'period',
  'area',
  'source',
  'value',
  VALUE_QUALIFIER_COLUMN,
  PERIOD_QUALIFIER_COLUMN,
  ...NOTE_COLUMNS,
]);

/** What a source leaves open (`leaves_open` in its entry of a package's `sources`). */
export const OPEN_ASPECTS = [
  /** It gives no exact period for its figures: every row citing it must say so in period_qualifier. */
  'period',
  /** It gives only bounds or approximations: every row citing it must say so in value_qualifier. */
  'value',
] as const;
export type OpenAspect = (typeof OPEN_ASPECTS)[number];
