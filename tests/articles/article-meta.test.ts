import { describe, expect, it } from 'vitest';
import { DatasetId, IndicatorId, TargetId } from '../../src/lib/contract/ids.ts';
import {
  articleMeta,
  articlePillars,
  articleProblems,
  articlesAbout,
  articlesIn,
  checkArticleReferences,
  translationOf,
} from '../../src/lib/articles/article-meta.ts';
import { ArticleFrontmatter } from '../../src/lib/contract/article.ts';

const entry = (id: string, data: Partial<Record<string, unknown>> = {}) => ({
  id,
  filePath: `data/articles/${id}.mdx`,
  data: ArticleFrontmatter.parse({
    title: id,
    summary: 'Tóm tắt.',
    date: '2026-11-20',
    author: 'Nhóm biên tập cổng dữ liệu',
    tags: ['dữ liệu'],
    translationKey: id.split('/')[1],
    ...data,
  }),
});

const merger = articleMeta(entry('vi/sap-nhap', { date: '2026-11-20', relatedTargets: ['work-files-online-district'], relatedDatasets: ['dti'] }));
const mergerEn = articleMeta(entry('en/sap-nhap', { date: '2026-11-20', relatedTargets: ['work-files-online-district'], relatedDatasets: ['dti'] }));
const ranks = articleMeta(entry('vi/xep-hang', { date: '2026-11-18', relatedIndicators: ['dti-rank', 'sipas-score'] }));
const guide = articleMeta(entry('vi/huong-dan', { date: '2026-11-23', relatedDatasets: ['digital-society'] }));
const all = [merger, mergerEn, ranks, guide];

const known = {
  targets: new Set(['work-files-online-district']),
  datasets: new Set(['dti', 'digital-society']),
  indicators: new Set(['dti-rank', 'sipas-score']),
};

describe('articleMeta()', () => {
  it('reads the language from the folder and the slug from the file name', () => {
    expect([merger.locale, merger.slug, mergerEn.locale]).toEqual(['vi', 'sap-nhap', 'en']);
  });

  it('refuses, naming the file, an article outside a language folder', () => {
    expect(() => articleMeta(entry('fr/bai-viet'))).toThrow(/^data\/articles\/fr\/bai-viet\.mdx: an article must sit directly in a language folder/);
    expect(() => articleMeta({ ...entry('vi/bai-viet'), id: 'bai-viet' })).toThrow(/language folder/);
  });
});

describe('articlesIn() and translationOf()', () => {
  it('lists one language, newest first', () => {
    expect(articlesIn('vi', all).map((a) => a.slug)).toEqual(['huong-dan', 'sap-nhap', 'xep-hang']);
    expect(articlesIn('en', all).map((a) => a.slug)).toEqual(['sap-nhap']);
  });

  it('finds the other language by translationKey, and nothing for an untranslated article', () => {
    expect(translationOf(merger, 'en', all)).toBe(mergerEn);
    expect(translationOf(guide, 'en', all)).toBeUndefined();
  });
});

describe('articlesAbout()', () => {
  it('lists the articles that name a target, newest first', () => {
    expect(articlesAbout({ targetId: TargetId.parse('work-files-online-district') }, articlesIn('vi', all))).toEqual([merger]);
  });

  it('lists the articles that name an indicator or its dataset, for an indicator page', () => {
    expect(articlesAbout({ indicatorId: IndicatorId.parse('dti-rank'), datasetId: DatasetId.parse('dti') }, articlesIn('vi', all))).toEqual([merger, ranks]);
  });

  it('lists nothing for a subject no article names, and nothing for an empty subject', () => {
    expect(articlesAbout({ datasetId: DatasetId.parse('governance-indices') }, all)).toEqual([]);
    expect(articlesAbout({}, all)).toEqual([]);
  });
});

describe('checking the references', () => {
  it('finds nothing wrong when every id exists and pairs share their file name', () => {
    expect(articleProblems(all, known)).toEqual([]);
    expect(() => checkArticleReferences(all, known)).not.toThrow();
  });

  it('names the file and the id of every related id that does not exist', () => {
    const bad = articleMeta(entry('vi/loi', { relatedTargets: ['no-such-target'], relatedDatasets: ['dti', 'nope'], relatedIndicators: ['gone'] }));
    expect(articleProblems([bad], known)).toEqual([
      'data/articles/vi/loi.mdx: relatedTargets names "no-such-target", which is not a target id in data/reference/targets.csv; correct the id or remove it',
      'data/articles/vi/loi.mdx: relatedDatasets names "nope", which is not a dataset id (a folder under data/datasets/); correct the id or remove it',
      'data/articles/vi/loi.mdx: relatedIndicators names "gone", which is not an indicator id (a resource name in a datapackage.json); correct the id or remove it',
    ]);
    expect(() => checkArticleReferences([bad], known)).toThrow(/3 problem\(s\)[\s\S]*vi\/loi\.mdx: relatedTargets names "no-such-target"/);
  });

  it('reports two articles with one translationKey in the same language', () => {
    const twin = articleMeta(entry('vi/sap-nhap-2', { translationKey: 'sap-nhap' }));
    expect(articleProblems([merger, twin], known)).toEqual([
      'data/articles/vi/sap-nhap-2.mdx: translationKey "sap-nhap" is already used by data/articles/vi/sap-nhap.mdx; each language has one article per translationKey',
    ]);
  });

  it('reports a translation whose file name differs, since the language switch keeps the path', () => {
    const renamed = articleMeta(entry('en/the-merger', { translationKey: 'sap-nhap' }));
    expect(articleProblems([merger, renamed], known)).toEqual([
      'data/articles/en/the-merger.mdx: it translates data/articles/vi/sap-nhap.mdx (translationKey "sap-nhap") but its file name differs; rename it "sap-nhap.mdx" so the language switch finds it',
    ]);
  });
});

describe('articlePillars()', () => {
  it('gathers the pillars of the related targets and datasets once each, in order', () => {
    const targetPillar = new Map([['work-files-online-district', 'digital-government']]);
    const datasetPillars = new Map([['dti', ['overall']], ['digital-society', ['digital-society']]]);
    expect(articlePillars(merger, targetPillar, datasetPillars)).toEqual(['digital-government', 'overall']);
    expect(articlePillars(ranks, targetPillar, datasetPillars)).toEqual([]);
  });
});

