/**
 * `npm run validate`'s notices about articles the data has overtaken (lib/articles/overtaken.ts),
 * with the datasets' changelogs read from git in the portal's folder. Without a full history there
 * is nothing to compare, and nothing is said.
 */
import { articleDatasets, lastFigureChange, overtakenBy, overtakenNotice } from '../lib/articles/overtaken.ts';
import type { DatasetId } from '../lib/contract/ids.ts';
import type { Portal } from '../lib/contract/portal-types.ts';
import { datasetHistory, historyFiles, historySubject } from '../lib/downloads/dataset-history.ts';
import type { CheckedArticle } from '../lib/validate/articles.ts';
import { portalGitSource } from './portal-git.ts';

export function overtakenNotices(root: string, portal: Portal, articles: readonly CheckedArticle[]): string[] {
  const git = portalGitSource(root, portal.datasets.flatMap((dataset) => historyFiles(historySubject(dataset))));
  if (git.state !== 'complete') return [];
  const lastChange = new Map<string, string | null>();
  for (const dataset of portal.datasets) {
    lastChange.set(dataset.id, lastFigureChange(datasetHistory(git, historySubject(dataset)).versions));
  }
  const datasetOf = new Map<string, DatasetId>(portal.datasets.flatMap((d) => d.indicators.map(({ resource }) => [resource.name, d.id] as [string, DatasetId])));
  return articles.flatMap(({ meta, body }) => {
    const overtaken = overtakenBy(meta, articleDatasets(meta, body, datasetOf), (id) => lastChange.get(id) ?? null);
    return overtaken.length ? [overtakenNotice(meta, overtaken)] : [];
  });
}
