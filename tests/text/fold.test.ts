import { describe, expect, it } from 'vitest';
import { asciiSlug, foldDiacritics, foldForSearch } from '../../src/lib/text/fold.ts';

describe('foldDiacritics', () => {
  it('writes Vietnamese as typed without diacritics, đ and Đ included, which Unicode does not decompose', () => {
    expect(foldDiacritics('Đường Thừa Thiên Huế, Quảng Trị')).toBe('Duong Thua Thien Hue, Quang Tri');
  });

  it('folds a precomposed and a decomposed letter alike', () => {
    expect(foldDiacritics('Hu\u1ebf')).toBe(foldDiacritics('Hue\u0302\u0301'));
  });
});

describe('the slug and the search key share the fold', () => {
  it('give "quang-tri" and "quang tri" for the same name, whatever its spacing', () => {
    expect(asciiSlug('  Quảng   Trị ')).toBe('quang-tri');
    expect(foldForSearch('  Quảng   Trị ')).toBe('quang tri');
  });

  it('lets a query typed without diacritics match a title written with them', () => {
    expect(foldForSearch('Định danh điện tử')).toContain(foldForSearch('dinh danh dien tu'));
  });
});
