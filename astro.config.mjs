// @ts-check
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { validateIntegration } from './src/site/integrations/validate-integration.ts';
import { portalRoot } from './src/site/root.ts';
import { sitemapIntegration } from './src/site/integrations/sitemap-integration.ts';
import { pagefindIntegration } from './src/site/integrations/pagefind-integration.ts';
import { astroCspConfig } from './src/lib/security/policy.ts';
import { headersIntegration } from './src/site/integrations/headers-integration.ts';
import { siteAddress } from './src/lib/site-metadata/site-address.ts';
import { clientMessagesPlugin } from './src/site/integrations/client-messages.ts';

/**
 * The published address comes from data/site.json, so that another province reuses the portal by
 * changing data, not code. Only `url` is read here; the loader validates the whole file.
 */
function siteUrl() {
  const file = join(portalRoot(), 'data', 'site.json');
  if (!existsSync(file)) return undefined;
  try {
    const { url } = JSON.parse(readFileSync(file, 'utf8'));
    return typeof url === 'string' && url !== '' ? url : undefined;
  } catch {
    // A broken site.json is reported, with its line and column, by the loader's validation.
    return undefined;
  }
}

// The address and the base path below it come from one URL: data/site.json `url`, or
// PORTAL_SITE_URL when a deploy sets it (see src/lib/site-address.ts).
const address = siteAddress(siteUrl(), process.env.PORTAL_SITE_URL);

export default defineConfig({
  site: address.site,
  base: address.base,
  // A build from another portal folder (PORTAL_ROOT: a test's or another province's data) keeps
  // its content cache there, so that it never serves the repository's cached data or the reverse.
  cacheDir: process.env.PORTAL_ROOT ? join(portalRoot(), '.astro-cache') : undefined,
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory' },
  // A Content-Security-Policy <meta> in every page, with hashes of what Astro inlines.
  security: { csp: astroCspConfig() },
  i18n: {
    defaultLocale: 'vi',
    locales: ['vi', 'en'],
    routing: { prefixDefaultLocale: false },
  },
  // Validation first: the build stops on any problem in data/. The search index last, over the built pages.
  integrations: [validateIntegration(), mdx(), pagefindIntegration(), sitemapIntegration(), headersIntegration()],
  // Articles hold no code blocks to highlight; Shiki's highlighting would need inline styles, which
  // the site's Content-Security-Policy refuses (and Astro warns about it on every build).
  markdown: { syntaxHighlight: false },
  vite: {
    // The browser's chart explorer gets only the UI strings it renders.
    plugins: [clientMessagesPlugin()],
    build: {
      rolldownOptions: {
        // Astro's MDX pages carry a "use astro:head-inject" directive that the bundler reports once per
        // article ("may not be preserved when bundling"); Astro handles it itself, and no one can act on
        // it. Every other warning is still shown.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
});
