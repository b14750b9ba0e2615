/** The Atom feeds: the articles in a language, and the data updates (one entry per commit that changed a dataset). */
import { pick, t, type Locale } from '../i18n/translate.ts';
import { localePath } from '../i18n/paths.ts';
import { articleFeed } from '../lib/articles/article-feed.ts';
import { atomFeed } from '../lib/downloads/atom.ts';
import { dataFeedEntries, entryId } from '../lib/downloads/data-feed.ts';
import { DATA_FEED } from '../lib/downloads/urls.ts';
import { portalSlug } from '../lib/downloads/identifiers.ts';
import { absoluteUrl, datasetPageUrl } from './addresses.ts';
import { getArticles } from './articles.ts';
import { thisBuild } from './build-context.ts';
import { getHistories } from './dataset-histories.ts';
import { getDatasets, getSiteData } from './portal-data.ts';

const atom = (xml: string) => new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });

/** The articles of one language, newest first. */
export async function articlesFeedResponse(locale: Locale, site: URL | undefined): Promise<Response> {
  const [{ all }, { site: portal }] = await Promise.all([getArticles(), getSiteData()]);
  const xml = articleFeed(all, {
    locale,
    portal: portalSlug(portal),
    title: t(locale)('articles.feedTitle', { portal: pick(locale, portal.name, portal.name_en) }),
    author: pick(locale, portal.publisher, portal.publisher_en),
    listPath: localePath(locale, '/articles/'),
    feedPath: localePath(locale, '/articles/feed.xml'),
    articlePath: (article) => localePath(locale, `/articles/${article.slug}/`),
    site,
  });
  return atom(xml);
}

/** The data updates, with the rows each commit added, removed and changed, in one language. */
export async function dataFeedResponse(locale: Locale): Promise<Response> {
  const tr = t(locale);
  const [{ site }, datasets, histories, build] = await Promise.all([getSiteData(), getDatasets(), getHistories(), thisBuild()]);
  const portal = pick(locale, site.name, site.name_en);
  const feedDatasets = datasets.map((d) => ({
    id: d.id,
    title: pick(locale, d.descriptor.title, d.descriptor.title_en),
    link: datasetPageUrl(locale, d.id),
    versions: histories.of(d).versions,
  }));
  const catalogueLink = absoluteUrl(localePath(locale, '/data/'));
  const slug = portalSlug(site);
  const entries = dataFeedEntries(feedDatasets, { catalogueLink, locale, portal: slug });
  const fallback = datasets.flatMap((d) => histories.lastUpdated(d)?.date ?? []).sort().at(-1) ?? build.day;
  return atom(
    atomFeed(entries, {
      id: entryId('data-feed', `${slug}:${locale}`),
      title: tr('data.feedTitle', { portal }),
      link: catalogueLink,
      updated: entries[0]?.updated ?? fallback,
      selfLink: absoluteUrl(localePath(locale, DATA_FEED)),
      author: pick(locale, site.publisher, site.publisher_en),
      lang: locale,
    }),
  );
}
