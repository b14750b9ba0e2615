/**
 * The pure part of the link checker (tests/e2e/links.test.ts): what a page links to, what it can be
 * linked to (its ids), and where a link leads in dist/.
 *
 * No HTML parser is a dependency of the project (parse5 is not installed; ultrahtml comes with
 * Astro but is not ours to pin), so this is a tag scanner: it reads start tags and their
 * attributes, skips comments, doctypes, CDATA and end tags, and does not look for tags inside
 * <script>, <style>, <textarea> and <title>, whose text is not markup. That is all a link checker
 * needs from the HTML Astro writes, and it reads each page once, left to right.
 */

export interface Link {
  /** The attribute it came from, e.g. "href", "srcset", "meta content" */
  attr: string;
  /** As written in the page, entities decoded */
  url: string;
  /** 1-based line in the page */
  line: number;
}

export interface ScannedPage {
  links: Link[];
  /** Every id in the page, and every <a name>: what a fragment may point at */
  ids: Set<string>;
  /** The text of each <script type="application/ld+json">, and the line it starts on */
  jsonLd: { text: string; line: number }[];
}

/** Attributes whose value is one URL, on any element (SVG's <use href> and xlink:href included). */
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'poster', 'data', 'cite', 'xlink:href']);
/** Elements whose content is text, not markup. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title']);
/** <meta content> is a URL only for these names and properties (Open Graph, Twitter cards). */
const URL_META = /^(og:(url|image|image:url|image:secure_url|audio|video)|twitter:image|msapplication-tileimage)$/i;

const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes character references in an attribute value (numeric ones and the few named ones a URL meets). */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[ref.toLowerCase()] ?? whole;
  });
}

/**
 * The URLs of a srcset, read as the HTML standard does: a candidate is a run of non-space
 * characters (a trailing comma ends it), then optional descriptors up to the next comma.
 */
export function srcsetUrls(srcset: string): string[] {
  const urls: string[] = [];
  let i = 0;
  while (i < srcset.length) {
    while (i < srcset.length && /[\s,]/.test(srcset[i]!)) i++;
    const start = i;
    while (i < srcset.length && !/\s/.test(srcset[i]!)) i++;
    let url = srcset.slice(start, i);
    if (url === '') break;
    if (url.endsWith(',')) url = url.replace(/,+$/, '');
    else while (i < srcset.length && srcset[i] !== ',') i++;
    urls.push(url);
  }
  return urls;
}

/** HTML's ASCII whitespace: tab, line feed, form feed, carriage return, space. */
const isSpace = (code: number): boolean => code === 32 || (code >= 9 && code <= 13 && code !== 11);

/** Start tags of a page, with their attributes (names lower-cased, values decoded), in order. */
export function* startTags(
  html: string,
): Generator<{ name: string; attributes: Map<string, string>; offset: number; text?: string }> {
  const length = html.length;
  let i = 0;
  while (i < length) {
    const open = html.indexOf('<', i);
    if (open === -1) return;
    if (html.startsWith('<!--', open)) {
      const close = html.indexOf('-->', open + 4);
      i = close === -1 ? length : close + 3;
      continue;
    }
    if (html.startsWith('<![CDATA[', open)) {
      const close = html.indexOf(']]>', open + 9);
      i = close === -1 ? length : close + 3;
      continue;
    }
    const next = html[open + 1] ?? '';
    if (next === '!' || next === '?' || next === '/') {
      const close = html.indexOf('>', open + 2);
      i = close === -1 ? length : close + 1;
      continue;
    }
    if (!/[a-zA-Z]/.test(next)) {
      i = open + 1;
      continue;
    }
    // The tag name, then attributes until ">" (or the end of the page).
    let j = open + 1;
    while (j < length && !isSpace(html.charCodeAt(j)) && html[j] !== '/' && html[j] !== '>') j++;
    const name = html.slice(open + 1, j).toLowerCase();
    const attributes = new Map<string, string>();
    while (j < length) {
      while (j < length && (isSpace(html.charCodeAt(j)) || html[j] === '/')) j++;
      if (j >= length || html[j] === '>') break;
      const nameStart = j;
      while (j < length && !isSpace(html.charCodeAt(j)) && !'/>='.includes(html[j]!)) j++;
      const attribute = html.slice(nameStart, j).toLowerCase();
      while (j < length && isSpace(html.charCodeAt(j))) j++;
      let value = '';
      if (html[j] === '=') {
        j++;
        while (j < length && isSpace(html.charCodeAt(j))) j++;
        const quote = html[j];
        if (quote === '"' || quote === "'") {
          const close = html.indexOf(quote, j + 1);
          const end = close === -1 ? length : close;
          value = html.slice(j + 1, end);
          j = end + 1;
        } else {
          const valueStart = j;
          while (j < length && !isSpace(html.charCodeAt(j)) && html[j] !== '>') j++;
          value = html.slice(valueStart, j);
        }
      }
      // The first of two attributes with one name wins, as in a browser.
      if (!attributes.has(attribute)) attributes.set(attribute, decodeEntities(value));
    }
    i = Math.min(j + 1, length);
    if (RAW_TEXT.has(name)) {
      // Its text runs to its end tag, whatever the text holds. (Not toLowerCase: it can change lengths.)
      const endTag = new RegExp(`</${name}`, 'ig');
      endTag.lastIndex = i;
      const close = endTag.exec(html)?.index ?? length;
      yield { name, attributes, offset: open, text: html.slice(i, close) };
      i = close;
    } else {
      yield { name, attributes, offset: open };
    }
  }
}

/** Links, ids and JSON-LD of an HTML page. */
export function scanHtml(html: string): ScannedPage {
  const links: Link[] = [];
  const ids = new Set<string>();
  const jsonLd: ScannedPage['jsonLd'] = [];
  // Line numbers: count newlines from the previous tag only, so the whole scan stays linear.
  let line = 1;
  let counted = 0;
  const lineAt = (offset: number) => {
    for (let k = html.indexOf('\n', counted); k !== -1 && k < offset; k = html.indexOf('\n', k + 1)) line++;
    counted = offset;
    return line;
  };
  for (const tag of startTags(html)) {
    const at = () => lineAt(tag.offset);
    const id = tag.attributes.get('id');
    if (id) ids.add(id);
    if (tag.name === 'a' && tag.attributes.get('name')) ids.add(tag.attributes.get('name')!);
    for (const [attribute, value] of tag.attributes) {
      if (URL_ATTRIBUTES.has(attribute)) links.push({ attr: attribute, url: value.trim(), line: at() });
      else if (attribute === 'srcset' || attribute === 'imagesrcset') {
        for (const url of srcsetUrls(value)) links.push({ attr: attribute, url, line: at() });
      }
    }
    if (tag.name === 'meta') {
      const key = tag.attributes.get('property') ?? tag.attributes.get('name') ?? '';
      const content = tag.attributes.get('content')?.trim() ?? '';
      // A site-relative content is a URL whatever the name; named URL metas are checked even when absolute.
      if (URL_META.test(key) || (content.startsWith('/') && !content.startsWith('//'))) {
        links.push({ attr: 'meta content', url: content, line: at() });
      }
    }
    if (tag.name === 'script' && tag.attributes.get('type')?.toLowerCase() === 'application/ld+json') {
      jsonLd.push({ text: tag.text ?? '', line: at() });
    }
  }
  return { links, ids, jsonLd };
}

/** Every string in a JSON value that is a URL: site-relative ("/…") or absolute (http, https). */
export function jsonUrls(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') {
    if (/^\/(?!\/)/.test(value) || /^https?:\/\//i.test(value)) out.push(value);
  } else if (Array.isArray(value)) {
    for (const item of value) jsonUrls(item, out);
  } else if (value !== null && typeof value === 'object') {
    for (const item of Object.values(value)) jsonUrls(item, out);
  }
  return out;
}

export type Target =
  /** On this site: the decoded path below the base and the fragment, if any (decoded, without "#"). */
  | { kind: 'site'; path: string; fragment?: string }
  /** The site's own origin, but outside its base path: a link that forgot the base. */
  | { kind: 'outside-base'; url: string }
  /** Another origin, listed but not fetched. */
  | { kind: 'external'; url: string }
  /** mailto:, tel:, data:, javascript: … nothing to resolve. */
  | { kind: 'other' };

/**
 * Where `url`, written on the page at site path `from` (e.g. "/en/goals/", "/404.html", below the
 * base), leads. `siteOrigin` is the published address's origin, when it is known: absolute links to
 * it are the site's own. `base` is the path the site is served under ("/" or "/open-data/"): the
 * page is read as served there, and a path on the site's origin must stay below it.
 */
export function resolveLink(url: string, from: string, siteOrigin?: string, base = '/'): Target {
  const origin = siteOrigin ?? 'http://site.invalid';
  const root = base.endsWith('/') ? base : `${base}/`;
  let resolved: URL;
  try {
    resolved = new URL(url, new URL(`${root}${from.replace(/^\/+/, '')}`, origin));
  } catch {
    // Unparseable: report it as a path that cannot exist.
    return { kind: 'site', path: url };
  }
  if (!/^https?:$/.test(resolved.protocol)) return { kind: 'other' };
  if (resolved.origin !== new URL(origin).origin) return { kind: 'external', url: resolved.href };
  const pathname = resolved.pathname === root.slice(0, -1) ? root : resolved.pathname;
  if (!pathname.startsWith(root)) return { kind: 'outside-base', url: resolved.href };
  let path: string;
  try {
    path = decodeURIComponent(`/${pathname.slice(root.length)}`);
  } catch {
    path = `/${pathname.slice(root.length)}`;
  }
  const hash = resolved.hash.slice(1);
  if (hash === '') return { kind: 'site', path };
  let fragment: string;
  try {
    fragment = decodeURIComponent(hash);
  } catch {
    fragment = hash;
  }
  return { kind: 'site', path, fragment };
}

/**
 * The file in dist/ a site path serves, relative to dist/ ("en/goals/index.html"), or undefined
 * when there is none. A folder serves its index.html; a folder named without its trailing slash
 * does too, after the redirect static hosts make.
 */
export function distFile(path: string, isFile: (file: string) => boolean): string | undefined {
  const file = path.replace(/^\/+/, '');
  if (file === '' || file.endsWith('/')) return isFile(`${file}index.html`) ? `${file}index.html` : undefined;
  if (isFile(file)) return file;
  if (isFile(`${file}/index.html`)) return `${file}/index.html`;
  return undefined;
}

/** The site path of a page in dist/: "en/goals/index.html" → "/en/goals/", "404.html" → "/404.html". */
export function pagePath(file: string): string {
  return `/${file.replace(/(^|\/)index\.html$/, '$1')}`;
}

/** A fragment that needs no element: "#top" scrolls to the top of any page (HTML's rule). */
export const fragmentNeedsNoTarget = (fragment: string): boolean => fragment === '' || fragment.toLowerCase() === 'top';
