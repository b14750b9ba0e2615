/**
 * "Did you mean …?": the known words closest to a mistyped one, for validator messages. Closeness
 * is the edit distance (letters added, removed or changed), after folding case and diacritics, so
 * "xanhx-dti-2021" finds "xanhx-dti-2020" and "Hue" finds "huế".
 */
import { foldForSearch } from './fold.ts';

/** Levenshtein distance, one row at a time. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}

/**
 * The candidates nearest to `word`, at most `limit` of them: within a third of the word's length
 * (at least 1, at most 3 edits), the nearest first. None when nothing is that close: a guess far
 * off would mislead more than it helps.
 */
export function nearest(word: string, candidates: Iterable<string>, limit = 2): string[] {
  const folded = foldForSearch(word);
  const reach = Math.min(3, Math.max(1, Math.floor(folded.length / 3)));
  return [...new Set(candidates)]
    .map((candidate) => ({ candidate, distance: editDistance(folded, foldForSearch(candidate)) }))
    .filter(({ candidate, distance }) => distance <= reach && candidate !== word)
    .sort((a, b) => a.distance - b.distance || a.candidate.localeCompare(b.candidate))
    .slice(0, limit)
    .map(({ candidate }) => candidate);
}

/** " (did you mean "a" or "b"?)", or "" when nothing is close. */
export function didYouMean(word: string, candidates: Iterable<string>): string {
  const near = nearest(word, candidates);
  return near.length ? ` (did you mean ${near.map((n) => `"${n}"`).join(' or ')}?)` : '';
}
