import { describe, expect, it } from 'vitest';
import { dataFeedEntries, entryId, type FeedDataset } from '../../src/lib/downloads/data-feed.ts';
import type { DatasetVersion } from '../../src/lib/downloads/dataset-history.ts';

const version = (commit: string, date: string, subject: string, added = 0): DatasetVersion => ({
  commit: commit.repeat(40).slice(0, 40),
  date,
  subject,
  version: '1.0.0',
  files: [],
  added,
  removed: 0,
  changed: 0,
  periods: { added: [], removed: [], changed: [] },
});

const datasets: FeedDataset[] = [
  { id: 'dti', title: 'DTI', link: '/data/dti/', versions: [version('b', '2026-03-01T10:00:00+07:00', 'Add 2024', 1), version('a', '2026-01-01T10:00:00+07:00', 'Publish', 5)] },
  { id: 'pci', title: 'PCI', link: '/data/pci/', versions: [version('a', '2026-01-01T10:00:00+07:00', 'Publish', 3)] },
];
const options = { catalogueLink: '/data/', scope: 'en', summarise: (d: FeedDataset, v: DatasetVersion) => `${d.title}: +${v.added}` };

describe('the data updates feed', () => {
  it('has one entry per commit, newest first, naming every dataset the commit changed', () => {
    const entries = dataFeedEntries(datasets, options);
    expect(entries.map((e) => [e.title, e.updated, e.summary])).toEqual([
      ['Add 2024', '2026-03-01T10:00:00+07:00', 'DTI: +1'],
      ['Publish', '2026-01-01T10:00:00+07:00', 'DTI: +5\nPCI: +3'],
    ]);
  });

  it('links an entry to the version in the changelog of its one dataset, or to the catalogue', () => {
    const [single, several] = dataFeedEntries(datasets, options);
    expect(single!.link).toBe(`/data/dti/#version-${'b'.repeat(12)}`);
    expect(several!.link).toBe('/data/');
  });

  it('gives each entry a permanent UUID from its commit, different in each language\'s feed', () => {
    const id = entryId('a'.repeat(40), 'en');
    expect(id).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(entryId('a'.repeat(40), 'en')).toBe(id);
    expect(entryId('a'.repeat(40), 'vi')).not.toBe(id);
  });
});
