/**
 * How to cite one version of a dataset: a sentence to paste into an article or report, and a
 * BibLaTeX entry for reference managers. Both name the version and its date, so a citation points
 * at the figures as they were when cited.
 */
import { t, type Locale } from '../../i18n/translate.ts';
import { asciiSlug } from '../text/fold.ts';

export interface DatasetCitation {
  /** The portal's name, as publisher of the web edition. */
  portalName: string;
  datasetTitle: string;
  /** The dataset's version, e.g. "1.2.0". */
  version: string;
  /** The day that version was published, YYYY-MM-DD. */
  date: string;
  /** The dataset's page (or the version's own address). */
  url: string;
  /** Who publishes the dataset: the contributor with the "publisher" role. */
  publisher: string;
}

/** Ends the text with a full stop unless it already ends a sentence. */
const sentence = (text: string): string => (/[.!?]$/.test(text.trim()) ? text.trim() : `${text.trim()}.`);

const yearOf = (date: string): string => date.slice(0, 4);

/**
 * A reference in the APA style for data sets, in the reader's language:
 * "Publisher. (2026). Title (Version 1.0.0) [Data set]. Portal. https://…". The portal is left out
 * when it is also the publisher, as APA does when author and publisher are the same.
 */
export function citeDataset(citation: DatasetCitation, locale: Locale): string {
  const parts = [
    sentence(citation.publisher),
    `(${yearOf(citation.date)}).`,
    t(locale)('citation.title', { title: citation.datasetTitle.trim(), version: citation.version }),
    citation.portalName.trim() === citation.publisher.trim() ? null : sentence(citation.portalName),
    citation.url,
  ];
  return parts.filter((p) => p !== null).join(' ');
}

const BIBTEX_SPECIAL: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  $: '\\$',
  '&': '\\&',
  '%': '\\%',
  '#': '\\#',
  _: '\\_',
  '^': '\\textasciicircum{}',
  '~': '\\textasciitilde{}',
};

/**
 * Text made safe for a BibTeX field: the characters TeX treats as commands are escaped, in one pass
 * so that an inserted backslash is not escaped again. Vietnamese letters are kept as UTF-8, which
 * biblatex with biber reads as is.
 */
export function escapeBibtex(text: string): string {
  return text.replace(/[\\{}$&%#_^~]/g, (c) => BIBTEX_SPECIAL[c]!);
}

/** A citation key from ASCII letters and digits only: "chi-so-chuyen-doi-so-2026-v1.0.0". */
export function citationKey(citation: DatasetCitation): string {
  const ascii = asciiSlug(citation.datasetTitle);
  const head = ascii.split('-').slice(0, 6).join('-') || 'dataset';
  return `${head}-${yearOf(citation.date)}-v${citation.version.replace(/[^0-9A-Za-z.]/g, '')}`;
}

/**
 * A BibLaTeX @misc entry for the dataset version. Author, title and organisation are wrapped in a
 * second pair of braces so that an organisation is not split into "Last, First" at an "and", and
 * its capitals are kept. The URL is left unescaped (biblatex reads url verbatim) but its braces and
 * backslashes are percent-encoded, as they would unbalance the entry.
 */
export function bibtexDataset(citation: DatasetCitation, locale: Locale = 'en'): string {
  const url = citation.url.replace(/[{}\\\s]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
  const fields: [string, string][] = [
    ['author', `{${escapeBibtex(citation.publisher)}}`],
    ['title', `{${escapeBibtex(citation.datasetTitle)}}`],
    ['organization', `{${escapeBibtex(citation.portalName)}}`],
    ['year', yearOf(citation.date)],
    ['date', citation.date],
    ['version', escapeBibtex(citation.version)],
    ['url', url],
    ['note', escapeBibtex(t(locale)('citation.note', { version: citation.version }))],
  ];
  const width = Math.max(...fields.map(([name]) => name.length));
  const body = fields.map(([name, value]) => `  ${name.padEnd(width)} = {${value}},`).join('\n');
  return `@misc{${citationKey(citation)},\n${body}\n}\n`;
}
