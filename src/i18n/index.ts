/**
 * UI strings by key, in each language, and the one way to read a bilingual data field. The paths
 * of a page in each language are in paths.ts.
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

/** The text of a bilingual data field in a locale: pick('en', pillar.name, pillar.name_en). */
export const pick = (locale: Locale, vi: string, en: string): string => (locale === 'en' ? en : vi);
