import { describe, expect, it } from 'vitest';
import { filterFromParams, filterToParams, matchesFilter, type CatalogueFilter } from '../src/lib/catalogue-query.ts';
import { foldForSearch } from '../src/lib/text/fold.ts';

const item = {
  pillars: ['digital-government'],
  provenance: ['official-report', 'press-report'],
  publishers: ['p0', 'p2'],
  text: foldForSearch('Dịch vụ công trực tuyến Online public services'),
};
const none: CatalogueFilter = { q: '', pillars: [], provenance: [], publisher: '' };

describe('the catalogue filter', () => {
  it('keeps everything when nothing is asked', () => {
    expect(matchesFilter(item, none)).toBe(true);
  });

  it('finds Vietnamese words typed with or without diacritics, in any case and order', () => {
    expect(matchesFilter(item, { ...none, q: 'dich vu cong' })).toBe(true);
    expect(matchesFilter(item, { ...none, q: 'TRỰC  tuyến dịch' })).toBe(true);
    expect(matchesFilter(item, { ...none, q: 'kinh te' })).toBe(false);
  });

  it('keeps a dataset matching any ticked value of a facet, and all the facets together', () => {
    expect(matchesFilter(item, { ...none, pillars: ['digital-economy', 'digital-government'] })).toBe(true);
    expect(matchesFilter(item, { ...none, pillars: ['digital-economy'] })).toBe(false);
    expect(matchesFilter(item, { ...none, provenance: ['press-report'], publisher: 'p2' })).toBe(true);
    expect(matchesFilter(item, { ...none, provenance: ['press-report'], publisher: 'p1' })).toBe(false);
  });

  it('round-trips through the address, so a filtered catalogue can be shared', () => {
    const filter = { q: 'dịch vụ', pillars: ['a', 'b'], provenance: ['press-report'], publisher: 'p3' };
    const params = filterToParams(filter);
    expect(params.toString()).toBe('q=d%E1%BB%8Bch+v%E1%BB%A5&pillar=a&pillar=b&provenance=press-report&publisher=p3');
    expect(filterFromParams(new URLSearchParams(params.toString()))).toEqual(filter);
    expect(filterToParams(none).toString()).toBe('');
  });
});

describe('slugs and folded text', () => {
  it('fold đ and every diacritic away', () => {
    expect(foldForSearch('  Đổi mới   ĐIỆN tử ')).toBe('doi moi dien tu');
  });
});
