/**
 * ASCII slugs from Vietnamese text, for file names built from data (the portal's ZIP is named from
 * data/site.json, never from a province written into the code).
 */

/** "Quảng Trị" → "quang-tri": diacritics dropped, đ → d, lower case, words joined by hyphens. */
export function asciiSlug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/**
 * Text as the catalogue filter compares it: lower case, without diacritics, so that "dich vu cong"
 * finds "dịch vụ công". The client script applies the same folding to what the reader types.
 */
export function foldForSearch(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'd').toLowerCase().replace(/\s+/g, ' ').trim();
}
