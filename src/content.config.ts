// Wiring only: the data collections are filled from data/ by the portal loader, which validates
// first; articles are MDX files under data/articles/, checked against data/ when their pages are
// built (src/lib/articles/article-meta.ts).
import { join } from 'node:path';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { ARTICLES_DIR } from './lib/articles/article-meta.ts';
import { ArticleFrontmatter } from './lib/contract/article.ts';
import { portalRoot } from './site/root.ts';
import { portalCollections } from './site/content-loader.ts';

const loaders = portalCollections(portalRoot());

export const collections = {
  site: defineCollection({ loader: loaders.site }),
  pillars: defineCollection({ loader: loaders.pillars }),
  targets: defineCollection({ loader: loaders.targets }),
  areas: defineCollection({ loader: loaders.areas }),
  units: defineCollection({ loader: loaders.units }),
  datasets: defineCollection({ loader: loaders.datasets }),
  targetNotes: defineCollection({ loader: loaders.targetNotes }),
  // One folder per language: data/articles/<vi|en>/<slug>.mdx, in the portal's own data, so another
  // province brings its own articles or none. Any other place is reported.
  articles: defineCollection({
    loader: glob({ pattern: '**/*.mdx', base: join(portalRoot(), ARTICLES_DIR) }),
    schema: ArticleFrontmatter,
  }),
};
