/**
 * Gathers the answers to QUESTIONS from command-line flags and, where one is missing or refused
 * and a person is at the terminal, by asking. Asking is passed in, so tests answer for the person.
 */
import { QUESTIONS, checkAnswer, choiceLines, type AnswerKey, type Answers, type Question } from './questions.ts';
import type { PortalFacts } from './portal-facts.ts';

/** Asks one question and returns the answer as typed; absent when nobody can be asked. */
export type Ask = (question: string) => Promise<string>;

export type Gathered =
  | { ok: true; answers: Answers }
  /** With nobody to ask: the answers given but refused, each with why, and the questions left unanswered. */
  | { ok: false; refused: string[]; missing: AnswerKey[] };

const questionText = (question: Question, facts: PortalFacts, fallback: string | undefined): string => {
  const choices = question.choices?.(facts);
  const lines = [question.prompt + (choices ? ', one of:' : '')];
  if (choices) lines.push(...choiceLines(choices));
  return `${lines.join('\n')}\n${fallback ? `[${fallback}] ` : ''}> `;
};

export async function gatherAnswers(flags: Partial<Record<string, string>>, facts: PortalFacts, ask: Ask | undefined, say: (line: string) => void = () => {}): Promise<Gathered> {
  const answers: Partial<Answers> = {};
  const refused: string[] = [];
  const missing: AnswerKey[] = [];
  /** Missing or refused: no answer to make a later default from. */
  const unanswered = new Set<AnswerKey>();
  for (const question of QUESTIONS) {
    const fallback = question.fallback?.(answers, facts);
    let given = flags[question.key]?.trim();
    for (;;) {
      if (given === undefined || given === '') {
        if (given === undefined && ask) given = (await ask(questionText(question, facts, fallback))).trim();
        if ((given === undefined || given === '') && fallback !== undefined) given = fallback;
      }
      // An empty answer stands only where it is the default (a source with no date).
      if (given === undefined || (given === '' && fallback !== '')) {
        if (ask) {
          say(`An answer is needed.`);
          given = undefined;
          continue;
        }
        unanswered.add(question.key);
        // The indicator's title defaults to the dataset's: with --title missing, only --title is.
        if (!(question.fallbackFrom && unanswered.has(question.fallbackFrom))) missing.push(question.key);
        break;
      }
      const problem = checkAnswer(question, given, facts, answers);
      if (problem === null) {
        answers[question.key] = given;
        break;
      }
      if (!ask) {
        refused.push(`--${question.key}: ${problem}`);
        unanswered.add(question.key);
        break;
      }
      say(problem);
      given = undefined;
    }
  }
  return refused.length || missing.length ? { ok: false, refused, missing } : { ok: true, answers: answers as Answers };
}
