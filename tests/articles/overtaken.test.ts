// Articles the data has overtaken: the datasets an article draws on, and whether their figures
// changed after it was written or last updated.
import { describe, expect, it } from 'vitest';
import { articleDatasets, chartedIndicators, lastFigureChange, overtakenBy } from '../../src/lib/articles/overtaken.ts';
import type { ArticleMeta } from '../../src/lib/contract/article.ts';
import type { DatasetId } from '../../src/lib/contract/ids.ts';
import type { DatasetVersion } from '../../src/lib/downloads/dataset-history.ts';

const article = (data: Partial<ArticleMeta['data']>): ArticleMeta =>
  ({
    id: 'vi/bai-thu',
    filePath: 'data/articles/vi/bai-thu.mdx',
    locale: 'vi',
    slug: 'bai-thu',
    data: { title: 'Bài thử', summary: 'Tóm tắt', date: '2026-11-26', author: 'Ban biên tập', tags: ['thử'], translationKey: 'bai-thu', relatedTargets: [], relatedDatasets: [], relatedIndicators: [], ...data },
  }) as ArticleMeta;

const version = (date: string, added: number, changed = 0): DatasetVersion => ({
  commit: 'c'.repeat(40),
  date,
  subject: 's',
  version: '1.0.0',
  files: [],
  added,
  removed: 0,
  changed,
  periods: { added: [], removed: [], changed: [] },
});

const datasetOf = new Map<string, DatasetId>([['dti-rank', 'dti' as DatasetId], ['pci-score', 'governance-indices' as DatasetId]]);

describe('the datasets an article draws on', () => {
  it('are those it names, those of the indicators it names, and those of the charts it draws, each once', () => {
    const body = 'Văn bản.\n\n<IndicatorChart id="pci-score" />\n\n<IndicatorChart view="ranking" id=\'dti-rank\' />';
    expect(chartedIndicators(body)).toEqual(['pci-score', 'dti-rank']);
    expect(articleDatasets(article({ relatedDatasets: ['dti' as DatasetId], relatedIndicators: ['dti-rank' as never] }), body, datasetOf)).toEqual(['dti', 'governance-indices']);
  });
});

describe('lastFigureChange', () => {
  it('is the newest version that added, removed or changed a figure: a descriptor edit is not a change of figures', () => {
    expect(lastFigureChange([version('2026-12-02T10:00:00+07:00', 0), version('2026-11-28T09:00:00+07:00', 0, 1), version('2026-11-20T09:00:00+07:00', 5)])).toBe('2026-11-28');
    expect(lastFigureChange([])).toBeNull();
  });
});

describe('overtakenBy', () => {
  const changes = new Map([['dti', '2026-11-28'], ['governance-indices', '2026-11-26']]);
  const last = (id: DatasetId) => changes.get(id) ?? null;

  it('names the datasets whose figures changed after the article’s date', () => {
    expect(overtakenBy(article({}), ['dti', 'governance-indices'] as DatasetId[], last)).toEqual([{ dataset: 'dti', changed: '2026-11-28' }]);
  });

  it('counts from the day the article was last updated, and a change that same day does not overtake it', () => {
    expect(overtakenBy(article({ updated: '2026-11-28' }), ['dti'] as DatasetId[], last)).toEqual([]);
  });

  it('says nothing without history for a dataset', () => {
    expect(overtakenBy(article({}), ['ict-index'] as DatasetId[], last)).toEqual([]);
  });
});
