import { describe, expect, it } from 'vitest';
import { articleMeta } from '../../src/lib/articles/article-meta.ts';
import { articleFeed } from '../../src/lib/articles/article-feed.ts';
import { ArticleFrontmatter } from '../../src/lib/contract/article.ts';

const article = (id: string, date: string, extra: Record<string, unknown> = {}) =>
  articleMeta({
    id,
    data: ArticleFrontmatter.parse({
      title: `Bài ${id} <&>`,
      summary: 'Tóm tắt & "trích dẫn"',
      date,
      author: 'Nhóm biên tập cổng dữ liệu',
      tags: ['x'],
      translationKey: id.split('/')[1],
      ...extra,
    }),
  });

const articles = [article('vi/cu', '2026-11-16'), article('vi/moi', '2026-11-20', { updated: '2026-11-25' }), article('en/moi', '2026-11-20')];
const options = {
  locale: 'vi' as const,
  portal: 'quang-tri',
  title: 'Bài viết · Cổng',
  author: 'Nhóm phát triển cổng',
  listPath: '/articles/',
  feedPath: '/articles/feed.xml',
  articlePath: (a: { slug: string }) => `/articles/${a.slug}/`,
};

describe('the articles feed', () => {
  it('lists the language’s articles only, newest first, with absolute links when the site’s address is known', () => {
    const xml = articleFeed(articles, { ...options, site: 'https://data.example.org/' });
    const links = [...xml.matchAll(/<entry>[\s\S]*?href="([^"]+)"/g)].map((m) => m[1]);
    expect(links).toEqual(['https://data.example.org/articles/moi/', 'https://data.example.org/articles/cu/']);
    expect(xml).toContain('xml:lang="vi"');
  });

  it('gives the feed and each article a permanent id that does not change with the address or the slug', () => {
    const ids = (xml: string) => [...xml.matchAll(/<id>([^<]+)<\/id>/g)].map((m) => m[1]);
    const withAddress = ids(articleFeed(articles, { ...options, site: 'https://data.example.org/' }));
    expect(withAddress).toHaveLength(3);
    for (const id of withAddress) expect(id).toMatch(/^urn:uuid:[0-9a-f-]{36}$/);
    expect(ids(articleFeed(articles, options))).toEqual(withAddress);
    const renamed = ids(articleFeed(articles, { ...options, articlePath: (a: { slug: string }) => `/bai-viet/${a.slug}/` }));
    expect(renamed).toEqual(withAddress);
    expect(ids(articleFeed(articles, { ...options, locale: 'en' }))).not.toContain(withAddress[1]);
    // Another portal built from this code, with an article of the same translation key.
    expect(ids(articleFeed(articles, { ...options, portal: 'tinh-mau' }))).not.toContain(withAddress[1]);
  });

  it('is as new as its latest change, an update included', () => {
    const xml = articleFeed(articles, options);
    expect(/<feed[\s\S]*?<updated>([^<]+)<\/updated>/.exec(xml)?.[1]).toBe('2026-11-25T00:00:00Z');
  });

  it('keeps site-relative links without an address, and escapes titles and summaries', () => {
    const xml = articleFeed(articles, options);
    expect(xml).toContain('href="/articles/moi/"');
    expect(xml).toContain('<title>Bài vi/moi &lt;&amp;&gt;</title>');
    expect(xml).toContain('Tóm tắt &amp; &quot;trích dẫn&quot;');
  });
});
