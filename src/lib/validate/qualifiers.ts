/**
 * The checks on the columns that say how exactly a source states a figure (value_qualifier,
 * period_qualifier, note, note_en: src/lib/contract/observation.ts): how they are declared, the
 * codes their cells may hold, and that every row citing a source that leaves its period or value
 * open says so, so that the next figure from that source cannot be filed as exact by mistake.
 */
import type { Source } from '../contract/data-package.ts';
import {
  NOTE_COLUMNS,
  PERIOD_QUALIFIER_COLUMN,
  PERIOD_QUALIFIERS,
  VALUE_QUALIFIER_COLUMN,
  VALUE_QUALIFIERS,
} from '../contract/observation.ts';
import type { Field } from '../contract/table-schema.ts';
import type { Period } from '../period.ts';
import { quote, type Place } from './problems.ts';
import type { CheckedRow } from './table.ts';

/** The columns that qualify a figure without being one of period, area, its dimensions, source or value. */
export const QUALIFIER_COLUMNS: ReadonlySet<string> = new Set([VALUE_QUALIFIER_COLUMN, PERIOD_QUALIFIER_COLUMN, ...NOTE_COLUMNS]);

/** A problem with one field's declaration: the index of the field and the message. */
export interface FieldProblem {
  index: number;
  /** The member of the field that is wrong, e.g. "type"; none for the field as a whole. */
  member?: string;
  message: string;
}

/** Qualifier and note columns hold text and never identify a figure. */
export function checkQualifierFields(fields: readonly Field[], primaryKey: readonly string[]): FieldProblem[] {
  const problems: FieldProblem[] = [];
  fields.forEach((field, index) => {
    if (!QUALIFIER_COLUMNS.has(field.name)) return;
    if (field.type !== 'string') problems.push({ index, member: 'type', message: `the "${field.name}" field has type "${field.type}"; it holds words, so its type is "string"` });
    if (primaryKey.includes(field.name)) problems.push({ index, message: `"${field.name}" is in the primary key, but it only describes a figure: remove it from "primaryKey"` });
  });
  return problems;
}

export interface RowProblem {
  place: Place;
  message: string;
}

const codes = (list: readonly string[]) => list.map((c) => `"${c}"`).join(', ');

/**
 * The problems of one row's qualifiers: an unknown code, a bound or approximation on a missing
 * value, a period "not stated" that is not the day of publication, and a row citing a source that
 * leaves its period or value open without saying how.
 */
export function checkRowQualifiers(row: CheckedRow, period: Period | null, source: Source | undefined): RowProblem[] {
  const problems: RowProblem[] = [];
  const cell = (column: string) => row.cells[column];
  const text = (column: string) => {
    const value = row.values[column];
    return typeof value === 'string' ? value : null;
  };
  const valueQualifier = text(VALUE_QUALIFIER_COLUMN);
  const periodQualifier = text(PERIOD_QUALIFIER_COLUMN);

  if (valueQualifier !== null && !(VALUE_QUALIFIERS as readonly string[]).includes(valueQualifier)) {
    problems.push({ place: cell(VALUE_QUALIFIER_COLUMN)!, message: `value_qualifier ${quote(valueQualifier)} is not a qualifier: use ${codes(VALUE_QUALIFIERS)} ("over" for "hơn"/"trên", "under" for "dưới", "about" for "khoảng"), or leave it empty when the source gives the value plainly` });
  } else if (valueQualifier !== null && row.values.value === null) {
    problems.push({ place: cell(VALUE_QUALIFIER_COLUMN)!, message: `value_qualifier is "${valueQualifier}" but the value is missing: a bound or an approximation needs a number; fill in the value or empty value_qualifier` });
  }

  if (periodQualifier !== null && !(PERIOD_QUALIFIERS as readonly string[]).includes(periodQualifier)) {
    problems.push({ place: cell(PERIOD_QUALIFIER_COLUMN)!, message: `period_qualifier ${quote(periodQualifier)} is not a qualifier: use ${codes(PERIOD_QUALIFIERS)} ("about" for "khoảng năm 2023", "not-stated" when the source names no period), or leave it empty when the period is exact` });
  } else if (periodQualifier === 'not-stated' && period !== null && period.kind !== 'day') {
    problems.push({ place: cell('period')!, message: `period_qualifier is "not-stated", so period must be the day the source published the figure (YYYY-MM-DD, e.g. 2023-12-30), not ${quote(period.text)}: a period the source does not state must not be guessed` });
  }

  const open = source?.leaves_open ?? [];
  if (open.includes('period') && periodQualifier === null && text('period') !== null) {
    problems.push({
      place: cell(PERIOD_QUALIFIER_COLUMN) ?? cell('period')!,
      message: `source "${source!.id}" does not state an exact period ("leaves_open" names "period"), so this row must say how its period is known: ${cell(PERIOD_QUALIFIER_COLUMN) ? 'set period_qualifier to "about" or "not-stated"' : 'add a period_qualifier column and set it to "about" or "not-stated"'}`,
    });
  }
  if (open.includes('value') && valueQualifier === null && row.values.value !== null && row.values.value !== undefined) {
    problems.push({
      place: cell(VALUE_QUALIFIER_COLUMN) ?? cell('value')!,
      message: `source "${source!.id}" gives only bounds or approximate values ("leaves_open" names "value"), so this row must say which: ${cell(VALUE_QUALIFIER_COLUMN) ? 'set value_qualifier to "over", "under" or "about"' : 'add a value_qualifier column and set it to "over", "under" or "about"'}`,
    });
  }
  return problems;
}
