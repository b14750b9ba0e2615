import { describe, expect, it } from 'vitest';
import en from '../src/i18n/en.ts';
import vi from '../src/i18n/vi.ts';
import { t } from '../src/i18n/index.ts';
import { localePath, switchPath } from '../src/i18n/paths.ts';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('UI strings', () => {
  it('have the same keys in Vietnamese and English, none empty', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(vi).sort());
    for (const text of [...Object.values(vi), ...Object.values(en)]) expect(text.trim()).not.toBe('');
  });

  it('use the same placeholders in both languages', () => {
    for (const key of Object.keys(vi) as (keyof typeof vi)[]) expect([key, placeholders(en[key])]).toEqual([key, placeholders(vi[key])]);
  });

  it('fill placeholders from values', () => {
    expect(t('vi')('footer.resolutionSource', { number: '02-NQ/TU' })).toBe('Nguồn của Nghị quyết 02-NQ/TU');
    expect(t('en')('footer.resolutionSource', { number: '02-NQ/TU' })).toContain('02-NQ/TU');
  });
});

describe('locale paths', () => {
  it('put Vietnamese at the root and English under /en/, below the base', () => {
    expect(localePath('vi', '/goals/', '/')).toBe('/goals/');
    expect(localePath('en', '/goals/', '/')).toBe('/en/goals/');
    expect(localePath('en', '/', '/open-data/')).toBe('/open-data/en/');
  });

  it('switch a page to the same page in the other language', () => {
    expect(switchPath('/en/data/', '/')).toBe('/data/');
    expect(switchPath('/data/', '/')).toBe('/en/data/');
    expect(switchPath('/open-data/en/', '/open-data/')).toBe('/open-data/');
  });
});
