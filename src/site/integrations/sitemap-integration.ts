/**
 * Writes dist/sitemap.xml after the build from the HTML pages actually written, when data/site.json
 * gives the site's address; without one it says so and writes nothing (the protocol only allows
 * absolute addresses).
 */
import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sitemapXml, type SitemapPage } from '../../lib/site-metadata/sitemap.ts';

/** Every HTML page under `dir` except the not-found page, as the sitemap sees it. */
function builtPages(dir: string): SitemapPage[] {
  const walk = (folder: string): string[] =>
    readdirSync(folder, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(folder, e.name)) : [join(folder, e.name)]));
  return walk(dir)
    .filter((file) => file.endsWith('.html') && relative(dir, file) !== '404.html')
    .map((file) => {
      const path = `/${relative(dir, file).split(sep).join('/')}`.replace(/(^|\/)index\.html$/, '$1');
      return { path, html: readFileSync(file, 'utf8') };
    });
}

export function sitemapIntegration(): AstroIntegration {
  let root: string | undefined;
  return {
    name: 'portal-sitemap',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = config.site === undefined ? undefined : new URL(config.base, config.site).href;
      },
      'astro:build:done': ({ dir, logger }) => {
        if (root === undefined) {
          // Not a warning: a site not yet given an address is complete without a sitemap, and the
          // line says what to do once it has one.
          logger.info('no sitemap.xml yet: a sitemap needs absolute addresses; set "url" in data/site.json (or PORTAL_SITE_URL) when the site has its address');
          return;
        }
        const out = fileURLToPath(dir);
        writeFileSync(join(out, 'sitemap.xml'), sitemapXml(builtPages(out), root));
        logger.info('sitemap.xml written');
      },
    },
  };
}
