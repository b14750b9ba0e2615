/**
 * The paths of a page in each language. Vietnamese, the default locale, lives at the root
 * (/goals/); English under /en/ (/en/goals/), both below the site's base.
 */
import { defaultLocale, locales, otherLocale, type Locale } from './translate.ts';

// Pages import otherLocale from here, beside the paths it serves; src/lib reads it from translate.ts.
export { otherLocale };

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

/** A path that is not per language (a download, an image), below the site's base. */
export const sitePath = (path: string, base: string = import.meta.env.BASE_URL): string =>
  `${trimBase(base)}${path.startsWith('/') ? path : `/${path}`}`;
