/**
 * The validator's problems as GitHub Actions workflow commands, so that a pull request shows each
 * one on the changed line of the file. Printed in addition to the plain `path:line:column` lines,
 * which every other CI log and editor reads.
 * https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-commands#setting-an-error-message
 */
import type { Place, Problem } from './problems.ts';

/** A problem whose place may be unknown (a whole file, a folder). */
export type AnnotatedProblem = Pick<Problem, 'path' | 'message'> & Partial<Place>;

/** The heading GitHub shows above each message. */
export const ANNOTATION_TITLE = 'Invalid data (npm run validate)';

// The escaping of GitHub's own toolkit, @actions/core `command.ts`: a message may hold any text but
// line breaks and "%"; a property value, in addition, no ":" or ",", which separate properties.
// https://github.com/actions/toolkit/blob/main/packages/core/src/command.ts
const escapeData = (text: string): string => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (text: string): string => escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** `::error file=…,line=…,col=…,title=…::message`; without line and col when the place is unknown. */
export function githubAnnotation(problem: AnnotatedProblem, title = ANNOTATION_TITLE): string {
  const properties: [string, string][] = [['file', problem.path]];
  if (problem.line !== undefined && problem.line > 0) {
    properties.push(['line', String(problem.line)]);
    if (problem.column !== undefined && problem.column > 0) properties.push(['col', String(problem.column)]);
  }
  properties.push(['title', title]);
  return `::error ${properties.map(([key, value]) => `${key}=${escapeProperty(value)}`).join(',')}::${escapeData(problem.message)}`;
}

/** True when the process runs in a GitHub Actions job, which sets GITHUB_ACTIONS=true. */
export const onGitHubActions = (env: Record<string, string | undefined>): boolean => env.GITHUB_ACTIONS === 'true';
