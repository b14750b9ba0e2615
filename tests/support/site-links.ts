/**
 * The link checker over a built site's folder (tests/e2e/links.test.ts for dist/, and any other
 * build a test makes): every HTML file is read, no browser. Each site link (href, src, srcset, form
 * action, URL <meta content>) must lead to a file in the folder and each fragment to an id on its
 * page; so must the links of the Atom feeds, the sitemap, catalog.jsonld and each page's JSON-LD.
 * Links to other sites are listed, not fetched.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { distFile, fragmentNeedsNoTarget, jsonUrls, pagePath, resolveLink, scanHtml, startTags } from './links.ts';

interface Found {
  /** The file it is in, relative to the site's folder */
  file: string;
  line?: number;
  attr: string;
  url: string;
  /** Fragments in JSON-LD name nodes of the graph, not elements of a page: only the path is checked. */
  checkFragment: boolean;
}

export interface LinkReport {
  /** How many links were read, and in how many files. */
  checked: number;
  files: number;
  /** One line per broken link: the file, its line, the attribute, the link and what is wrong. */
  broken: string[];
  /** Distinct links to other sites, sorted. */
  external: string[];
}

/** Every file in the folder, relative to it, with "/" separators. */
function siteFiles(dir: string): Set<string> {
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
    } else if (file.endsWith('.jsonld')) {
      fromJson(file, read(file));
    }
  }
  return { found, ids };
}

/**
 * Checks every link of the site built into `dir`. `siteOrigin` is the published address's origin,
 * when the site has one: absolute links to it are the site's own. `label` names the folder in messages.
 */
export function checkSiteLinks(dir: string, siteOrigin?: string, label = 'dist'): LinkReport {
  const files = siteFiles(dir);
  const { found, ids } = collect(dir, files);
  const broken: string[] = [];
  const external = new Set<string>();
  for (const link of found) {
    const target = resolveLink(link.url, pagePath(link.file), siteOrigin);
    if (target.kind === 'external') external.add(target.url);
    if (target.kind !== 'site') continue;
    const where = `${label}/${link.file}${link.line ? `:${link.line}` : ''}: ${link.attr} "${link.url}"`;
    const file = distFile(target.path, (f) => files.has(f));
    if (file === undefined) broken.push(`${where}: no file in ${label}/ serves ${target.path}`);
    else if (link.checkFragment && target.fragment !== undefined && !fragmentNeedsNoTarget(target.fragment)) {
      const targetIds = ids.get(file);
      if (targetIds && !targetIds.has(target.fragment)) broken.push(`${where}: no id "${target.fragment}" on ${target.path}`);
    }
  }
  return { checked: found.length, files: files.size, broken, external: [...external].sort() };
}
