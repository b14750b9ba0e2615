/**
 * The link checker over a whole built site (tests/e2e/links.test.ts, tests/e2e/base-path.test.ts):
 * every HTML file is read (no browser): each site link (href, src, srcset, form action, URL <meta
 * content>) must lead to a file of the build and each fragment to an id on its page; so must the
 * links of the Atom feeds, the sitemap, catalog.jsonld and each page's JSON-LD. Links to other
 * sites are listed, not fetched.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { distFile, fragmentNeedsNoTarget, jsonUrls, pagePath, resolveLink, scanHtml, startTags } from './links.ts';

interface Found {
  /** The file it is in, relative to the build folder */
  file: string;
  line?: number;
  attr: string;
  url: string;
  /** Fragments in JSON-LD name nodes of the graph, not elements of a page: only the path is checked. */
  checkFragment: boolean;
}

export interface LinkReport {
  /** How many links were read, and from how many files. */
  checked: number;
  files: number;
  /** Each broken link: its file and line, the link, and what is wrong. */
  broken: string[];
  /** Distinct links to other sites, sorted. */
  external: string[];
}

/** Every file in `dir`, relative to it, with "/" separators. */
function filesIn(dir: string): Set<string> {
  return new Set(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split('\\').join('/')),
  );
}

/** Reads the site once: every link found, and the ids of every HTML page. */
function collect(dir: string, files: Set<string>): { found: Found[]; ids: Map<string, Set<string>> } {
  const found: Found[] = [];
  const ids = new Map<string, Set<string>>();
  const read = (file: string) => readFileSync(join(dir, file), 'utf8');
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
      // Atom ids that are addresses of the site must be right too (data-feed ids are urn:uuid).
      for (const match of xml.matchAll(/<id>\s*(https?:[^<]*?)\s*<\/id>/g)) found.push({ file, attr: '<id>', url: match[1]!, checkFragment: true });
    } else if (file.endsWith('.jsonld')) {
      fromJson(file, read(file));
    }
  }
  return { found, ids };
}

/**
 * Checks every link of the site built into `dir`. `siteOrigin`: the published address's origin,
 * when known (absolute links to it are the site's own); `base`: the path it is served under.
 */
export function checkLinks(dir: string, options: { siteOrigin?: string; base?: string } = {}): LinkReport {
  const files = filesIn(dir);
  const { found, ids } = collect(dir, files);
  const broken: string[] = [];
  const external = new Set<string>();
  for (const link of found) {
    const target = resolveLink(link.url, pagePath(link.file), options.siteOrigin, options.base);
    const where = `${link.file}${link.line ? `:${link.line}` : ''}: ${link.attr} "${link.url}"`;
    if (target.kind === 'external') external.add(target.url);
    if (target.kind === 'outside-base') broken.push(`${where}: outside the site's base path ${options.base ?? '/'}`);
    if (target.kind !== 'site') continue;
    const file = distFile(target.path, (f) => files.has(f));
    if (file === undefined) broken.push(`${where}: no file of the build serves ${target.path}`);
    else if (link.checkFragment && target.fragment !== undefined && !fragmentNeedsNoTarget(target.fragment)) {
      const targetIds = ids.get(file);
      if (targetIds && !targetIds.has(target.fragment)) broken.push(`${where}: no id "${target.fragment}" on ${target.path}`);
    }
  }
  return { checked: found.length, files: files.size, broken, external: [...external].sort() };
}
