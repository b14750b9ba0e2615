/**
 * Header files for static hosts that read them from the built folder:
 * - `_headers`, read by Netlify and Cloudflare Pages;
 * - `.htaccess`, read by Apache (most shared hosting).
 * GitHub Pages reads neither: there the <meta> policy in each page is what applies.
 *
 * Both hosts that read `_headers` join the values of a header set by two matching rules into
 * one comma-separated value, which for Content-Security-Policy means two policies that must both
 * allow a frame. So the framing headers are given by section (`/goals/*`, `/en/embed/*`, …),
 * never by a catch-all rule that the embed section would also match.
 */
import { securityHeaders, type Framing } from './policy.ts';
import { CHARTS_FOLDER } from '../downloads/urls.ts';
import { LOGO_PATH } from '../site-metadata/site-images.ts';

/** A group of paths and who may frame them. `pattern` is in the hosts' glob syntax. */
export interface FramingRule {
  pattern: string;
  framing: Framing;
}

/** The folder whose pages are made to be shown in other sites' frames. */
const EMBED_FOLDER = 'embed';

/**
 * The policy of every SVG the site serves as a file (the logo, the favicon, the charts): an SVG
 * opened on its own is a document that could run script, so nothing may run or load in it but its
 * own drawing and inline style.
 */
export const SVG_POLICY = "default-src 'none'; script-src 'none'; style-src 'unsafe-inline'; img-src data:";

/** Where the site serves SVG files, below its base: the logo and favicon, and the chart downloads. */
const SVG_FILES = [LOGO_PATH.slice(1), 'favicon.svg', `${CHARTS_FOLDER.slice(1)}*`];

/** Headers that are the same for every path: everything but the framing ones. */
const FRAMING_HEADERS = new Set(['Content-Security-Policy', 'X-Frame-Options']);

/**
 * The framing rules for a built site. `sections` are its folders one level down from the root
 * and from each locale's root (`goals`, `embed`, `en/goals`, `en/embed`, …); `pages` are the
 * HTML files at those roots (`index.html`, `404.html`, `en/index.html`). `base` is the site's base
 * path, with its trailing slash.
 */
export function framingRules(base: string, sections: readonly string[], pages: readonly string[]): FramingRule[] {
  const sectionRules = sections.map((section) => ({
    pattern: `${base}${section}/*`,
    framing: (section.split('/').at(-1) === EMBED_FOLDER ? 'anyone' : 'same-origin') as Framing,
  }));
  const pageRules = pages.flatMap((page) => {
    const patterns = [`${base}${page}`];
    // A folder's index page is also served at the folder's own address.
    if (page === 'index.html' || page.endsWith('/index.html')) patterns.push(`${base}${page.slice(0, -'index.html'.length)}`);
    return patterns.map((pattern) => ({ pattern, framing: 'same-origin' as Framing }));
  });
  return [...pageRules, ...sectionRules].sort((a, b) => a.pattern.localeCompare(b.pattern));
}

/** The `_headers` file (Netlify, Cloudflare Pages). */
export function netlifyHeaders(base: string, rules: readonly FramingRule[]): string {
  const block = (pattern: string, headers: [string, string][]) =>
    [pattern, ...headers.map(([name, value]) => `  ${name}: ${value}`)].join('\n');
  const common = securityHeaders('same-origin').filter(([name]) => !FRAMING_HEADERS.has(name));
  const blocks = [
    '# Written by the build (src/lib/security/headers-files.ts): edit that, not this file.',
    block(`${base}*`, common),
    ...rules.map((rule) => block(rule.pattern, securityHeaders(rule.framing).filter(([name]) => FRAMING_HEADERS.has(name)))),
    // A second policy beside the framing one (both apply): no script in an SVG opened on its own.
    ...SVG_FILES.map((file) => block(`${base}${file}`, [['Content-Security-Policy', SVG_POLICY]])),
  ];
  return `${blocks.join('\n\n')}\n`;
}

/** Quotes a header value for an Apache directive. */
function apacheQuote(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/** The `.htaccess` file (Apache with mod_headers). */
export function apacheHtaccess(base: string): string {
  const set = (indent: string, headers: [string, string][]) =>
    headers.map(([name, value]) => `${indent}Header always set ${name} ${apacheQuote(value)}`);
  const common = securityHeaders('same-origin').filter(([name]) => !FRAMING_HEADERS.has(name));
  const framing = (framing: Framing) => securityHeaders(framing).filter(([name]) => FRAMING_HEADERS.has(name));
  return [
    '# Written by the build (src/lib/security/headers-files.ts): edit that, not this file.',
    `ErrorDocument 404 ${base}404.html`,
    '<IfModule mod_headers.c>',
    ...set('  ', common),
    `  <If "%{REQUEST_URI} =~ m#^${base}(?:[a-z]{2}/)?${EMBED_FOLDER}/#">`,
    ...set('    ', framing('anyone')),
    '  </If>',
    '  <Else>',
    ...set('    ', framing('same-origin')),
    '  </Else>',
    // Added as a second policy, so the framing policy above still applies as well.
    '  <FilesMatch "\\.svg$">',
    ...set('    ', [['Content-Security-Policy', SVG_POLICY]]).map((line) => line.replace('Header always set', 'Header always add')),
    '  </FilesMatch>',
    '</IfModule>',
    '',
  ].join('\n');
}
