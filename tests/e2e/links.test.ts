// Links across the whole built site, and the 404 page. Every HTML file in dist/ is read (no
// browser): each site link (href, src, srcset, form action, URL <meta content>) must lead to a file
// in dist/ and each fragment to an id on its page; so must the links of the Atom feeds, the
// sitemap (when the site has an address), catalog.jsonld and each dataset page's JSON-LD. Links
// to other sites are counted, not fetched (these machines have no internet). Then, in a browser,
// an unknown address gets the bilingual 404 page with status 404.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { t } from '../../src/i18n/index.ts';
import { launchBrowser } from '../support/browser.ts';
import { distFile, fragmentNeedsNoTarget, jsonUrls, pagePath, resolveLink, scanHtml, startTags } from '../support/links.ts';
import { distDir, serveDist, type StaticServer } from '../support/static-server.ts';

interface Found {
  /** The file it is in, relative to dist/ */
  file: string;
  line?: number;
  attr: string;
  url: string;
  /** Fragments in JSON-LD name nodes of the graph, not elements of a page: only the path is checked. */
  checkFragment: boolean;
}

/** Every file in dist/, relative to it, with "/" separators. */
function distFiles(): Set<string> {
  return new Set(
    readdirSync(distDir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => relative(distDir, join(entry.parentPath, entry.name)).split('\\').join('/')),
  );
}

/** Reads the site once: every link found, and the ids of every HTML page. */
function collect(files: Set<string>): { found: Found[]; ids: Map<string, Set<string>> } {
  const found: Found[] = [];
  const ids = new Map<string, Set<string>>();
  const read = (file: string) => readFileSync(join(distDir, file), 'utf8');
  const fromJson = (file: string, text: string, line?: number) => {
    for (const url of jsonUrls(JSON.parse(text))) found.push({ file, line, attr: 'JSON-LD', url, checkFragment: false });
  };
  for (const file of files) {
    if (file.endsWith('.html')) {
      const page = scanHtml(read(file));
      ids.set(file, page.ids);
      for (const link of page.links) found.push({ file, ...link, checkFragment: true });
      for (const script of page.jsonLd) fromJson(file, script.text, script.line);
    } else if (/(^|\/)(feed|sitemap[^/]*)\.xml$/.test(file)) {
      const xml = read(file);
      for (const tag of startTags(xml)) {
        const href = tag.attributes.get('href');
        if (href !== undefined) found.push({ file, attr: `<${tag.name} href>`, url: href, checkFragment: true });
      }
      for (const match of xml.matchAll(/<loc>\s*([^<]*?)\s*<\/loc>/g)) found.push({ file, attr: '<loc>', url: match[1]!, checkFragment: true });
    } else if (file.endsWith('.jsonld')) {
      fromJson(file, read(file));
    }
  }
  return { found, ids };
}

describe('every link in dist/', () => {
  it('leads to a file of the site, and every fragment to an id on its page', () => {
    const started = performance.now();
    const files = distFiles();
    const { found, ids } = collect(files);
    const siteUrl = (JSON.parse(readFileSync(new URL('../../data/site.json', import.meta.url), 'utf8')) as { url?: string }).url;
    const siteOrigin = siteUrl ? new URL(siteUrl).origin : undefined;

    const broken: string[] = [];
    const external = new Set<string>();
    for (const link of found) {
      const target = resolveLink(link.url, pagePath(link.file), siteOrigin);
      if (target.kind === 'external') external.add(target.url);
      if (target.kind !== 'site') continue;
      const where = `dist/${link.file}${link.line ? `:${link.line}` : ''}: ${link.attr} "${link.url}"`;
      const file = distFile(target.path, (f) => files.has(f));
      if (file === undefined) broken.push(`${where}: no file in dist/ serves ${target.path}`);
      else if (link.checkFragment && target.fragment !== undefined && !fragmentNeedsNoTarget(target.fragment)) {
        const targetIds = ids.get(file);
        if (targetIds && !targetIds.has(target.fragment)) broken.push(`${where}: no id "${target.fragment}" on ${target.path}`);
      }
    }
    console.info(
      `links: ${found.length} checked in ${files.size} files in ${Math.round(performance.now() - started)} ms; ` +
        `${external.size} distinct links to other sites listed, not fetched:\n  ${[...external].sort().join('\n  ')}`,
    );
    expect(found.length).toBeGreaterThan(1000);
    expect(broken, `${broken.length} broken links`).toEqual([]);
  });
});

describe('an address the site does not have', () => {
  let server: StaticServer;
  let browser: Browser;
  beforeAll(async () => {
    server = await serveDist();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it.each(['/khong-co-trang-nay/', '/en/no-such-page/', '/indicators/no-such-indicator/'])(
    '%s answers 404 with the not-found page, in both languages, linking to both home pages',
    async (path) => {
      const page = await browser.newPage();
      const response = await page.goto(new URL(path, server.url).href);
      expect(response?.status()).toBe(404);
      const text = await page.locator('main, body').first().innerText();
      for (const locale of ['vi', 'en'] as const) expect(text).toContain(t(locale)('notFound.text'));
      for (const home of ['/', '/en/']) {
        expect(await page.locator(`main a[href="${home}"]`).count(), `a link to ${home}`).toBeGreaterThan(0);
      }
      await page.close();
    },
  );
});
