/**
 * The one way text reaches the chart markup. The SVG is built as a string and inlined into pages
 * with set:html, so Astro's own escaping never sees it: every piece of text that comes from data
 * (titles, labels, source names) must pass through here, in element content and attribute values
 * alike.
 */

const entities: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text made inert for XML and HTML: & < > " ' become entities, so it can never open a tag or end an attribute. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => entities[c]!);
}
