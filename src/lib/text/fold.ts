/**
 * Vietnamese without its diacritics, as a reader types it on a keyboard without them: one folding
 * core, under the ASCII slugs of file names built from data (the portal's ZIP is named from
 * data/site.json, never from a province written into the code) and under the catalogue's search.
 * (Pagefind folds marks itself; src/lib/search/stroke-d.ts gives it đ in a form it can fold.)
 */

/** "Quảng Trị" → "Quang Tri": combining marks dropped after canonical decomposition, đ/Đ written d/D (they have no decomposition). */
export const foldDiacritics = (text: string): string =>
  text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');

/** "Quảng Trị" → "quang-tri": folded, lower case, words joined by hyphens. */
export const asciiSlug = (text: string): string =>
  foldDiacritics(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/**
 * Text as the catalogue filter compares it: folded, lower case, spaces collapsed, so that
 * "dich vu cong" finds "dịch vụ công". The client script applies the same folding to what the
 * reader types.
 */
export const foldForSearch = (text: string): string => foldDiacritics(text).toLowerCase().replace(/\s+/g, ' ').trim();
