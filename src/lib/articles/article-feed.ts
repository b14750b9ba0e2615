/**
 * The Atom feed of one language's articles, built with the portal's Atom writer. Pure: the site's
 * address and the way a path becomes a URL come in as arguments.
 */
import { articlesIn } from './article-meta.ts';
import type { ArticleMeta } from '../contract/article.ts';
import type { Locale } from '../contract/site.ts';
import { atomFeed, nameBasedId } from '../downloads/atom.ts';

export interface ArticleFeedOptions {
  locale: Locale;
  /** The portal's slug (identifiers.ts): what tells its ids from another portal's built from this code. */
  portal: string;
  /** The feed's title, e.g. "Articles · Quảng Trị Digital Transformation Open Data". */
  title: string;
  /** Who publishes the feed (the portal's publisher). */
  author: string;
  /** The URL path of the list page, the feed and an article, in the feed's language. */
  listPath: string;
  feedPath: string;
  articlePath: (article: ArticleMeta) => string;
  /**
   * The site's address (data/site.json `url`): links are absolute when it is known; without it they
   * stay site-relative paths. Ids never depend on it.
   */
  site?: URL | string;
}

/** The feed as XML text; its `updated` is the newest article's last change. */
export function articleFeed(articles: readonly ArticleMeta[], options: ArticleFeedOptions): string {
  const absolute = (path: string) => (options.site ? new URL(path, options.site).href : path);
  const list = articlesIn(options.locale, articles);
  const lastChange = (article: ArticleMeta) => article.data.updated ?? article.data.date;
  const updated = list.map(lastChange).sort().at(-1) ?? '1970-01-01';
  return atomFeed(
    list.map((article) => ({
      // The translation key names the article in every language and survives a new slug or address.
      id: nameBasedId(`${options.portal}:${options.locale}:article:${article.data.translationKey}`),
      title: article.data.title,
      updated: lastChange(article),
      link: absolute(options.articlePath(article)),
      summary: article.data.summary,
    })),
    {
      id: nameBasedId(`${options.portal}:${options.locale}:articles-feed`),
      title: options.title,
      link: absolute(options.listPath),
      selfLink: absolute(options.feedPath),
      updated,
      author: options.author,
      lang: options.locale,
    },
  );
}
