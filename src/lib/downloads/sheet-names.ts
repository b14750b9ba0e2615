/**
 * Worksheet names Excel accepts. Excel refuses a workbook whose sheet names break its rules, and
 * exceljs throws on some of them and silently truncates others (which can then collide), so names
 * are made valid before they reach it.
 * https://support.microsoft.com/office/rename-a-worksheet-3f1f7148-ee83-404d-8ef0-9ff99fbad1f9
 */

/** Excel's limit, in UTF-16 code units. */
export const SHEET_NAME_MAX = 31;

const FORBIDDEN = /[[\]:*?/\\]/g;

/** The longest prefix of `text` within `max` code units, never splitting a surrogate pair. */
function clip(text: string, max: number): string {
  let out = '';
  for (const char of text) {
    if (out.length + char.length > max) break;
    out += char;
  }
  return out;
}

/**
 * The longest prefix of `text` within `max` code units that ends between words, with "…" to say it
 * was shortened ("ecommerce-products-regional-rank" → "ecommerce-products-regional…"); cut mid-word
 * only when the first word alone is too long.
 */
function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const room = clip(text, max - 1);
  // A cut that falls just before a separator ends between words already.
  if (/[\s_-]/.test(text.charAt(room.length))) return `${room.trimEnd()}…`;
  const end = Math.max(room.lastIndexOf(' '), room.lastIndexOf('-'), room.lastIndexOf('_'));
  return `${(end > 0 ? room.slice(0, end) : room).trimEnd()}…`;
}

/** One name made valid: forbidden characters replaced, no quote at either end, at most 31 units. */
function validName(wanted: string): string {
  let name = wanted.replace(FORBIDDEN, '-').replace(/[\u0000-\u001f]/g, ' ').trim();
  name = shorten(name, SHEET_NAME_MAX).replace(/^'+|'+$/g, '').trim();
  return name === '' ? 'Sheet' : name;
}

/**
 * Valid, unique names for the wanted sheet names, in the same order. Uniqueness is checked the way
 * Excel checks it, ignoring case; a clash gets " (2)", " (3)"… within the length limit. "History"
 * is reserved by Excel for change tracking, so it is treated as already taken.
 */
export function sheetNames(wanted: readonly string[]): string[] {
  const taken = new Set<string>(['history']);
  return wanted.map((w) => {
    const base = validName(w);
    let name = base;
    for (let n = 2; taken.has(name.toLowerCase()); n++) {
      const suffix = ` (${n})`;
      name = shorten(base, SHEET_NAME_MAX - suffix.length) + suffix;
    }
    taken.add(name.toLowerCase());
    return name;
  });
}
