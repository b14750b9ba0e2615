/**
 * UI strings by key, in each language, and the one way to read a bilingual data field. The paths
 * of a page in each language are in paths.ts.
 */
import type { Locale } from '../lib/contract/site.ts';
import en from './en.ts';
import vi from './vi.ts';

export type { Locale };
export type UiKey = keyof typeof vi;

/**
 * A message that depends on a number: one text per plural category the language's
 * Intl.PluralRules knows (English "1 place", "3 places"; Vietnamese has only `other`). `type:
 * 'ordinal'` asks for the ordinal rules instead ("1st", "2nd", "3rd", "4th").
 */
export type Plural = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string; type?: Intl.PluralRuleType };

/** What a key holds: a text, or the forms of a plural. */
export type Message = string | Plural;

/** Another language's strings: every Vietnamese key, and a plural wherever Vietnamese has one. */
export type Translation = { [K in UiKey]: (typeof vi)[K] extends string ? string : Plural };

/** Every locale, the default first. */
export const locales = ['vi', 'en'] as const satisfies readonly Locale[];
export const defaultLocale: Locale = 'vi';

/** The other language of a bilingual site. */
export const otherLocale = (locale: Locale): Locale => locales.find((other) => other !== locale)!;

/** Each language's BCP 47 tag, for Intl: its plural rules and the way it writes numbers. */
export const localeTags: Record<Locale, string> = { vi: 'vi-VN', en: 'en-GB' };

const numberFormats = new Map<Locale, Intl.NumberFormat>();

/**
 * How a language writes a number (vi 1.830,5; en 1,830.5), keeping every decimal given: Intl would
 * otherwise round to three places. Grouping is always on, even for four digits.
 */
export function numberFormat(locale: Locale): Intl.NumberFormat {
  let format = numberFormats.get(locale);
  if (format === undefined) {
    format = new Intl.NumberFormat(localeTags[locale], { maximumFractionDigits: 20, useGrouping: true });
    numberFormats.set(locale, format);
  }
  return format;
}

/** Names joined as the language joins a list: "A, B và C" / "A, B and C". */
export const listText = (locale: Locale, items: readonly string[]): string => new Intl.ListFormat(localeTags[locale], { type: 'conjunction' }).format(items);

const pluralRules = new Map<string, Intl.PluralRules>();

function pluralRule(locale: Locale, type: Intl.PluralRuleType): Intl.PluralRules {
  const id = `${locale} ${type}`;
  let rules = pluralRules.get(id);
  if (rules === undefined) {
    rules = new Intl.PluralRules(localeTags[locale], { type });
    pluralRules.set(id, rules);
  }
  return rules;
}

const strings: Record<Locale, Record<UiKey, Message>> = { vi, en };

type Values = Record<string, string | number>;

/**
 * The form of a plural message for `values.count`, with `{count}` written as the language writes
 * numbers (1,5 in Vietnamese). A plural read without a count is a mistake in the code, not in a
 * translation, so it stops the build rather than guessing a form.
 */
function pluralText(locale: Locale, key: UiKey, message: Plural, values: Values | undefined): { text: string; values: Values } {
  const count = values?.['count'];
  if (typeof count !== 'number') throw new TypeError(`t('${locale}')('${key}') is a plural message: give its count as a number`);
  const form = pluralRule(locale, message.type ?? 'cardinal').select(count);
  return { text: message[form] ?? message.other, values: { ...values, count: numberFormat(locale).format(count) } };
}

/**
 * The translator for one locale: `t('en')('nav.home')` is "Home". Placeholders written `{name}` are
 * filled from `values`; a placeholder without a value is left as written, so it shows up in review.
 * A plural message picks its form by `values.count` (see Plural); a message that prints the number
 * otherwise (signed, rounded) takes that text as another placeholder.
 */
export function t(locale: Locale): (key: UiKey, values?: Values) => string {
  const table = strings[locale];
  return (key, values) => {
    const message = table[key];
    const filled = typeof message === 'string' ? { text: message, values } : pluralText(locale, key, message, values);
    if (filled.values === undefined) return filled.text;
    const given = filled.values;
    return filled.text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in given ? String(given[name]) : whole));
  };
}

/**
 * The text of a bilingual data field in a locale: pick('en', pillar.name, pillar.name_en). A field
 * whose English is optional falls back to the Vietnamese.
 */
export const pick = (locale: Locale, vi: string, en?: string): string => ({ vi, en: en ?? vi })[locale];

/** How a name from the data reads on a page of a locale: see englishBeside. */
export type NameForm = { show: 'original' } | { show: 'english' } | { show: 'both'; open: string; close: string };

/**
 * How to show a name from the data beside its English form. In Vietnamese, or without an English
 * form, the original alone. Where the English form already carries the original name ("xanhx.vn
 * (Quảng Trị news site)" for "xanhx.vn"), the English alone, so the name is not said twice. Else
 * both, the English in parentheses, or in square brackets where either already holds parentheses,
 * as citations mark a translation, so that "(VCCI)" is never nested in another pair.
 */
export function englishBeside(locale: Locale, original: string, en?: string): NameForm {
  if (locale === defaultLocale || en === undefined || en === original) return { show: 'original' };
  const name = original.replace(/\s*\(.*$/s, '').trim();
  if (name !== '' && en.startsWith(name)) return { show: 'english' };
  return /[()]/.test(original + en) ? { show: 'both', open: '[', close: ']' } : { show: 'both', open: '(', close: ')' };
}

/**
 * A name from the data as its owner wrote it, with its English form beside it in English:
 * besideOriginal('en', 'Sở Kế hoạch và Đầu tư', 'Department of Planning and Investment') is
 * "Sở Kế hoạch và Đầu tư (Department of Planning and Investment)" (see englishBeside). For text
 * without markup (a workbook cell); pages use components/Named.astro, which also marks the
 * original's language.
 */
export function besideOriginal(locale: Locale, original: string, en?: string): string {
  const form = englishBeside(locale, original, en);
  if (form.show === 'original') return original;
  if (form.show === 'english') return en!;
  return `${original} ${form.open}${en}${form.close}`;
}
