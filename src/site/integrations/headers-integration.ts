/**
 * Writes the security header files (`_headers`, `.htaccess`) into the built folder, from the
 * folders the build actually wrote, so that a new section of the site gets its headers without
 * anyone editing a list.
 */
import type { AstroIntegration } from 'astro';
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { apacheHtaccess, framingRules, netlifyHeaders } from '../../lib/security/headers-files.ts';

/** Folders and HTML files directly inside `folder`, as paths relative to the site root. */
function entries(root: string, folder: string) {
  const found = readdirSync(join(root, folder), { withFileTypes: true });
  const prefix = folder === '' ? '' : `${folder}/`;
  return {
    folders: found.filter((e) => e.isDirectory()).map((e) => `${prefix}${e.name}`),
    pages: found.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => `${prefix}${e.name}`),
  };
}

export function headersIntegration(): AstroIntegration {
  let base = '/';
  let localeFolders: string[] = [];
  return {
    name: 'portal-security-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
        const locales = (config.i18n?.locales ?? []).map((locale) => (typeof locale === 'string' ? locale : locale.path));
        localeFolders = locales.filter((locale) => locale !== config.i18n?.defaultLocale);
      },
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const top = entries(out, '');
        const sections: string[] = [];
        const pages = [...top.pages];
        for (const folder of top.folders) {
          if (!localeFolders.includes(folder)) {
            sections.push(folder);
            continue;
          }
          const inside = entries(out, folder);
          sections.push(...inside.folders);
          pages.push(...inside.pages);
        }
        writeFileSync(join(out, '_headers'), netlifyHeaders(base, framingRules(base, sections, pages)));
        writeFileSync(join(out, '.htaccess'), apacheHtaccess(base));
        logger.info('security headers written to _headers (Netlify, Cloudflare Pages) and .htaccess (Apache)');
      },
    },
  };
}
