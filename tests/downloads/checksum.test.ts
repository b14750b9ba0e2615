import { describe, expect, it } from 'vitest';
import { describeFile, sha256Hex } from '../../src/lib/downloads/checksum.ts';

describe('checksums and sizes', () => {
  it('sha256Hex gives the standard digest as 64 lower-case hex digits', () => {
    expect(sha256Hex(new TextEncoder().encode('abc'))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(sha256Hex(new Uint8Array())).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });

  it('describeFile counts bytes, not characters: "Quảng Trị" is 13 bytes', () => {
    const bytes = new TextEncoder().encode('Quảng Trị');
    expect(describeFile(bytes)).toEqual({ bytes: 13, sha256: sha256Hex(bytes) });
  });
});
