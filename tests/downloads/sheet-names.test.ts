import { describe, expect, it } from 'vitest';
import { sheetNames } from '../../src/lib/downloads/sheet-names.ts';

describe('sheetNames', () => {
  it('shortens a name to Excel\'s 31 characters between words, and says so with an ellipsis', () => {
    const [name] = sheetNames(['online-services-on-national-portal-share']);
    expect(name).toBe('online-services-on-national…');
    expect(name!.length).toBeLessThanOrEqual(31);
    expect(sheetNames(['ecommerce-products-regional-rank'])).toEqual(['ecommerce-products-regional…']);
    expect(sheetNames(['a-name-of-exactly-31-characters'])).toEqual(['a-name-of-exactly-31-characters']);
    // The cut falls at a word's end: the word stays.
    expect(sheetNames(['aaaaaaaaa-bbbbbbbbb-cccccccccc-dddd'])).toEqual(['aaaaaaaaa-bbbbbbbbb-cccccccccc…']);
  });

  it('replaces the characters Excel forbids: [ ] : * ? / \\', () => {
    expect(sheetNames(['a[b]c:d*e?f/g\\h'])).toEqual(['a-b-c-d-e-f-g-h']);
  });

  it('makes names unique ignoring case, within the length limit', () => {
    const names = sheetNames(['Metadata', 'metadata', 'online-services-on-national-portal-share', 'online-services-on-national-portal-count']);
    expect(names).toEqual(['Metadata', 'metadata (2)', 'online-services-on-national…', 'online-services-on… (2)']);
    expect(names.every((n) => n.length <= 31)).toBe(true);
  });

  it('never uses the name "History", which Excel reserves, nor an empty name or one wrapped in quotes', () => {
    expect(sheetNames(['History', '', "'quoted'"])).toEqual(['History (2)', 'Sheet', 'quoted']);
  });

  it('counts Vietnamese letters as one character each and never splits a surrogate pair', () => {
    const [name] = sheetNames(['Tỷ lệ hồ sơ trực tuyến toàn trình 😀😀😀']);
    expect(name).toBe('Tỷ lệ hồ sơ trực tuyến toàn…');
    // No word to end on: cut within the word, whole characters only.
    const [emoji] = sheetNames(['😀'.repeat(20)]);
    expect(emoji).toBe(`${'😀'.repeat(15)}…`);
  });
});
