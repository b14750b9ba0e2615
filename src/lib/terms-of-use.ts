/**
 * The portal's terms of use, written once in the UI strings and read from here by every place that
 * states them: the terms page, each dataset page's terms section and the ZIP's README.
 */
import { t, type Locale } from '../i18n/translate.ts';

const TERMS_KEYS = ['data.terms.facts', 'data.terms.reuse', 'data.terms.licence', 'data.terms.care'] as const;

/** The terms of use, in paragraphs. */
export const termsParagraphs = (locale: Locale): string[] => TERMS_KEYS.map((key) => t(locale)(key));
