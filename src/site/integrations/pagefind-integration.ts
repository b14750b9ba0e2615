/**
 * Builds the search index after the site: Pagefind's Node API reads the built HTML in dist/ and
 * writes dist/pagefind/. Only pages whose <main> carries data-pagefind-body are indexed (Base.astro
 * adds it for pages that pass `search`); embeds and the 404 stay out.
 *
 * One index for both languages: Pagefind would otherwise split pages by their lang attribute, and a
 * search from an English page would never find the Vietnamese ones. Vietnamese is the index's
 * language; Pagefind (>= 1.5) folds diacritics, so "kinh te so" finds "kinh tế số", and the pages
 * are handed over with đ spelt so that it folds to d too (stroke-d.ts).
 * https://pagefind.app/docs/node-api/
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { close, createIndex } from 'pagefind';
import { foldStrokeD } from '../../lib/search/stroke-d.ts';

/** The language the one shared index is built in. */
export const INDEX_LANGUAGE = 'vi';

/** The folder, inside the built site, the index is written to; the search page loads it from there. */
export const INDEX_DIR = 'pagefind';

/** The URL path Pagefind reports for a built file: "articles/x/index.html" is "/articles/x/". */
export function pageUrl(relativeFile: string): string {
  const path = `/${relativeFile.split(sep).join('/')}`;
  return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => join(e.parentPath, e.name)).sort();
}

/** Indexes `siteDir` into `siteDir/pagefind/` and returns how many pages went in. */
export async function buildSearchIndex(siteDir: string): Promise<number> {
  try {
    const { index, errors } = await createIndex({ forceLanguage: INDEX_LANGUAGE });
    if (index === undefined) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    const problems: string[] = [];
    for (const file of await htmlFiles(siteDir)) {
      const content = foldStrokeD(await readFile(file, 'utf8'));
      const added = await index.addHTMLFile({ url: pageUrl(relative(siteDir, file)), content });
      problems.push(...added.errors.map((error) => `${file}: ${error}`));
    }
    if (problems.length > 0) throw new Error(`Pagefind could not index the site:\n${problems.join('\n')}`);
    const written = await index.writeFiles({ outputPath: join(siteDir, INDEX_DIR) });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    const entry = JSON.parse(await readFile(join(siteDir, INDEX_DIR, 'pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    return Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
  } finally {
    await close();
  }
}

/** The Astro integration: runs buildSearchIndex on the output of `astro build`. */
export function pagefindIntegration(): AstroIntegration {
  return {
    name: 'portal-pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const pages = await buildSearchIndex(fileURLToPath(dir));
        if (pages === 0) throw new Error('Pagefind indexed no page: no page carries data-pagefind-body (Base.astro `search` prop)');
        logger.info(`search index: ${pages} pages, one index for both languages`);
      },
    },
  };
}
