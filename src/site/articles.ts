/**
 * The articles collection as pages read it: every entry with its language and slug, checked once
 * per build against the targets, datasets and indicators in data/. A related id that does not exist
 * stops the build with a message naming the file and the id.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { articleMeta, articlePillars, checkArticleReferences } from '../lib/articles/article-meta.ts';
import type { ArticleMeta } from '../lib/contract/article.ts';
import { thisBuild } from './build-context.ts';
import { getDatasets, getIndicators } from './portal-data.ts';
import { getHistories } from './dataset-histories.ts';
import { articleDatasets, lastFigureChange, overtakenBy, type Overtaken } from '../lib/articles/overtaken.ts';
import type { DatasetId } from '../lib/contract/ids.ts';

export interface Articles {
  /** Every article, both languages. */
  all: ArticleMeta[];
  /** The collection entry to render an article's body. */
  entry(article: ArticleMeta): CollectionEntry<'articles'>;
  /** The pillar ids an article belongs to, for the search filter. */
  pillars(article: ArticleMeta): string[];
  /** The datasets whose figures changed after the article was written (or last updated); empty when none did, or without git history. */
  overtaken(article: ArticleMeta): Overtaken[];
}

export async function getArticles(): Promise<Articles> {
  return (await thisBuild()).once('articles', async (): Promise<Articles> => {
    const [entries, targets, datasets, indicators, histories] = await Promise.all([
      getCollection('articles'),
      // Every target of targets.csv, whatever resolution it belongs to.
      getCollection('targets').then((list) => list.map((e) => e.data)),
      getDatasets(),
      getIndicators(),
      getHistories(),
    ]);
    const all = entries.map(articleMeta);
    checkArticleReferences(all, {
      targets: new Set(targets.map((t) => t.id)),
      datasets: new Set(datasets.map((d) => d.id)),
      indicators: new Set(indicators.map((i) => i.id)),
    });
    const byId = new Map(entries.map((e) => [e.id, e]));
    const targetPillar = new Map(targets.map((t) => [t.id, t.pillar]));
    const datasetPillars = new Map(datasets.map((d) => [d.id, d.descriptor.pillars]));
    const datasetOf = new Map<string, DatasetId>(indicators.map((i) => [i.id, i.datasetId]));
    const lastChange = new Map(datasets.map((d) => [d.id, lastFigureChange(histories.of(d).versions)]));
    return {
      all,
      entry: (article) => byId.get(article.id)!,
      pillars: (article) => articlePillars(article, targetPillar, datasetPillars),
      overtaken: (article) => overtakenBy(article, articleDatasets(article, byId.get(article.id)!.body ?? '', datasetOf), (id) => lastChange.get(id) ?? null),
    };
  });
}
