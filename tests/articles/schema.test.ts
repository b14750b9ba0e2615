import { describe, expect, it } from 'vitest';
import { ArticleFrontmatter } from '../../src/lib/contract/article.ts';

const valid = {
  title: 'Sáp nhập tỉnh năm 2025',
  summary: 'Vì sao cổng không nối số liệu trước và sau.',
  date: '2026-11-20',
  author: 'Nhóm biên tập cổng dữ liệu',
  tags: ['sáp nhập'],
  translationKey: 'sap-nhap-tinh-2025',
  relatedTargets: ['work-files-online-district'],
  relatedDatasets: ['dti'],
  relatedIndicators: ['dti-rank'],
};

const problems = (data: unknown) => {
  const result = ArticleFrontmatter.safeParse(data);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
};

describe('the article frontmatter schema', () => {
  it('accepts a complete frontmatter', () => {
    expect(problems(valid)).toEqual([]);
  });

  it('turns a date YAML read as a date object back into YYYY-MM-DD', () => {
    const data = ArticleFrontmatter.parse({ ...valid, date: new Date('2026-11-20T00:00:00Z'), updated: new Date('2026-11-25T00:00:00Z') });
    expect(data.date).toBe('2026-11-20');
    expect(data.updated).toBe('2026-11-25');
  });

  it('defaults the related lists to empty when they are left out', () => {
    const { relatedTargets, relatedDatasets, relatedIndicators, ...bare } = valid;
    const data = ArticleFrontmatter.parse(bare);
    expect([data.relatedTargets, data.relatedDatasets, data.relatedIndicators]).toEqual([[], [], []]);
  });

  it('names each missing or malformed field', () => {
    expect(problems({ ...valid, title: ' ' })).toEqual(['title: an article needs a title']);
    expect(problems({ ...valid, tags: [] })).toEqual(['tags: give the article at least one tag']);
    expect(problems({ ...valid, date: '20/11/2026' })[0]).toMatch(/^date: /);
    expect(problems({ ...valid, translationKey: 'Sáp nhập' })).toEqual(['translationKey: a translationKey is lower-case words joined by hyphens']);
    expect(problems({ ...valid, relatedTargets: ['Bad Id'] })[0]).toMatch(/^relatedTargets\.0: a target id must be lower-case/);
  });

  it('requires an author, so no article goes out unsigned', () => {
    const { author, ...unsigned } = valid;
    expect(problems(unsigned)[0]).toMatch(/^author: /);
  });
});
