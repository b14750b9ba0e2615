/**
 * `npm run validate`'s check that every figure is quoted from its source: a portal that keeps
 * docs/sources/ (this one does; another province may not) has each dataset's quotes in
 * docs/sources/<dataset id>.md, and a figure no quote states is a problem at its cell, reported
 * and annotated like any other, so that staff see it in the pull request and on their machine.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Portal } from '../lib/contract/portal-types.ts';
import { unquotedFigures } from '../lib/source-quotes.ts';
import type { Problem } from '../lib/validate/problems.ts';

export const QUOTES_DIR = 'docs/sources';

export function quoteProblems(root: string, portal: Portal): Problem[] {
  if (!existsSync(join(root, QUOTES_DIR))) return [];
  return portal.datasets.flatMap((dataset) => {
    const quotesPath = `${QUOTES_DIR}/${dataset.id}.md`;
    const file = join(root, quotesPath);
    const tables = dataset.indicators.map(({ resource, rows }) => ({
      path: `${dataset.dir}/${resource.path}`,
      text: readFileSync(join(root, dataset.dir, resource.path), 'utf8'),
      rows,
    }));
    return unquotedFigures(quotesPath, existsSync(file) ? readFileSync(file, 'utf8') : null, tables);
  });
}
