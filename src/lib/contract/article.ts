/**
 * An article's frontmatter: the MDX files under data/articles/<language>/<slug>.mdx. Each
 * article exists once per language; `translationKey` pairs the two versions. The ids it relates to
 * are checked against data/ when the site is built (src/lib/articles/article-meta.ts, checkArticleReferences).
 */
import { z } from 'astro/zod';
import { DatasetId, IndicatorId, IsoDate, TargetId } from './ids.ts';
import { Locale } from './site.ts';

/**
 * A day written YYYY-MM-DD. YAML reads an unquoted 2026-11-20 as a date object, so both are
 * accepted and the result is always the text form (midnight UTC is the day YAML meant).
 */
export const ArticleDate = z.union([
  IsoDate,
  z.date().transform((date) => date.toISOString().slice(0, 10)),
]);

export const ArticleFrontmatter = z.object({
  /** The headline, in the article's language. */
  title: z.string().trim().min(1, 'an article needs a title'),
  /** One or two sentences for the list, the feed and search results. */
  summary: z.string().trim().min(1, 'an article needs a summary'),
  /** The day it was published. */
  date: ArticleDate,
  /** The day it was last corrected or extended, when it was. */
  updated: ArticleDate.optional(),
  /** Who wrote it: the portal's editorial team, never an invented person. */
  author: z.string().trim().min(1),
  /** Free keywords, in the article's language; at least one. */
  tags: z.array(z.string().trim().min(1)).min(1, 'give the article at least one tag'),
  /** The same value in both language versions: it pairs them. */
  translationKey: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a translationKey is lower-case words joined by hyphens'),
  /** Ids from data/reference/targets.csv the article discusses. */
  relatedTargets: z.array(TargetId).default([]),
  /** Dataset ids (folders under data/datasets/) the article draws on. */
  relatedDatasets: z.array(DatasetId).default([]),
  /** Indicator ids (resource names) the article charts or cites. */
  relatedIndicators: z.array(IndicatorId).default([]),
});
export type ArticleFrontmatter = z.infer<typeof ArticleFrontmatter>;

/** An article as pages use it: its frontmatter and where it lives. */
export interface ArticleMeta {
  /** The collection entry's id, e.g. "vi/nghi-quyet-02". */
  id: string;
  /** The file, for error messages, e.g. "data/articles/vi/nghi-quyet-02.mdx". */
  filePath: string;
  /** Its language: the folder it is in. */
  locale: Locale;
  /** The last part of its URL: the file name without .mdx. */
  slug: string;
  data: ArticleFrontmatter;
}
