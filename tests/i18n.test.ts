import { describe, expect, it } from 'vitest';
import en from '../src/i18n/en.ts';
import vi from '../src/i18n/vi.ts';
import { besideOriginal, localeTags, pick, t, type Locale, type Message } from '../src/i18n/translate.ts';
import { localePath, switchPath } from '../src/i18n/paths.ts';

const tables: Record<Locale, Record<string, Message>> = { vi, en };
const keys = (locale: Locale) => Object.keys(tables[locale]);
/** Every text of a message: itself, or each form of a plural. */
const texts = (message: Message): string[] =>
  typeof message === 'string' ? [message] : Object.entries(message).flatMap(([form, text]) => (form === 'type' ? [] : [text as string]));
/** The placeholders a message uses, in any of its forms. */
const placeholders = (message: Message) => [...new Set(texts(message).flatMap((text) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!)))].sort();
/** Period formats each write a date with the pieces their language needs (see src/lib/format.ts). */
const PERIOD_PIECES = ['year', 'quarter', 'roman', 'mm', 'dd', 'day', 'monthName', 'monthAbbr'];
const isPeriodFormat = (key: string) => /^period\.(quarter|month|day)(\.|$)/.test(key);

describe('UI strings', () => {
  it('have the same keys in Vietnamese and English', () => {
    const onlyIn = (locale: Locale, other: Locale) => keys(locale).filter((key) => !(key in tables[other]));
    expect({ onlyVietnamese: onlyIn('vi', 'en'), onlyEnglish: onlyIn('en', 'vi') }).toEqual({ onlyVietnamese: [], onlyEnglish: [] });
  });

  it('are listed in the same order in both files, so they read side by side', () => {
    expect(keys('en')).toEqual(keys('vi'));
  });

  it('have no empty text, in any plural form', () => {
    for (const locale of ['vi', 'en'] as const) {
      for (const [key, message] of Object.entries(tables[locale])) for (const text of texts(message)) expect([locale, key, text.trim()]).not.toEqual([locale, key, '']);
    }
  });

  it('use the same placeholders in both languages', () => {
    for (const key of keys('vi').filter((k) => !isPeriodFormat(k))) expect([key, placeholders(tables.en[key]!)]).toEqual([key, placeholders(tables.vi[key]!)]);
  });

  it('write periods only with the pieces format.ts gives', () => {
    for (const locale of ['vi', 'en'] as const) {
      for (const key of keys(locale).filter(isPeriodFormat)) expect([locale, key, placeholders(tables[locale][key]!).filter((p) => !PERIOD_PIECES.includes(p))]).toEqual([locale, key, []]);
    }
  });

  it('are a plural in one language exactly where they are in the other, of the same type', () => {
    const kind = (message: Message | undefined) => (typeof message === 'string' ? 'text' : `plural (${message?.type ?? 'cardinal'})`);
    for (const key of keys('vi')) expect([key, kind(tables.en[key])]).toEqual([key, kind(tables.vi[key])]);
  });

  it('give each plural every form its language’s Intl.PluralRules can ask for', () => {
    for (const locale of ['vi', 'en'] as const) {
      for (const [key, message] of Object.entries(tables[locale])) {
        if (typeof message === 'string') continue;
        const needed = new Intl.PluralRules(localeTags[locale], { type: message.type ?? 'cardinal' }).resolvedOptions().pluralCategories;
        const missing = needed.filter((form) => message[form] === undefined);
        expect([locale, key, missing]).toEqual([locale, key, []]);
      }
    }
  });

  it('fill placeholders from values', () => {
    expect(t('vi')('footer.resolutionSource', { number: '02-NQ/TU' })).toBe('Nguồn của Nghị quyết 02-NQ/TU');
    expect(t('en')('footer.resolutionSource', { number: '02-NQ/TU' })).toContain('02-NQ/TU');
  });

  it('choose a plural form by the count, written as the language writes numbers', () => {
    expect([1, 3, 1.5, 1000].map((count) => t('en')('summary.places', { count }))).toEqual(['1 place', '3 places', '1.5 places', '1,000 places']);
    expect([1, 1.5, 1000].map((count) => t('vi')('summary.places', { count }))).toEqual(['1 bậc', '1,5 bậc', '1.000 bậc']);
  });

  it('refuse a plural read without a count, rather than guess its form', () => {
    expect(() => t('en')('summary.places')).toThrow(/count/);
  });

  it('leave a placeholder without a value as written, so it shows in review', () => {
    expect(t('en')('footer.resolutionSource', {})).toBe(en['footer.resolutionSource']);
  });
});

describe('pick()', () => {
  it('reads a bilingual field in the reader’s language', () => {
    expect(pick('vi', 'Tỉnh', 'Province')).toBe('Tỉnh');
    expect(pick('en', 'Tỉnh', 'Province')).toBe('Province');
  });

  it('falls back to the Vietnamese when the English is missing', () => {
    expect(pick('en', 'Ghi chú', undefined)).toBe('Ghi chú');
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

describe('besideOriginal', () => {
  it('keeps a name as published, adding its English beside it on English pages only', () => {
    expect(besideOriginal('vi', 'Sở Kế hoạch và Đầu tư', 'Department of Planning and Investment')).toBe('Sở Kế hoạch và Đầu tư');
    expect(besideOriginal('en', 'Sở Kế hoạch và Đầu tư', 'Department of Planning and Investment')).toBe('Sở Kế hoạch và Đầu tư (Department of Planning and Investment)');
    expect(besideOriginal('en', 'Nhân Dân')).toBe('Nhân Dân');
    expect(besideOriginal('en', 'Tuổi Trẻ', 'Tuổi Trẻ')).toBe('Tuổi Trẻ');
    // An English form that already names the original is shown alone: the name is not said twice.
    expect(besideOriginal('en', 'xanhx.vn', 'xanhx.vn (Quảng Trị news site)')).toBe('xanhx.vn (Quảng Trị news site)');
    expect(besideOriginal('en', 'Diễn đàn Doanh nghiệp (bản tiếng Anh)', 'Diễn đàn Doanh nghiệp (Business Forum), English edition')).toBe('Diễn đàn Doanh nghiệp (Business Forum), English edition');
    // Parentheses in either: the English goes in square brackets, never nested in another pair.
    expect(besideOriginal('en', 'Liên đoàn Thương mại và Công nghiệp Việt Nam (VCCI)', 'Vietnam Chamber of Commerce and Industry (VCCI)')).toBe(
      'Liên đoàn Thương mại và Công nghiệp Việt Nam (VCCI) [Vietnam Chamber of Commerce and Industry (VCCI)]',
    );
  });
});
