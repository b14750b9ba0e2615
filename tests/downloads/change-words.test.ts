// What a version changed, in the reader's language, made from the data (never from the commit message).
import { describe, expect, it } from 'vitest';
import { versionSummary } from '../../src/lib/downloads/change-words.ts';
import type { DatasetVersion } from '../../src/lib/downloads/dataset-history.ts';

const version = (more: Partial<DatasetVersion>): DatasetVersion => ({
  commit: 'a'.repeat(40),
  date: '2026-02-20T09:00:00+07:00',
  subject: 'Revise the 2023 web share; add 2026-Q2',
  version: '1.1.0',
  files: [],
  added: 0,
  removed: 0,
  changed: 0,
  periods: { added: [], removed: [], changed: [] },
  ...more,
});

describe('versionSummary', () => {
  const previous = version({ version: '1.0.0' });

  it('says what was added and changed, with the periods and the new version, in each language', () => {
    const v = version({ added: 1, changed: 1, periods: { added: ['2020'], removed: [], changed: ['2023'] } });
    expect(versionSummary(v, previous, 'vi')).toBe('Thêm 1 số liệu (2020); sửa 1 số liệu (2023); phiên bản 1.0.0 → 1.1.0');
    expect(versionSummary(v, previous, 'en')).toBe('1 figure added (2020); 1 figure changed (2023); version 1.0.0 → 1.1.0');
  });

  it('never repeats the publisher’s commit message as the description', () => {
    const v = version({ added: 1, periods: { added: ['2020'], removed: [], changed: [] } });
    expect(versionSummary(v, previous, 'vi')).not.toContain('Revise');
  });

  it('names three periods, then counts the rest', () => {
    const v = version({ added: 6, periods: { added: ['2018', '2019', '2020', '2021', '2022', '2023'], removed: [], changed: [] } });
    expect(versionSummary(v, version({ version: '1.1.0' }), 'en')).toBe('6 figures added (2018, 2019, 2020 and 3 other periods)');
  });

  it('says when only the description changed, and a first version as such', () => {
    expect(versionSummary(version({}), version({ version: '1.1.0' }), 'en')).toBe('Description of the dataset updated, figures unchanged');
    expect(versionSummary(version({ added: 2, periods: { added: ['2023'], removed: [], changed: [] }, version: '1.0.0' }), undefined, 'vi')).toBe('Thêm 2 số liệu (2023); phiên bản 1.0.0');
  });
});
