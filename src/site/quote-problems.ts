/**
 * `npm run validate`'s check that every figure is quoted from its source: a portal that keeps
 * docs/sources/ (this one does; another province may not) has each dataset's quotes in
 * docs/sources/<dataset id>.md, and a figure no quote states is a problem at its cell, reported
 * and annotated like any other, so that staff see it in the pull request and on their machine.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Dataset, Portal } from '../lib/contract/portal-types.ts';
import { unquotedFigures } from '../lib/source-quotes.ts';
import type { Problem } from '../lib/validate/problems.ts';
import { readCsv } from '../lib/validate/csv-source.ts';

export const QUOTES_DIR = 'docs/sources';

export function quoteProblems(root: string, portal: Portal): Problem[] {
  if (!existsSync(join(root, QUOTES_DIR))) return [];
  return portal.datasets.flatMap((dataset) => datasetQuoteProblems(root, dataset));
}

/** One dataset's figures that no quote in docs/sources/<dataset id>.md states. */
export function datasetQuoteProblems(root: string, dataset: Dataset): Problem[] {
  const quotesPath = `${QUOTES_DIR}/${dataset.id}.md`;
  const file = join(root, quotesPath);
  const tables = dataset.indicators.map(({ resource, rows }) => {
    // Read as the validator read it, so that a figure is placed at its own cell (the value is last).
    const csv = readCsv(readFileSync(join(root, dataset.dir, resource.path), 'utf8'), resource.dialect?.delimiter ?? ',');
    return { path: `${dataset.dir}/${resource.path}`, rows, valuePlaces: csv.rows.map((row) => row.cells.at(-1)!) };
  });
  return unquotedFigures(quotesPath, existsSync(file) ? readFileSync(file, 'utf8') : null, tables);
}
