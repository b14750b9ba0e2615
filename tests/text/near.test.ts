// "Did you mean …?" in the validator's messages: near enough to help, never a wild guess.
import { describe, expect, it } from 'vitest';
import { didYouMean, editDistance, nearest } from '../../src/lib/text/near.ts';

describe('nearest', () => {
  it('finds a mistyped id a letter or two away, nearest first', () => {
    expect(nearest('xanhx-dti-2021', ['dti-gov-vn-2022', 'xanhx-dti-2020', 'daidoanket-dti-2021'])).toEqual(['xanhx-dti-2020']);
    expect(nearest('pci-scor', ['pci-score', 'pci-rank', 'papi-score'])).toEqual(['pci-score']);
  });

  it('folds case and diacritics, so a code typed plainly is still found', () => {
    expect(nearest('WEB', ['web', 'app'])).toEqual(['web']);
    expect(nearest('Hue', ['Huế', 'Hà Nội'])).toEqual(['Huế']);
  });

  it('offers nothing rather than a guess far off', () => {
    expect(nearest('sms', ['web', 'app'])).toEqual([]);
    expect(didYouMean('baochi', ['test-source'])).toBe('');
  });

  it('measures edits as letters added, removed or changed', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('same', 'same')).toBe(0);
  });
});
