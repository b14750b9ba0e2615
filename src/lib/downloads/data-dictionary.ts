/**
 * A table's data dictionary, read from its Table Schema: one row per column with its titles, type,
 * unit, constraints, codes, what an empty cell means and whether it is part of the key. Plain data;
 * the page words it in the reader's language.
 */
import { t, type UiKey } from '../../i18n/translate.ts';
import { NOTE_COLUMNS, PERIOD_QUALIFIER_COLUMN, PERIOD_QUALIFIERS, VALUE_QUALIFIER_COLUMN, VALUE_QUALIFIERS } from '../contract/observation.ts';
import type { Category, Field, MissingValue, TableSchema } from '../contract/table-schema.ts';

/**
 * The codes a column may hold, with their meaning in both languages: the schema's own categories,
 * or for the qualifier columns, whose codes the portal defines (src/lib/contract/observation.ts),
 * those codes, so that a table declaring the column bare is still explained in full.
 */
export function fieldCategories(field: Field): readonly Category[] | undefined {
  if (field.categories) return field.categories;
  const category = (value: string, key: UiKey): Category => ({ value, label: t('vi')(key), label_en: t('en')(key) });
  if (field.name === VALUE_QUALIFIER_COLUMN) return VALUE_QUALIFIERS.map((code) => category(code, `qualifier.code.value.${code}`));
  if (field.name === PERIOD_QUALIFIER_COLUMN) return PERIOD_QUALIFIERS.map((code) => category(code, `qualifier.code.period.${code}`));
  return undefined;
}

/** One constraint of a column, to be put into words by the page. */
export type Constraint =
  | { kind: 'required' }
  | { kind: 'unique' }
  | { kind: 'minimum' | 'maximum'; value: number | string }
  | { kind: 'minLength' | 'maxLength'; value: number }
  | { kind: 'pattern'; value: string }
  | { kind: 'enum'; values: readonly (string | number)[] };

export interface DictionaryRow {
  name: string;
  title: string;
  title_en: string;
  type: Field['type'];
  unit?: string;
  description?: string;
  description_en?: string;
  constraints: Constraint[];
  categories?: readonly Category[];
  /** The declared missing values, which may appear in this column; none for a required column. */
  missing: readonly MissingValue[];
  /** Part of the primary key. */
  key: boolean;
}

/** A field's constraints in a fixed order: required and unique first, then bounds, then shapes. */
export function fieldConstraints(field: Field): Constraint[] {
  const c = field.constraints ?? {};
  const out: Constraint[] = [];
  if (c.required) out.push({ kind: 'required' });
  if (c.unique) out.push({ kind: 'unique' });
  if (c.minimum !== undefined) out.push({ kind: 'minimum', value: c.minimum });
  if (c.maximum !== undefined) out.push({ kind: 'maximum', value: c.maximum });
  if (c.minLength !== undefined) out.push({ kind: 'minLength', value: c.minLength });
  if (c.maxLength !== undefined) out.push({ kind: 'maxLength', value: c.maxLength });
  if (c.pattern !== undefined) out.push({ kind: 'pattern', value: c.pattern });
  if (c.enum !== undefined) out.push({ kind: 'enum', values: c.enum });
  return out;
}

/**
 * What an empty cell of the column means: the schema's declared missing values, except in the
 * qualifier and note columns, where empty means the source is plain (or there is no note), not
 * that a figure is missing.
 */
export function emptyCellMeanings(field: Field, missingValues: readonly MissingValue[]): readonly MissingValue[] {
  const own = (key: UiKey): MissingValue[] => [{ value: '', label: t('vi')(key), label_en: t('en')(key) }];
  if (field.name === VALUE_QUALIFIER_COLUMN) return own('qualifier.empty.value');
  if (field.name === PERIOD_QUALIFIER_COLUMN) return own('qualifier.empty.period');
  if ((NOTE_COLUMNS as readonly string[]).includes(field.name)) return own('qualifier.empty.note');
  return missingValues;
}

/** The dictionary of one table, in the order of its columns. */
export function dataDictionary(schema: TableSchema): DictionaryRow[] {
  const keys = new Set(schema.primaryKey);
  return schema.fields.map((field) => ({
    name: field.name,
    title: field.title,
    title_en: field.title_en,
    type: field.type,
    ...(field.unit === undefined ? {} : { unit: field.unit }),
    ...(field.description === undefined ? {} : { description: field.description }),
    ...(field.description_en === undefined ? {} : { description_en: field.description_en }),
    constraints: fieldConstraints(field),
    ...(fieldCategories(field) === undefined ? {} : { categories: fieldCategories(field) }),
    // A key column is required by Table Schema even when the field does not say so.
    missing: field.constraints?.required || keys.has(field.name) ? [] : emptyCellMeanings(field, schema.missingValues),
    key: keys.has(field.name),
  }));
}
