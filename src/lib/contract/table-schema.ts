/**
 * Table Schema (Frictionless Data v2) as this portal uses it: the subset of field types and
 * constraints that the validator checks, plus bilingual titles and a unit code on fields.
 * https://datapackage.org/standard/table-schema/
 */
import { z } from 'astro/zod';
import { UnitCode } from './ids.ts';

/** Field types the validator can check cell by cell. */
export const FieldType = z.enum(['string', 'integer', 'number', 'boolean', 'date', 'year', 'yearmonth']);
export type FieldType = z.infer<typeof FieldType>;

export const FieldConstraints = z
  .object({
    required: z.boolean().optional(),
    unique: z.boolean().optional(),
    minimum: z.union([z.number(), z.string()]).optional(),
    maximum: z.union([z.number(), z.string()]).optional(),
    minLength: z.int().nonnegative().optional(),
    maxLength: z.int().nonnegative().optional(),
    pattern: z.string().optional(),
    enum: z.array(z.union([z.string(), z.number()])).min(1).optional(),
  })
  .strict();
export type FieldConstraints = z.infer<typeof FieldConstraints>;

/** One code of a dimension column (Table Schema v2 `categories`), labelled in both languages. */
export const Category = z.object({
  value: z.union([z.string(), z.number()]),
  label: z.string().min(1),
  label_en: z.string().min(1),
  /**
   * Optional, for the parts of a composite index: the lowest and highest score the source says the
   * part can take (PCI's sub-indices run 0–10, the service index's components each to their own
   * maximum). Each part is drawn on its own scale, so one with a small range is not read as weak.
   */
  minimum: z.number().optional(),
  maximum: z.number().optional(),
});
export type Category = z.infer<typeof Category>;

export const Field = z.object({
  /** The column's header, exactly as in the CSV's first line. */
  name: z.string().min(1),
  type: FieldType,
  /** Vietnamese title, shown in tables and the data dictionary. */
  title: z.string().min(1),
  title_en: z.string().min(1),
  description: z.string().optional(),
  description_en: z.string().optional(),
  /** Unit of the values, a code from data/reference/units.csv; cells hold bare numbers. */
  unit: UnitCode.optional(),
  constraints: FieldConstraints.optional(),
  /** The codes a dimension column may hold, each with its label in both languages. */
  categories: z.array(Category).min(1).optional(),
});
export type Field = z.infer<typeof Field>;

/** A declared missing value: what the cell holds, and what it means, in both languages. */
export const MissingValue = z.object({
  value: z.string(),
  label: z.string().min(1),
  label_en: z.string().min(1),
});
export type MissingValue = z.infer<typeof MissingValue>;

export const ForeignKey = z.object({
  fields: z.array(z.string()).min(1),
  reference: z.object({ resource: z.string().min(1), fields: z.array(z.string()).min(1) }),
});
export type ForeignKey = z.infer<typeof ForeignKey>;

export const TableSchema = z.object({
  $schema: z.literal('https://datapackage.org/profiles/2.0/tableschema.json').optional(),
  fields: z.array(Field).min(1),
  primaryKey: z.array(z.string()).min(1),
  /** Must be declared, each with a label, so that an empty cell always means something stated. */
  missingValues: z.array(MissingValue),
  foreignKeys: z.array(ForeignKey).optional(),
});
export type TableSchema = z.infer<typeof TableSchema>;
