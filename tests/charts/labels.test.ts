import { describe, expect, it } from 'vitest';
import { rankText, shortAreaName } from '../../src/lib/charts/labels.ts';
import { DISTRICTS } from './synthetic-indicators.ts';

const district = (name: string, name_en: string) => ({ ...DISTRICTS[0]!, name, name_en });

describe('rankText()', () => {
  it('writes an English rank as an ordinal, by the ordinal plural rules', () => {
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 41, 52, 111].map((n) => rankText(n, null, 'en'))).toEqual([
      '1st', '2nd', '3rd', '4th', '11th', '12th', '13th', '21st', '22nd', '23rd', '41st', '52nd', '111th',
    ]);
  });

  it('gives the number of places when it is known', () => {
    expect(rankText(55, 63, 'en')).toBe('55th of 63');
    expect(rankText(55, 63, 'vi')).toBe('hạng 55/63');
    expect(rankText(1, null, 'vi')).toBe('hạng 1');
  });
});

describe('shortAreaName()', () => {
  it('drops or shortens the kind of district in Vietnamese', () => {
    expect(shortAreaName(district('Huyện Vĩnh Thử', 'Vĩnh Thử district'), 'vi')).toBe('Vĩnh Thử');
    expect(shortAreaName(district('Thành phố Đông Thử', 'Đông Thử city'), 'vi')).toBe('TP Đông Thử');
    expect(shortAreaName(district('Thị xã Thử', 'Thử town'), 'vi')).toBe('TX Thử');
  });

  it('drops the kind of district in English, an island district whole', () => {
    expect(shortAreaName(district('Huyện Cồn Thử', 'Cồn Thử island district'), 'en')).toBe('Cồn Thử');
    expect(shortAreaName(district('Thành phố Đông Thử', 'Đông Thử city'), 'en')).toBe('Đông Thử');
  });

  it('prints a name no rule fits as it is', () => {
    expect(shortAreaName(district('Thử', 'Thử town'), 'vi')).toBe('Thử');
    expect(shortAreaName(district('Thử', 'Thử town'), 'en')).toBe('Thử town');
  });
});
