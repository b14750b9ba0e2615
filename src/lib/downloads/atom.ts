/**
 * An Atom feed (RFC 4287) of new dataset versions, so that journalists and harvesters can follow
 * updates in a feed reader. Every text and attribute is escaped: titles and summaries come from
 * data files and may hold "<", "&" or quotes.
 * https://www.rfc-editor.org/rfc/rfc4287
 */
import { createHash } from 'node:crypto';
import { escapeXml } from '../text/escape.ts';

export interface AtomEntry {
  /** A permanent, unique IRI that does not depend on the site's address: see `nameBasedId`. */
  id: string;
  title: string;
  /** YYYY-MM-DD or an RFC 3339 date-time. */
  updated: string;
  /** The page the entry is about. */
  link: string;
  summary: string;
  /** The entry as HTML, with its links, for readers that show more than the summary. */
  content?: string;
}

/**
 * A permanent id made from a name (RFC 9562, version 8 layout over SHA-256): Atom wants absolute
 * IRIs that never change, and a page's URL is neither absolute before the site's address is known
 * nor permanent when the site moves. The same name always gives the same id.
 */
export function nameBasedId(name: string): string {
  const hex = createHash('sha256').update(name).digest('hex');
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

export interface AtomFeedInfo {
  /** A permanent IRI for the feed. */
  id: string;
  title: string;
  /** The site's page the feed belongs to. */
  link: string;
  /** YYYY-MM-DD or an RFC 3339 date-time: when the feed last changed (the newest entry's date). */
  updated: string;
  /** The feed's own address. */
  selfLink: string;
  /**
   * The feed's author. Atom requires one for a feed whose entries have none (RFC 4287, 4.1.1);
   * the feed's title stands in when it is omitted.
   */
  author?: string;
  /** Language of the texts, e.g. "vi". */
  lang?: string;
}

/** A date as RFC 3339 requires: a bare YYYY-MM-DD becomes midnight UTC of that day. */
export function atomDate(text: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(text) ? `${text}T00:00:00Z` : text;
}

const element = (name: string, text: string) => `<${name}>${escapeXml(text)}</${name}>`;

/** The feed as XML text, entries in the order given (newest first, by convention). */
export function atomFeed(entries: readonly AtomEntry[], feed: AtomFeedInfo): string {
  const lang = feed.lang === undefined ? '' : ` xml:lang="${escapeXml(feed.lang)}"`;
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom"${lang}>`,
    `  ${element('id', feed.id)}`,
    `  ${element('title', feed.title)}`,
    `  ${element('updated', atomDate(feed.updated))}`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(feed.link)}"/>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(feed.selfLink)}"/>`,
    `  <author>${element('name', feed.author ?? feed.title)}</author>`,
    ...entries.flatMap((entry) => [
      '  <entry>',
      `    ${element('id', entry.id)}`,
      `    ${element('title', entry.title)}`,
      `    ${element('updated', atomDate(entry.updated))}`,
      `    <link rel="alternate" type="text/html" href="${escapeXml(entry.link)}"/>`,
      `    <summary type="text">${escapeXml(entry.summary)}</summary>`,
      ...(entry.content === undefined ? [] : [`    <content type="html">${escapeXml(entry.content)}</content>`]),
      '  </entry>',
    ]),
    '</feed>',
    '',
  ];
  return lines.join('\n');
}
