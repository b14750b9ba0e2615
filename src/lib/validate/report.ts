/** The validator's report as people read it: one problem per line, then one summary line. */
import { formatProblem } from './problems.ts';
import type { ValidationResult } from './portal.ts';

export function reportLines(result: ValidationResult): string[] {
  const { problems, counts } = result;
  if (problems.length === 0) {
    return [`data/ is valid: ${counts.datasets} datasets, ${counts.tables} tables, ${counts.rows} rows checked.`];
  }
  const files = new Set(problems.map((p) => p.path)).size;
  return [
    ...problems.map(formatProblem),
    `${problems.length} problem${problems.length === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'}. Nothing was changed; fix them and run npm run validate again.`,
  ];
}
