/**
 * Articles as the pages use them: which language each is in, its pair in the other language, the
 * data it is about, and the check that every id it relates to exists. Pure: the collection entries
 * and the portal's ids come in as arguments.
 */
import type { ArticleFrontmatter, ArticleMeta } from '../contract/article.ts';
import type { DatasetId, IndicatorId, TargetId } from '../contract/ids.ts';
import { Locale } from '../contract/site.ts';

/** A collection entry as Astro's glob loader gives it: id "vi/slug", the file, the parsed frontmatter. */
export interface ArticleEntryLike {
  id: string;
  filePath?: string;
  data: ArticleFrontmatter;
}

/** Where articles live, for messages when an entry carries no file path. */
export const ARTICLES_DIR = 'data/articles';

/**
 * The article behind a collection entry: its language is its folder, its slug its file name.
 * Throws, naming the file, when the file is not in a language folder.
 */
export function articleMeta(entry: ArticleEntryLike): ArticleMeta {
  const filePath = entry.filePath ?? `${ARTICLES_DIR}/${entry.id}.mdx`;
  const [folder, ...rest] = entry.id.split('/');
  const locale = Locale.safeParse(folder);
  if (!locale.success || rest.length !== 1) {
    throw new Error(
      `${filePath}: an article must sit directly in a language folder, ${Locale.options.map((l) => `${ARTICLES_DIR}/${l}/`).join(' or ')}; move it there`,
    );
  }
  return { id: entry.id, filePath, locale: locale.data, slug: rest[0]!, data: entry.data };
}

/** Newest first; the same day falls back to the slug, so the order never depends on file order. */
export const byNewest = (a: ArticleMeta, b: ArticleMeta): number =>
  b.data.date.localeCompare(a.data.date) || a.slug.localeCompare(b.slug);

/** The articles of one language, newest first. */
export const articlesIn = (locale: Locale, articles: readonly ArticleMeta[]): ArticleMeta[] =>
  articles.filter((article) => article.locale === locale).sort(byNewest);

/** The same article in another language, or undefined when it has not been translated. */
export const translationOf = (article: ArticleMeta, locale: Locale, articles: readonly ArticleMeta[]): ArticleMeta | undefined =>
  articles.find((other) => other.locale === locale && other.data.translationKey === article.data.translationKey);

/** What a page is about: a target, a dataset or an indicator (an indicator page passes its dataset too). */
export interface ArticleSubject {
  targetId?: TargetId;
  datasetId?: DatasetId;
  indicatorId?: IndicatorId;
}

/**
 * The articles about a target, a dataset or an indicator, newest first: those whose related ids
 * name any of the subject's ids. The caller picks the language (articlesIn) before or after.
 */
export function articlesAbout(subject: ArticleSubject, articles: readonly ArticleMeta[]): ArticleMeta[] {
  const { targetId, datasetId, indicatorId } = subject;
  const has = (ids: readonly string[], id: string | undefined) => id !== undefined && ids.includes(id);
  return articles
    .filter(
      ({ data }) =>
        has(data.relatedTargets, targetId) || has(data.relatedDatasets, datasetId) || has(data.relatedIndicators, indicatorId),
    )
    .sort(byNewest);
}

/** The ids an article may name, from data/. */
export interface KnownIds {
  targets: ReadonlySet<string>;
  datasets: ReadonlySet<string>;
  indicators: ReadonlySet<string>;
}

/** The frontmatter fields that relate an article to data, the ids each takes and how to say so. */
export const RELATED_FIELDS = [
  ['relatedTargets', 'targets', 'a target id in data/reference/targets.csv'],
  ['relatedDatasets', 'datasets', 'a dataset id (a folder under data/datasets/)'],
  ['relatedIndicators', 'indicators', 'an indicator id (a resource name in a datapackage.json)'],
] as const;

/**
 * Every problem with the articles' references, one line each as `file: message`: a related id that
 * does not exist, two files with the same translationKey in one language, and a pair whose file
 * names differ (the language switch keeps the path, so a pair shares its slug). Empty when all is well.
 */
export function articleProblems(articles: readonly ArticleMeta[], known: KnownIds): string[] {
  const problems: string[] = [];
  for (const article of articles) {
    for (const [field, set, what] of RELATED_FIELDS) {
      for (const id of article.data[field]) {
        if (!known[set].has(id)) {
          problems.push(`${article.filePath}: ${field} names "${id}", which is not ${what}; correct the id or remove it`);
        }
      }
    }
  }
  const seen = new Map<string, ArticleMeta>();
  for (const article of articles) {
    const key = `${article.locale}:${article.data.translationKey}`;
    const first = seen.get(key);
    if (first) {
      problems.push(
        `${article.filePath}: translationKey "${article.data.translationKey}" is already used by ${first.filePath}; each language has one article per translationKey`,
      );
    } else {
      seen.set(key, article);
    }
  }
  // The reference language's file name is the one translations follow.
  const reference = Locale.options[0];
  for (const article of articles.filter((a) => a.locale === reference)) {
    for (const other of articles) {
      if (other.locale !== reference && other.data.translationKey === article.data.translationKey && other.slug !== article.slug) {
        problems.push(
          `${other.filePath}: it translates ${article.filePath} (translationKey "${article.data.translationKey}") but its file name differs; rename it "${article.slug}.mdx" so the language switch finds it`,
        );
      }
    }
  }
  return problems;
}

/** Throws one error listing every problem articleProblems finds, so the build stops with all of them. */
export function checkArticleReferences(articles: readonly ArticleMeta[], known: KnownIds): void {
  const problems = articleProblems(articles, known);
  if (problems.length > 0) {
    throw new Error(`The articles have ${problems.length} problem(s); the site is not built until they are fixed.\n${problems.join('\n')}`);
  }
}

/**
 * The pillars an article belongs to, for the search filter: those of the targets and datasets it
 * relates to, without repeats, in first-named order.
 */
export function articlePillars(
  article: ArticleMeta,
  targetPillar: ReadonlyMap<string, string>,
  datasetPillars: ReadonlyMap<string, readonly string[]>,
): string[] {
  const pillars = [
    ...article.data.relatedTargets.map((id) => targetPillar.get(id)),
    ...article.data.relatedDatasets.flatMap((id) => datasetPillars.get(id) ?? []),
  ].filter((pillar): pillar is string => pillar !== undefined);
  return [...new Set(pillars)];
}
