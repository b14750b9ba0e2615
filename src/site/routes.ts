/**
 * The getStaticPaths of the routes written once for every language (src/pages/[...lang]/): the
 * language is the route's `lang` parameter, absent for the default language, which lives at the
 * root (/goals/), and the language code for the others (/en/goals/). Each path carries its locale
 * as a prop, so a page never works it out from its URL.
 */
import { defaultLocale, locales, type Locale } from '../i18n/translate.ts';
import { articlesIn } from '../lib/articles/article-meta.ts';
import { getArticles } from './articles.ts';
import { getGoals } from './goals.ts';
import { getDatasets, getIndicators } from './portal-data.ts';

/** The `lang` route parameter of a locale. */
export const langParam = (locale: Locale): string | undefined => (locale === defaultLocale ? undefined : locale);

/** One path per language, for a page with no other parameter. */
export const localePaths = () => locales.map((locale) => ({ params: { lang: langParam(locale) }, props: { locale } }));

/** One path per language and item: `param` names the item in the URL. */
function perLocale<K extends string, T>(items: readonly T[], param: K, id: (item: T) => string) {
  return locales.flatMap((locale) =>
    items.map((item) => ({ params: { lang: langParam(locale), [param]: id(item) } as { lang: string | undefined } & Record<K, string>, props: { locale, item } })),
  );
}

/** A page per target of the tracked resolution, with its progress. */
export const targetPaths = async () => perLocale((await getGoals()).progress, 'id', (target) => target.id);

/** A page per indicator. */
export const indicatorPaths = async () => perLocale(await getIndicators(), 'id', (indicator) => indicator.id);

/** A page per dataset. */
export const datasetPaths = async () => perLocale(await getDatasets(), 'dataset', (dataset) => dataset.id);

/** A page per article, in the language it is written in. */
export async function articlePaths() {
  const { all } = await getArticles();
  return locales.flatMap((locale) => articlesIn(locale, all).map((article) => ({ params: { lang: langParam(locale), slug: article.slug }, props: { locale, item: article } })));
}
