/**
 * The reference package's optional tables, read after the portal has been validated: the targets'
 * plain-words notes (target-notes.csv) and the aims without a number (aims.csv). A portal without
 * them simply shows no notes and no aims.
 */
import type { z } from 'astro/zod';
import { Aim, TargetNote } from '../contract/reference.ts';
import type { DataFiles } from '../validate/data-files.ts';
import { ProblemList } from '../validate/problems.ts';
import { checkPackage } from '../validate/package.ts';
import { REFERENCE_DIR } from '../validate/portal.ts';

/** The resource names of the optional tables in the reference package. */
export const TARGET_NOTES_RESOURCE = 'target-notes';
export const AIMS_RESOURCE = 'aims';

/**
 * Every row of an optional reference table, typed by the validator's own reading of it. Rows that
 * do not fit are left out rather than reported: the build has already refused a portal with any
 * problem in them.
 */
function readOptionalTable<S extends z.ZodType>(files: DataFiles, resource: string, shape: S): z.infer<S>[] {
  const pkg = checkPackage(files, new ProblemList(), REFERENCE_DIR);
  const table = pkg?.tables.find((t) => t.table.resource.name === resource)?.table;
  if (!table) return [];
  return table.rows.flatMap((row) => {
    const parsed = shape.safeParse(row.values);
    return parsed.success ? [parsed.data] : [];
  });
}

export const readTargetNotes = (files: DataFiles): TargetNote[] => readOptionalTable(files, TARGET_NOTES_RESOURCE, TargetNote);

/** The aims, in their order. */
export const readAims = (files: DataFiles): Aim[] => readOptionalTable(files, AIMS_RESOURCE, Aim).sort((a, b) => a.order - b.order);
