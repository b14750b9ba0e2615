/**
 * The plain-words notes of the targets (data/reference/target-notes.csv), read after the portal has
 * been validated. The file is optional: a portal without it simply shows no notes.
 */
import { TargetNote } from '../contract/reference.ts';
import type { DataFiles } from '../validate/data-files.ts';
import { ProblemList } from '../validate/problems.ts';
import { checkPackage } from '../validate/package.ts';
import { REFERENCE_DIR } from '../validate/portal.ts';

/** The resource name of the notes in the reference package. */
export const TARGET_NOTES_RESOURCE = 'target-notes';

/**
 * Every note, typed by the validator's own reading of the table. Rows that do not fit are left out
 * rather than reported: the build has already refused a portal with any problem in them.
 */
export function readTargetNotes(files: DataFiles): TargetNote[] {
  const pkg = checkPackage(files, new ProblemList(), REFERENCE_DIR);
  const table = pkg?.tables.find((t) => t.table.resource.name === TARGET_NOTES_RESOURCE)?.table;
  if (!table) return [];
  return table.rows.flatMap((row) => {
    const parsed = TargetNote.safeParse(row.values);
    return parsed.success ? [parsed.data] : [];
  });
}
