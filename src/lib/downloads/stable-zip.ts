/**
 * Zip archives whose bytes depend only on their contents. exceljs packs an XLSX with JSZip, which
 * stamps every entry with the current time, so the same data built twice gives two files with two
 * checksums; a published checksum would then change on every build although nothing changed.
 * Re-packing with one fixed time makes the XLSX reproducible.
 */
import { unzipSync, zipSync } from 'fflate';

/**
 * The time written into the entries: noon of the given UTC day, built from local-time fields.
 * Zip stores a local date and time, and fflate reads the Date's local fields, so building the Date
 * from the UTC day's numbers gives the same bytes in every time zone; noon avoids the hours a
 * daylight-saving change skips. Zip dates start in 1980.
 */
function zipTime(time: Date): Date {
  const year = Math.max(1980, time.getUTCFullYear());
  const sameYear = year === time.getUTCFullYear();
  return new Date(year, sameYear ? time.getUTCMonth() : 0, sameYear ? time.getUTCDate() : 1, 12, 0, 0);
}

/**
 * The same archive with every entry dated the day of `time`, entries kept in their order, so that
 * [Content_Types].xml stays first as Office expects.
 */
export function restampZip(archive: Uint8Array, time: Date): Uint8Array<ArrayBuffer> {
  return stableZip(unzipSync(archive), time);
}

/**
 * An archive of the given files, in the given order, every entry dated the day of `time`: the same
 * files always give the same bytes.
 */
export function stableZip(files: Record<string, Uint8Array>, time: Date): Uint8Array<ArrayBuffer> {
  // Keys keep their order; a key holding "/" is stored as that path, not as a folder tree.
  // fflate allocates a plain ArrayBuffer; saying so lets callers pass the bytes to `new Response()`.
  return zipSync(files, { level: 6, mtime: zipTime(time) }) as Uint8Array<ArrayBuffer>;
}
