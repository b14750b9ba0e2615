/**
 * A problem found in a data file, and how it is printed: `path:line:column: message`, the form
 * editors and CI logs turn into links. Paths are relative to the repository root.
 */

export interface Place {
  /** 1-based line of the file. */
  line: number;
  /** 1-based column, counted in characters of that line. */
  column: number;
}

export interface Problem extends Place {
  /** Repository-relative path with forward slashes, e.g. "data/datasets/dti/dti-rank.csv". */
  path: string;
  /** What was found, what was expected and how to fix it. */
  message: string;
}

export const formatProblem = (p: Problem): string => `${p.path}:${p.line}:${p.column}: ${p.message}`;

/** Orders problems by file, then by place, so a report reads from top to bottom of each file. */
export const sortProblems = (problems: readonly Problem[]): Problem[] =>
  [...problems].sort(
    (a, b) => a.path.localeCompare(b.path) || a.line - b.line || a.column - b.column || a.message.localeCompare(b.message),
  );

/** Collects problems for one file, so checks only say where and what. */
export class ProblemList {
  readonly items: Problem[] = [];
  add(path: string, place: Place, message: string): void {
    this.items.push({ path, line: place.line, column: place.column, message });
  }
}

/** How much of a cell a message echoes: enough to find it, not a whole pasted paragraph. */
const ECHO_LIMIT = 60;

/** Quotes a value from a data file for a message, visibly showing spaces and empty cells; a long one is cut. */
export const quote = (value: string): string =>
  value === '' ? 'an empty cell' : value.length > ECHO_LIMIT ? `${JSON.stringify(value.slice(0, ECHO_LIMIT))}… (${value.length} characters)` : JSON.stringify(value);
