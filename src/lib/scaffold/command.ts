/**
 * `npm run new-dataset`: asks for (or reads from flags) what a dataset needs, writes its folder,
 * validates the portal and says what to do next. Reading, writing, asking and printing come in as
 * effects, so tests run it on a temporary portal and answer for the person.
 */
import type { DataFiles } from '../validate/data-files.ts';
import { formatProblem } from '../validate/problems.ts';
import { DATASETS_DIR, validatePortal } from '../validate/portal.ts';
import { gatherAnswers, type Ask } from './answers.ts';
import { newDatasetFiles } from './dataset.ts';
import { exampleRow } from './example-row.ts';
import { readPortalFacts, type PortalFacts } from './portal-facts.ts';
import { QUESTIONS, isRequired, type AnswerKey } from './questions.ts';

export interface CommandEffects {
  files: DataFiles;
  /** Creates the folder (which must not exist yet) and writes files into it; never overwrites. */
  createFolder(path: string, files: { path: string; text: string }[]): void;
  /** Absent when nobody can be asked (not a terminal, or --yes). */
  ask?: Ask;
  print(text: string): void;
  printError(text: string): void;
  now: Date;
  /** YYYY-MM-DD, for the validator. */
  today: string;
}

/** The help: every question as its flag, those without a default marked, with their choices from `facts`. */
export function usage(facts: PortalFacts): string {
  const flags = QUESTIONS.map((q) => {
    const choices = q.choices?.(facts).map((c) => c.id);
    const listed = choices === undefined ? '' : choices.length ? ` (${choices.join(', ')})` : ' (see data/reference/)';
    return `  --${q.key}${isRequired(q, facts) ? ' *' : ''}`.padEnd(30) + ` ${q.prompt}${listed}`;
  });
  return `npm run new-dataset -- [--<question> <answer>]... [--yes] [--root <folder>]

Creates data/datasets/<id>/ with datapackage.json and an empty CSV for one indicator, then validates
the portal. Questions not answered by a flag are asked when run in a terminal; with --yes (or outside
a terminal) the ones that have a default take it and a missing answer is an error.

Questions, as flags (* has no default: give it, or be asked):
${flags.join('\n')}`;
}

/** The one line naming every flag still to give, outside a terminal. */
export const missingLine = (missing: readonly AnswerKey[]): string =>
  `Missing: ${missing.map((key) => `--${key}`).join(', ')} (run in a terminal to be asked, or see npm run new-dataset -- --help)`;

/** Returns the exit code: 0 written and valid (but for the rows still to add), 1 written with problems, 2 nothing written. */
export async function newDatasetCommand(flags: Partial<Record<string, string>>, effects: CommandEffects): Promise<number> {
  const facts = readPortalFacts(effects.files);
  if (facts.pillars.length === 0 || facts.units.length === 0) {
    effects.printError('data/reference/pillars.csv and units.csv were not found: run this in the repository (or give --root <folder that holds data/>). Nothing was written.');
    return 2;
  }
  const gathered = await gatherAnswers(flags, facts, effects.ask, effects.printError);
  if (!gathered.ok) {
    const lines = [...gathered.refused, ...(gathered.missing.length ? [missingLine(gathered.missing)] : [])];
    effects.printError(`${lines.join('\n')}. Nothing was written.`);
    return 2;
  }
  const { answers } = gathered;
  const dir = `${DATASETS_DIR}/${answers.id}`;
  const files = newDatasetFiles(answers, facts, effects.now);
  try {
    effects.createFolder(dir, files);
  } catch (error) {
    effects.printError(`Could not create ${dir}/: ${error instanceof Error ? error.message : String(error)}. Nothing was overwritten.`);
    return 2;
  }
  const csv = files[1]!.path;
  const csvName = csv.slice(dir.length + 1);
  const nameWidth = Math.max(25, csvName.length + 1);
  effects.print(
    [
      `Created ${dir}/:`,
      `  ${'datapackage.json'.padEnd(nameWidth)} what the dataset is: titles, description, source, licence, the CSV's columns`,
      `  ${csvName.padEnd(nameWidth)} the figures: only the header line for now`,
    ].join('\n'),
  );
  const result = validatePortal(effects.files, effects.today);
  const elsewhere = result.problems.filter((p) => !p.path.startsWith(`${dir}/`));
  const here = result.problems.filter((p) => p.path.startsWith(`${dir}/`));
  if (here.length) effects.printError(`The new files have problems (please report this):\n${here.map(formatProblem).join('\n')}`);
  if (elsewhere.length) effects.printError(`Other files under data/ have problems, to fix before publishing:\n${elsewhere.map(formatProblem).join('\n')}`);
  const example = exampleRow(answers, facts, effects.today);
  const width = Math.max(...example.columns.map((c) => c.name.length));
  effects.print(
    [
      '',
      'Next:',
      `  1. Add one line per published figure to ${csv}, below the header, e.g.`,
      `       ${example.line}`,
      ...example.columns.map((c) => `     ${c.name.padEnd(width)}  ${c.text}`),
      '  2. npm run validate                      checks every file and says what to fix, file:line:column',
      `  3. npm run dev                           preview at http://localhost:4321/indicators/${answers.indicator}/`,
      '  4. Commit the folder and open a pull request.',
    ].join('\n'),
  );
  return result.problems.length ? 1 : 0;
}
