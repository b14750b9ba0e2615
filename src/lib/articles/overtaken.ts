/**
 * Articles the data has overtaken: an article relates to datasets (in its frontmatter, through the
 * indicators it names, or through the charts it draws), and when one of them gained, lost or changed
 * a figure after the article's date (its `updated` date, when it has one), readers are told, and
 * editors are reminded by `npm run validate`. Pure: the data's change dates come in as arguments.
 */
import type { DatasetId } from '../contract/ids.ts';
import type { ArticleMeta } from '../contract/article.ts';
import type { DatasetVersion } from '../downloads/dataset-history.ts';

/** Every `<IndicatorChart id="…">` an article's body draws, in order. */
export const CHART_ID = /<IndicatorChart\b[^>]*?\bid=(["'])(.*?)\1/g;
export const chartedIndicators = (body: string): string[] => [...body.matchAll(CHART_ID)].map((m) => m[2]!);

/** The datasets an article draws on: named, or holding an indicator it names or charts. */
export function articleDatasets(article: ArticleMeta, body: string, datasetOf: ReadonlyMap<string, DatasetId>): DatasetId[] {
  const viaIndicators = [...article.data.relatedIndicators, ...chartedIndicators(body)].flatMap((id) => {
    const dataset = datasetOf.get(id);
    return dataset ? [dataset] : [];
  });
  return [...new Set([...article.data.relatedDatasets, ...viaIndicators])];
}

/** The day (YYYY-MM-DD) a dataset's figures last changed: its newest version that added, removed or changed a row. */
export function lastFigureChange(versions: readonly DatasetVersion[]): string | null {
  const changed = versions.filter((v) => v.added + v.removed + v.changed > 0).map((v) => v.date.slice(0, 10));
  return changed.length ? changed.reduce((a, b) => (b > a ? b : a)) : null;
}

export interface Overtaken {
  dataset: DatasetId;
  /** The day its figures changed after the article. */
  changed: string;
}

/** The article's datasets whose figures changed after it was written or last updated; empty when none did. */
export function overtakenBy(article: ArticleMeta, datasets: readonly DatasetId[], lastChange: (dataset: DatasetId) => string | null): Overtaken[] {
  const written = article.data.updated ?? article.data.date;
  return datasets.flatMap((dataset) => {
    const changed = lastChange(dataset);
    return changed !== null && changed > written ? [{ dataset, changed }] : [];
  });
}

/**
 * What `npm run validate` says of an overtaken article: a notice, not a problem, so publishing goes
 * on, but the editor learns which article to read again and what moved.
 */
export function overtakenNotice(article: ArticleMeta, overtaken: readonly Overtaken[]): string {
  const written = article.data.updated ?? article.data.date;
  const moved = overtaken.map((o) => `"${o.dataset}" (${o.changed})`).join(', ');
  return `${article.filePath}: notice: figures of ${moved} changed after the article's date ${written}: read the article again, and when it is current, set "updated: ${overtaken.reduce((a, o) => (o.changed > a ? o.changed : a), written)}" in its frontmatter`;
}
