/**
 * The questions `npm run new-dataset` asks, each also a command-line flag (`--title-en "…"`), and
 * the check each answer must pass. The checks use the data contract's own shapes, so an answer
 * accepted here is accepted by the validator.
 */
import { Confidence, Provenance } from '../contract/data-package.ts';
import { IsoDate, slugPattern } from '../contract/ids.ts';
import type { Choice, PortalFacts } from './portal-facts.ts';

export type AnswerKey =
  | 'id' | 'title' | 'title-en' | 'description' | 'description-en' | 'pillar' | 'keywords'
  | 'indicator' | 'indicator-title' | 'indicator-title-en' | 'indicator-description' | 'indicator-description-en' | 'unit'
  | 'source-id' | 'source-title' | 'source-url' | 'source-publisher' | 'source-date' | 'provenance' | 'confidence'
  | 'source-states-period' | 'source-exact-figures' | 'source-note' | 'source-note-en'
  | 'publisher';

export type Answers = Record<AnswerKey, string>;

export interface Question {
  /** Also the flag's name: --<key>. */
  key: AnswerKey;
  prompt: string;
  /** The valid answers, listed with the question; any other answer is refused. */
  choices?: (facts: PortalFacts) => Choice[];
  /** Used when the answer is left empty (or not given with --yes); none means the answer is required. */
  fallback?: (answers: Partial<Answers>, facts: PortalFacts) => string | undefined;
  /**
   * The earlier answer the fallback is made from. While that one is missing, this one is not called
   * missing too: giving the first answers both.
   */
  fallbackFrom?: AnswerKey;
  /** Why the answer cannot be used, or null when it can. */
  check?: (value: string, facts: PortalFacts, answers: Partial<Answers>) => string | null;
}

const slug = (what: string, example: string) => (value: string) =>
  slugPattern.test(value) ? null : `${what} must be lower-case letters, digits and single hyphens, e.g. "${example}"; got "${value}"`;
const words = (values: readonly string[]) => values.map((v) => ({ id: v, name: v, name_en: v }));
/** Yes or no, each with what it means for this question (in English, as the questions are). */
const yesNo = (yes: string, no: string): Choice[] => [
  { id: 'yes', name: yes, name_en: yes },
  { id: 'no', name: no, name_en: no },
];
/** The fallback is the earlier answer `key`, as given. */
const sameAs = (key: AnswerKey) => ({ fallback: (answers: Partial<Answers>) => answers[key], fallbackFrom: key });

export const QUESTIONS: readonly Question[] = [
  {
    key: 'id',
    prompt: 'Dataset id: the folder name under data/datasets/, lower-case words joined by hyphens (e.g. internet-access)',
    check: (value, facts) =>
      slug('The dataset id', 'internet-access')(value) ??
      (facts.datasetIds.has(value) ? `data/datasets/${value}/ already exists: choose another id (this command never changes an existing dataset)` : null),
  },
  { key: 'title', prompt: 'Title in Vietnamese' },
  { key: 'title-en', prompt: 'Title in English' },
  { key: 'description', prompt: 'Description in Vietnamese: what the figures measure, where and when' },
  { key: 'description-en', prompt: 'Description in English' },
  { key: 'pillar', prompt: 'Pillar of the resolution', choices: (facts) => facts.pillars },
  {
    key: 'keywords',
    prompt: 'Keywords, separated by commas (empty: the pillar\'s names)',
    fallback: (answers, facts) => {
      const pillar = facts.pillars.find((p) => p.id === answers.pillar);
      return pillar ? `${pillar.name}, ${pillar.name_en}` : undefined;
    },
    fallbackFrom: 'pillar',
  },
  {
    key: 'indicator',
    prompt: 'Indicator id: the CSV\'s name, unique across the portal (empty: the dataset id)',
    ...sameAs('id'),
    check: (value, facts) =>
      slug('The indicator id', 'internet-access-share')(value) ??
      (facts.indicatorIds.has(value) ? `the indicator id "${value}" is already used in ${facts.indicatorIds.get(value)}: choose another` : null),
  },
  { key: 'indicator-title', prompt: 'Indicator title in Vietnamese (empty: the dataset\'s title)', ...sameAs('title') },
  { key: 'indicator-title-en', prompt: 'Indicator title in English (empty: the dataset\'s)', ...sameAs('title-en') },
  { key: 'indicator-description', prompt: 'Indicator description in Vietnamese (empty: the dataset\'s)', ...sameAs('description') },
  { key: 'indicator-description-en', prompt: 'Indicator description in English (empty: the dataset\'s)', ...sameAs('description-en') },
  { key: 'unit', prompt: 'Unit of the figures', choices: (facts) => facts.units },
  {
    key: 'source-id',
    prompt: 'Source id: a short name for where the figures come from, lower-case words joined by hyphens (e.g. baophapluat-2026-q1)',
    check: slug('The source id', 'baophapluat-2026-q1'),
  },
  { key: 'source-title', prompt: 'Source: the title of the report, article or table' },
  {
    key: 'source-url',
    prompt: 'Source: its web address (https://…)',
    check: (value) => (/^https?:\/\/[^\s/]+\.[^\s]+$/.test(value) ? null : `the source's web address must start with https:// or http://; got "${value}"`),
  },
  { key: 'source-publisher', prompt: 'Source: who published it (e.g. Tỉnh ủy Quảng Trị)' },
  {
    key: 'source-date',
    prompt: 'Source: the day it was published, YYYY-MM-DD (empty if it carries no date)',
    fallback: () => '',
    check: (value) => (value === '' || IsoDate.safeParse(value).success ? null : `the date must be written YYYY-MM-DD, e.g. "2026-03-31"; got "${value}"`),
  },
  {
    key: 'provenance',
    prompt: 'Source: how the figures reached us',
    choices: () => words(Provenance.options),
  },
  { key: 'confidence', prompt: 'Source: how far the figures can be trusted', choices: () => words(Confidence.options) },
  // The two below become the source's "leaves_open": a "no" makes every row citing it say how
  // exactly the source dates or states the figure (period_qualifier, value_qualifier).
  {
    key: 'source-states-period',
    prompt: 'Source: does it state the period the figures are for? (empty: yes)',
    choices: () => yesNo('it names the year, quarter, month or day ("năm 2025", "quý I/2026", "tính đến 25/8/2025")', 'it names no period ("hiện nay", "now"), or only roughly ("khoảng năm 2023")'),
    fallback: () => 'yes',
  },
  {
    key: 'source-exact-figures',
    prompt: 'Source: does it give exact figures? (empty: yes)',
    choices: () => yesNo('the figures as they are ("52,3%", "973 dịch vụ")', 'only words like "over", "under", "about" with them ("hơn", "trên", "dưới", "khoảng")'),
    fallback: () => 'yes',
  },
  {
    key: 'source-note',
    prompt: 'Source: what a reader must know about its figures, in Vietnamese (empty if nothing), e.g. "Trang không ghi ngày đăng"',
    fallback: () => '',
  },
  { key: 'source-note-en', prompt: 'Source: that note in English (empty if none)', fallback: () => '' },
  {
    key: 'publisher',
    prompt: 'Publisher of the dataset (empty: the publisher in data/site.json)',
    fallback: (_answers, facts) => facts.publisher,
  },
];

/** Why `value` cannot answer `question`, or null. Empty answers are handled by the caller. */
export function checkAnswer(question: Question, value: string, facts: PortalFacts, answers: Partial<Answers>): string | null {
  const choices = question.choices?.(facts);
  if (choices && !choices.some((c) => c.id === value)) {
    return `"${value}" is not a valid ${question.key}: use one of ${choices.map((c) => c.id).join(', ')}`;
  }
  return question.check?.(value, facts, answers) ?? null;
}

/** The choices as printed under a question: one per line, id first, then its meaning (in each language when they differ). */
export const choiceLines = (choices: readonly Choice[]): string[] =>
  choices.map((c) => (c.name === c.id ? `  ${c.id}` : `  ${c.id.padEnd(24)} ${c.name === c.name_en ? c.name : `${c.name} / ${c.name_en}`}`));

/** True when the question has no default: it must be answered, by a flag or at the terminal. */
export const isRequired = (question: Question, facts: PortalFacts): boolean =>
  question.fallback === undefined || (question.fallbackFrom === undefined && question.fallback({}, facts) === undefined);
