import { describe, expect, it } from 'vitest';
import { dataFeedEntries, entryId, type FeedDataset } from '../../src/lib/downloads/data-feed.ts';
import type { DatasetVersion } from '../../src/lib/downloads/dataset-history.ts';

const version = (commit: string, date: string, subject: string, semver: string, added: string[] = []): DatasetVersion => ({
  commit: commit.repeat(40).slice(0, 40),
  date,
  subject,
  version: semver,
  files: [],
  added: added.length,
  removed: 0,
  changed: 0,
  periods: { added, removed: [], changed: [] },
});

// Newest first, as the changelog has them.
const datasets: FeedDataset[] = [
  {
    id: 'dti',
    title: 'Chỉ số DTI',
    link: '/data/dti/',
    versions: [version('b', '2026-03-01T10:00:00+07:00', 'Add the 2024 ranking', '1.1.0', ['2024']), version('a', '2026-01-01T10:00:00+07:00', 'Publish', '1.0.0', ['2020', '2021'])],
  },
  { id: 'pci', title: 'Chỉ số PCI <&>', link: '/data/pci/', versions: [version('a', '2026-01-01T10:00:00+07:00', 'Publish', '1.0.0', ['2022'])] },
];

describe('the data updates feed', () => {
  it('titles an entry with the dataset and what changed, in the feed\'s language, from the data', () => {
    const [single] = dataFeedEntries(datasets, { catalogueLink: '/data/', locale: 'vi', portal: 'quang-tri' });
    expect(single!.title).toBe('Chỉ số DTI: Thêm 1 số liệu (2024); phiên bản 1.0.0 → 1.1.0');
    const [english] = dataFeedEntries(datasets, { catalogueLink: '/en/data/', locale: 'en', portal: 'quang-tri' });
    expect(english!.title).toBe('Chỉ số DTI: 1 figure added (2024); version 1.0.0 → 1.1.0');
  });

  it('keeps the commit message as the publisher\'s note, labelled, never as the title', () => {
    const [single] = dataFeedEntries(datasets, { catalogueLink: '/data/', locale: 'vi', portal: 'quang-tri' });
    expect(single!.title).not.toContain('Add the 2024 ranking');
    expect(single!.summary).toBe('Chỉ số DTI: Thêm 1 số liệu (2024); phiên bản 1.0.0 → 1.1.0\nGhi chú của người đăng: Add the 2024 ranking');
  });

  it('has one entry per commit, newest first, naming every dataset the commit changed', () => {
    const entries = dataFeedEntries(datasets, { catalogueLink: '/data/', locale: 'vi', portal: 'quang-tri' });
    expect(entries.map((e) => [e.title, e.updated])).toEqual([
      ['Chỉ số DTI: Thêm 1 số liệu (2024); phiên bản 1.0.0 → 1.1.0', '2026-03-01T10:00:00+07:00'],
      ['Cập nhật 2 bộ dữ liệu', '2026-01-01T10:00:00+07:00'],
    ]);
    expect(entries[1]!.summary.split('\n')).toEqual([
      'Chỉ số DTI: Thêm 2 số liệu (2020, 2021); phiên bản 1.0.0',
      'Chỉ số PCI <&>: Thêm 1 số liệu (2022); phiên bản 1.0.0',
      'Ghi chú của người đăng: Publish',
    ]);
  });

  it('links an entry to the version in its dataset\'s changelog, and its content to each dataset\'s page and changelog, escaped', () => {
    const [single, several] = dataFeedEntries(datasets, { catalogueLink: '/data/', locale: 'vi', portal: 'quang-tri' });
    expect(single!.link).toBe(`/data/dti/#version-${'b'.repeat(12)}`);
    expect(several!.link).toBe('/data/');
    expect(several!.content).toContain(`<a href="/data/pci/">Chỉ số PCI &lt;&amp;&gt;</a>: Thêm 1 số liệu (2022); phiên bản 1.0.0 (<a href="/data/pci/#version-${'a'.repeat(12)}">Lịch sử thay đổi</a>)`);
    expect(several!.content).not.toContain('<&>');
  });

  it('gives each entry of two portals built from this code its own id', () => {
    const [ours] = dataFeedEntries(datasets, { catalogueLink: '/data/', locale: 'vi', portal: 'quang-tri' });
    const [theirs] = dataFeedEntries(datasets, { catalogueLink: '/data/', locale: 'vi', portal: 'tinh-mau' });
    expect(ours!.id).not.toBe(theirs!.id);
  });

  it('gives each entry a permanent UUID from its commit, different in each language\'s feed', () => {
    const id = entryId('a'.repeat(40), 'en');
    expect(id).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(entryId('a'.repeat(40), 'en')).toBe(id);
    expect(entryId('a'.repeat(40), 'vi')).not.toBe(id);
  });
});
