import { describe, expect, it } from 'vitest';
import { atomFeed } from '../../src/lib/downloads/atom.ts';

const feedInfo = {
  id: 'https://data.example.org/feed.xml',
  title: 'Dữ liệu mở chuyển đổi số Quảng Trị',
  link: 'https://data.example.org/',
  updated: '2026-11-26',
  selfLink: 'https://data.example.org/feed.xml',
  author: 'Nhóm phát triển cổng dữ liệu',
  lang: 'vi',
};
const entry = {
  id: 'https://data.example.org/du-lieu/dti/#1.1.0',
  title: 'DTI <script>alert("x")</script> & "quotes" \'too\'',
  updated: '2026-11-20T10:00:00+07:00',
  link: 'https://data.example.org/du-lieu/dti/?v=1.1.0&lang=vi',
  summary: 'Thêm số liệu năm 2024 <b>mới</b>',
};

/** The text between the first <name> and </name> tags. */
const textOf = (xml: string, name: string) => new RegExp(`<${name}[^>]*>([^<]*)</${name}>`).exec(xml)?.[1];
const unescape = (text: string) =>
  text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');

describe('the Atom feed', () => {
  it('escapes every text, so a title with <script>, & and quotes stays text', () => {
    const xml = atomFeed([entry], feedInfo);
    expect(xml).not.toContain('<script>');
    expect(xml).toContain('DTI &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &quot;quotes&quot; &#39;too&#39;');
    const entryXml = xml.slice(xml.indexOf('<entry>'));
    expect(unescape(textOf(entryXml, 'title')!)).toBe(entry.title);
    expect(unescape(textOf(entryXml, 'summary')!)).toBe(entry.summary);
  });

  it('escapes an ampersand in a link attribute', () => {
    expect(atomFeed([entry], feedInfo)).toContain('href="https://data.example.org/du-lieu/dti/?v=1.1.0&amp;lang=vi"');
  });

  it('has the elements RFC 4287 requires: feed id, title, updated, author, and per entry id, title, updated, link', () => {
    const xml = atomFeed([entry], feedInfo);
    expect(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="vi">')).toBe(true);
    expect(textOf(xml, 'id')).toBe('https://data.example.org/feed.xml');
    expect(textOf(xml, 'updated')).toBe('2026-11-26T00:00:00Z');
    expect(xml).toContain('<author><name>Nhóm phát triển cổng dữ liệu</name></author>');
    expect(xml).toContain('<link rel="self" type="application/atom+xml" href="https://data.example.org/feed.xml"/>');
    expect(xml).toContain('<updated>2026-11-20T10:00:00+07:00</updated>');
    expect(xml.match(/<entry>/g)).toHaveLength(1);
    expect(xml.trimEnd().endsWith('</feed>')).toBe(true);
  });

  it('balances its tags, with or without entries', () => {
    for (const xml of [atomFeed([entry, entry], feedInfo), atomFeed([], feedInfo)]) {
      const opened = xml.match(/<(?![?/])[a-z]+(?=[ >])(?![^>]*\/>)/g) ?? [];
      const closed = xml.match(/<\/[a-z]+>/g) ?? [];
      expect(opened.length).toBe(closed.length);
    }
  });

  it('names the feed after its title when no author is given', () => {
    const { author: _author, ...withoutAuthor } = feedInfo;
    expect(atomFeed([], withoutAuthor)).toContain(`<author><name>${feedInfo.title}</name></author>`);
  });
});
