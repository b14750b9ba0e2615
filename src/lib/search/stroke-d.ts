/**
 * Vietnamese đ has no Unicode decomposition, so Pagefind's diacritic folding (>= 1.5, which strips
 * combining marks) leaves it alone: "dich vu" finds "dịch vụ", but "doi" never finds "đổi" and
 * "dien tu" never finds "điện tử". A reader typing without diacritics writes d for đ.
 *
 * So the index is given đ written as d + U+0335 (combining short stroke overlay): Pagefind folds
 * that to d like any other mark, and keeps the exact form for ranking. The search page writes the
 * reader's query the same way, and turns the index's text back into đ before showing it. The HTML
 * served to readers is untouched.
 * https://github.com/Pagefind/pagefind/pull/995 (folding by decomposition)
 */

const STROKE = '\u0335';

/** Text with each đ/Đ written as d/D and a combining stroke, for the index and for queries. */
export const foldStrokeD = (text: string): string => text.replace(/đ/g, `d${STROKE}`).replace(/Đ/g, `D${STROKE}`);

/** Index text back as readers write it: d/D and a combining stroke become đ/Đ. */
export const unfoldStrokeD = (text: string): string => text.replace(/d\u0335/g, 'đ').replace(/D\u0335/g, 'Đ');
