/** The articles' Atom feed endpoint, for /articles/feed.xml and /en/articles/feed.xml. */
import { getArticles } from './articles.ts';
import { getSiteData } from './portal-data.ts';
import { localePath, pick, t, type Locale } from '../i18n/index.ts';
import { articleFeed } from '../lib/articles/article-feed.ts';

export async function articlesFeedResponse(locale: Locale, site: URL | undefined): Promise<Response> {
  const [{ all }, { site: portal }] = await Promise.all([getArticles(), getSiteData()]);
  const xml = articleFeed(all, {
    locale,
    title: t(locale)('articles.feedTitle', { portal: pick(locale, portal.name, portal.name_en) }),
    author: pick(locale, portal.publisher, portal.publisher_en),
    listPath: localePath(locale, '/articles/'),
    feedPath: localePath(locale, '/articles/feed.xml'),
    articlePath: (article) => localePath(locale, `/articles/${article.slug}/`),
    site,
  });
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
}
