/**
 * The one escaper for text that reaches markup built as a string: the charts' SVG (inlined into
 * pages with set:html, so Astro's own escaping never sees it), the Atom feeds, the sitemap and the
 * dev server's problems page. Every piece of text that comes from data (titles, labels, source
 * names) passes through here, in element content and attribute values alike.
 */

const entities: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * Characters XML 1.0 cannot carry at all, escaped or not: control characters other than tab, line
 * feed and carriage return, U+FFFE and U+FFFF, and lone surrogates. One of them in a label would
 * make a downloaded SVG unreadable (and its PNG impossible to draw), so they are dropped.
 */
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Text made inert for XML and HTML: & < > " ' become entities, so it can never open a tag or end an attribute. */
export function escapeXml(text: string): string {
  return text.replace(NOT_XML, '').replace(/[&<>"']/g, (c) => entities[c]!);
}
