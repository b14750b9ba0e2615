/**
 * Articles are data too: `validate` checks each data/articles/<language>/<slug>.mdx before the build
 * does, placing every problem at its line and column: the frontmatter's fields and dates, the ids
 * it relates to, every <IndicatorChart id="…">, and that each article exists in every language.
 */
import { CHART_ID } from '../articles/overtaken.ts';
import { parseDocument } from 'yaml';
import { ArticleFrontmatter, type ArticleMeta } from '../contract/article.ts';
import { ARTICLES_DIR, RELATED_FIELDS, type KnownIds } from '../articles/article-meta.ts';
import { Locale } from '../contract/site.ts';
import type { DataFiles } from './data-files.ts';
import { lineIndex } from './json-source.ts';
import { decodeUtf8 } from './text-encoding.ts';
import type { ProblemList } from './problems.ts';
import { pathText } from './zod-problems.ts';
import { didYouMean } from '../text/near.ts';

/** A sound article: what `npm run validate` needs to tell an editor when the data has moved on. */
export interface CheckedArticle {
  meta: ArticleMeta;
  body: string;
}

/** Checks every article file; `ids` is null when the data itself has problems (ids are then not checked). */
export function checkArticles(files: DataFiles, problems: ProblemList, ids: KnownIds | null): CheckedArticle[] {
  const byKey = new Map<string, Map<Locale, string>>();
  const sound: CheckedArticle[] = [];
  for (const entry of files.list(ARTICLES_DIR)) {
    const folder = `${ARTICLES_DIR}/${entry.name}`;
    if (entry.name.startsWith('.')) continue;
    const locale = Locale.safeParse(entry.name);
    if (!entry.isFolder || !locale.success) {
      problems.add(folder, { line: 1, column: 1 }, `articles sit in a language folder, ${Locale.options.map((l) => `${ARTICLES_DIR}/${l}/`).join(' or ')}: move it there`);
      continue;
    }
    for (const file of files.list(folder)) {
      if (file.name.startsWith('.')) continue;
      const path = `${folder}/${file.name}`;
      if (file.isFolder || !file.name.endsWith('.mdx')) {
        problems.add(path, { line: 1, column: 1 }, `an article is one .mdx file directly in ${folder}/: move or remove this`);
        continue;
      }
      const { translationKey, checked } = checkArticle(files, problems, path, ids);
      // An article with a wrong date still pairs with its translation: one problem, not a second one on the other file.
      if (translationKey !== null) byKey.set(translationKey, (byKey.get(translationKey) ?? new Map()).set(locale.data, path));
      if (checked === null) continue;
      const slug = file.name.replace(/\.mdx$/, '');
      sound.push({ meta: { id: `${locale.data}/${slug}`, filePath: path, locale: locale.data, slug, data: checked.data }, body: checked.body });
    }
  }
  // Every article in every language: the language switch sends readers to its pair.
  for (const [key, versions] of byKey) {
    for (const locale of Locale.options) {
      if (versions.has(locale)) continue;
      const [, path] = [...versions][0]!;
      problems.add(path, { line: 1, column: 1 }, `translationKey "${key}" has no ${locale} version: add ${ARTICLES_DIR}/${locale}/${path.split('/').pop()} with the same translationKey`);
    }
  }
  return sound;
}

interface ArticleCheck {
  /** The frontmatter's translationKey when it is written as text, even if other fields are wrong. */
  translationKey: string | null;
  /** The frontmatter and body when the frontmatter is sound, else null. */
  checked: { data: ArticleFrontmatter; body: string } | null;
}

function checkArticle(files: DataFiles, problems: ProblemList, path: string, ids: KnownIds | null): ArticleCheck {
  const unsound = { translationKey: null, checked: null };
  const decoded = decodeUtf8(files.read(path)!, 'the file is not UTF-8 text: save it as UTF-8');
  if (!('text' in decoded)) {
    problems.add(path, decoded.place, decoded.message);
    return unsound;
  }
  const { text } = decoded;
  const place = lineIndex(text);
  const front = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/.exec(text);
  if (!front) {
    problems.add(path, { line: 1, column: 1 }, 'an article starts with its frontmatter between two lines of "---" (title, summary, date, author, tags, translationKey)');
    return unsound;
  }
  const offset = front.index + front[0].indexOf(front[1]!);
  const doc = parseDocument(front[1]!);
  if (doc.errors.length > 0) {
    const error = doc.errors[0]!;
    problems.add(path, place(offset + (error.pos[0] ?? 0)), `the frontmatter is not valid YAML: ${error.message.split('\n')[0]}`);
    return unsound;
  }
  const value: unknown = doc.toJS();
  const key = (value as { translationKey?: unknown } | null)?.translationKey;
  const translationKey = typeof key === 'string' && key !== '' ? key : null;
  // Where a frontmatter field is written, for its problems; the file's start when it is missing.
  const at = (field: PropertyKey | undefined) => {
    const found = typeof field === 'string' ? new RegExp(`^${field}:`, 'm').exec(front[1]!) : null;
    return place(found ? offset + found.index : 0);
  };
  const parsed = ArticleFrontmatter.safeParse(value);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) problems.add(path, at(issue.path[0]), `frontmatter "${pathText(issue.path)}": ${issue.message}`);
    return { translationKey, checked: null };
  }
  if (ids !== null) {
    for (const [field, set, what] of RELATED_FIELDS) {
      for (const id of parsed.data[field]) {
        if (!ids[set].has(id)) problems.add(path, at(field), `${field} names "${id}", which is not ${what}: correct the id or remove it`);
      }
    }
    for (const chart of text.matchAll(CHART_ID)) {
      const id = chart[2]!;
      if (ids.indicators.has(id)) continue;
      problems.add(path, place(chart.index! + chart[0].lastIndexOf(id)), `<IndicatorChart id="${id}"> names no indicator${didYouMean(id, ids.indicators)}: use a resource name from a datapackage.json`);
    }
  }
  return { translationKey, checked: { data: parsed.data, body: text.slice(front.index + front[0].length) } };
}
