/**
 * A data file's bytes as the UTF-8 text the portal requires, or where and why they are not: one
 * reading for CSV tables, JSON descriptors and articles alike.
 */
import { lineIndex } from './json-source.ts';
import type { Place } from './problems.ts';

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * A UTF-16 file: a UTF-16 byte-order mark, or NUL bytes, which UTF-8 text never has but UTF-16 has in
 * every other byte of Latin text (so it even passes as UTF-8 without its mark).
 */
const looksUtf16 = (bytes: Uint8Array): boolean =>
  (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff) || bytes.subarray(0, 4096).includes(0);

export const UTF16_MESSAGE = 'the file is not UTF-8 text: it is UTF-16 (Excel\'s "Unicode Text"), or holds NUL bytes; save it again as "CSV UTF-8 (Comma delimited)", or as UTF-8 from your editor';

/**
 * The text, or a problem: UTF-16 (at the file's start), or bytes that are not UTF-8, placed at the
 * first of them and described by `notUtf8` (what to do depends on the kind of file).
 */
export function decodeUtf8(bytes: Uint8Array, notUtf8: string): { text: string } | { place: Place; message: string } {
  if (looksUtf16(bytes)) return { place: { line: 1, column: 1 }, message: UTF16_MESSAGE };
  try {
    return { text: utf8.decode(bytes) };
  } catch {
    const loose = new TextDecoder('utf-8').decode(bytes).replace(/^\ufeff/, '');
    return { place: lineIndex(loose)(loose.indexOf('\ufffd')), message: notUtf8 };
  }
}
