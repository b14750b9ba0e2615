import { describe, it, expect } from 'vitest';
import { firstParagraph, formatDate, formatNumber, formatPeriod, formatPeriodShort, formatQuantity, periodRange } from '../src/lib/format.ts';

describe('formatNumber', () => {
  it('writes Vietnamese thousands with a dot and decimals with a comma', () => {
    expect(formatNumber(1830, 'vi')).toBe('1.830');
    expect(formatNumber(7.09, 'vi')).toBe('7,09');
    expect(formatNumber(13600.5, 'vi')).toBe('13.600,5');
  });

  it('writes English thousands with a comma and decimals with a point', () => {
    expect(formatNumber(1830, 'en')).toBe('1,830');
    expect(formatNumber(7.09, 'en')).toBe('7.09');
  });

  it('keeps every decimal the data gives instead of rounding to three places', () => {
    expect(formatNumber(42.7705, 'vi')).toBe('42,7705');
    expect(formatNumber(42.7705, 'en')).toBe('42.7705');
  });

  it('prints small integers and zero without separators', () => {
    expect(formatNumber(0, 'vi')).toBe('0');
    expect(formatNumber(55, 'en')).toBe('55');
  });
});

describe('formatQuantity', () => {
  it('sticks a percent sign to the number', () => {
    expect(formatQuantity(7.09, '%', 'vi')).toBe('7,09%');
  });

  it('separates other symbols with a space and prints a bare count alone', () => {
    expect(formatQuantity(1830, 'tổ', 'vi')).toBe('1.830 tổ');
    expect(formatQuantity(1830, '', 'en')).toBe('1,830');
    expect(formatQuantity(1830, null, 'en')).toBe('1,830');
  });
});

describe('formatDate', () => {
  it('writes dd/mm/yyyy in Vietnamese', () => {
    expect(formatDate('2021-11-04', 'vi')).toBe('04/11/2021');
  });

  it('writes the day, the month name and the year in English', () => {
    expect(formatDate('2021-11-04', 'en')).toBe('4 November 2021');
  });

  it('rejects a date not written YYYY-MM-DD', () => {
    expect(() => formatDate('4/11/2021', 'vi')).toThrow(/YYYY-MM-DD/);
    expect(() => formatDate('2021-13-04', 'en')).toThrow(/month/);
  });
});

describe('firstParagraph', () => {
  it('is the text before the first blank line', () => {
    expect(firstParagraph('  First line\nstill first.\n\nSecond.')).toBe('First line\nstill first.');
  });

  it('is the whole text when there is one paragraph', () => {
    expect(firstParagraph('Only one.')).toBe('Only one.');
  });
});

describe('periodRange', () => {
  it('compares years as numbers', () => {
    expect(periodRange([2023, 2020, 2022])).toEqual({ from: '2020', to: '2023' });
  });

  it('keeps periods as written and orders them by the days they cover', () => {
    expect(periodRange(['2023-06', '2022-12', '2023-01'])).toEqual({ from: '2022-12', to: '2023-06' });
    expect(periodRange(['2026-Q1', '2022', '2025-08-25'])).toEqual({ from: '2022', to: '2026-Q1' });
  });

  it('ends with the period that ends last, not the one written last', () => {
    expect(periodRange(['2023-Q1', '2023'])).toEqual({ from: '2023-Q1', to: '2023' });
  });

  it('ignores missing values and is null when none is left', () => {
    expect(periodRange([null, 2021, null])).toEqual({ from: '2021', to: '2021' });
    expect(periodRange([null, undefined])).toBeNull();
  });
});

describe('formatPeriod', () => {
  it('writes quarters, months and days as each language does', () => {
    expect(formatPeriod('2026-Q1', 'vi')).toBe('Quý I/2026');
    expect(formatPeriod('2026-Q1', 'en')).toBe('Q1 2026');
    expect(formatPeriod('2025-08', 'vi')).toBe('08/2025');
    expect(formatPeriod('2025-08', 'en')).toBe('August 2025');
    expect(formatPeriod('2025-08-25', 'vi')).toBe('25/08/2025');
    expect(formatPeriod('2023', 'en')).toBe('2023');
  });
});

describe('formatPeriodShort', () => {
  it('abbreviates English months and keeps Vietnamese numeric forms, for axis labels', () => {
    expect(formatPeriodShort('2025-08', 'en')).toBe('Aug 2025');
    expect(formatPeriodShort('2025-08', 'vi')).toBe('08/2025');
    expect(formatPeriodShort('2025-08-25', 'en')).toBe('25 Aug 2025');
    expect(formatPeriodShort('2025-08-25', 'vi')).toBe('25/08/2025');
    expect(formatPeriodShort('2026-Q1', 'vi')).toBe('Q1/2026');
    expect(formatPeriodShort('2023', 'en')).toBe('2023');
  });

  it('returns text that is not a period unchanged', () => {
    expect(formatPeriodShort('about 2023', 'vi')).toBe('about 2023');
  });
});
