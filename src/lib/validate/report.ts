/** The validator's report as people read it: one problem per line, then one summary line. */
import { formatProblem } from './problems.ts';
import type { ValidationResult } from './portal.ts';

/** How many problems the report lists before it says how many more there are. */
export const REPORT_LIMIT = 200;

export function reportLines(result: ValidationResult): string[] {
  const { problems, counts } = result;
  if (problems.length === 0) {
    return [`data/ is valid: ${counts.datasets} datasets, ${counts.tables} tables, ${counts.rows} rows checked.`];
  }
  const files = new Set(problems.map((p) => p.path)).size;
  // A file saved wrongly can give thousands of problems: the first ones say what is wrong.
  const shown = problems.slice(0, REPORT_LIMIT).map(formatProblem);
  const more = problems.length - shown.length;
  return [
    ...shown,
    ...(more > 0 ? [`… and ${more} more problem${more === 1 ? '' : 's'}, not listed: fix those above and run npm run validate again.`] : []),
    `${problems.length} problem${problems.length === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'}. Nothing was changed; fix them and run npm run validate again.`,
  ];
}
