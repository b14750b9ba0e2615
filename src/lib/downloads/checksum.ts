/**
 * Sizes and SHA-256 checksums of downloadable files, published beside each download and in the
 * catalogue so that a reader can prove the file they hold is the one the portal served.
 */
import { createHash } from 'node:crypto';

/** A file's size and checksum, as the catalogue and the download list print them. */
export interface FileDescription {
  /** Size in bytes. */
  bytes: number;
  /** SHA-256 of the bytes, 64 lower-case hexadecimal digits. */
  sha256: string;
}

/** SHA-256 of the bytes, as 64 lower-case hexadecimal digits. */
export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** The size and checksum of a file's bytes. */
export function describeFile(bytes: Uint8Array): FileDescription {
  return { bytes: bytes.byteLength, sha256: sha256Hex(bytes) };
}
