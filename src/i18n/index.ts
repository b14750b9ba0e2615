/**
 * UI strings by key, and the paths of a page in each language. Vietnamese, the default locale, lives
 * at the root (/goals/); English under /en/ (/en/goals/), both below the site's base.
 */
import type { Locale } from '../lib/contract/site.ts';
import en from './en.ts';
import vi from './vi.ts';

export type { Locale };
export type UiKey = keyof typeof vi;

/** Every locale, the default first. */
export const locales = ['vi', 'en'] as const satisfies readonly Locale[];
export const defaultLocale: Locale = 'vi';

const strings: Record<Locale, Record<UiKey, string>> = { vi, en };

/**
 * The translator for one locale: `t('en')('nav.home')` is "Home". Placeholders written `{name}` are
 * filled from `values`; a placeholder without a value is left as written, so it shows up in review.
 */
export function t(locale: Locale): (key: UiKey, values?: Record<string, string | number>) => string {
  const table = strings[locale];
  return (key, values) => {
    const text = table[key];
    if (values === undefined) return text;
    return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
  };
}

/** The other language of a bilingual site. */
export const otherLocale = (locale: Locale): Locale => (locale === 'vi' ? 'en' : 'vi');

/** The base path without its trailing slash: "" for "/", "/portal" for "/portal/". */
const trimBase = (base: string): string => base.replace(/\/+$/, '');

/**
 * The URL path of a page in a locale: localePath('en', '/goals/') is "/en/goals/", or
 * "/portal/en/goals/" when the site is published under /portal/. `path` starts with "/".
 */
export function localePath(locale: Locale, path: string, base: string = import.meta.env.BASE_URL): string {
  const page = path.startsWith('/') ? path : `/${path}`;
  return `${trimBase(base)}${locale === defaultLocale ? '' : `/${locale}`}${page}`;
}

/**
 * Reads a URL path back into its locale and its locale-free page path:
 * "/en/goals/" is { locale: 'en', path: '/goals/' }; "/goals/" is { locale: 'vi', path: '/goals/' }.
 */
export function splitPath(pathname: string, base: string = import.meta.env.BASE_URL): { locale: Locale; path: string } {
  const prefix = trimBase(base);
  let rest = prefix !== '' && pathname.startsWith(prefix) ? pathname.slice(prefix.length) : pathname;
  if (!rest.startsWith('/')) rest = `/${rest}`;
  for (const locale of locales) {
    if (locale === defaultLocale) continue;
    if (rest === `/${locale}` || rest.startsWith(`/${locale}/`)) {
      return { locale, path: rest.slice(locale.length + 1) || '/' };
    }
  }
  return { locale: defaultLocale, path: rest };
}

/** The same page in the other language: switchPath('/en/goals/') is "/goals/". */
export function switchPath(pathname: string, base: string = import.meta.env.BASE_URL): string {
  const { locale, path } = splitPath(pathname, base);
  return localePath(otherLocale(locale), path, base);
}

/** The text of a bilingual data field in a locale: pick('en', pillar.name, pillar.name_en). */
export const pick = (locale: Locale, vi: string, en: string): string => (locale === 'en' ? en : vi);

/** A path that is not per language (a download, an image), below the site's base. */
export const sitePath = (path: string, base: string = import.meta.env.BASE_URL): string =>
  `${trimBase(base)}${path.startsWith('/') ? path : `/${path}`}`;
