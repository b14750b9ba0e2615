import { describe, expect, it } from 'vitest';
import { datasetJson } from '../../src/lib/downloads/dataset-json.ts';
import { sampleDataset } from './sample-dataset.ts';

describe('the dataset as JSON', () => {
  const json = JSON.parse(datasetJson(sampleDataset(), { lastUpdated: { date: '2026-02-20', basis: 'history' }, pageUrl: '/data/sample-services/' }));

  it('carries the metadata: name, titles, version, sources, licence and when it last changed', () => {
    expect(json).toMatchObject({ name: 'sample-services', version: '1.0.0', homepage: '/data/sample-services/', lastUpdated: '2026-02-20', lastUpdatedFrom: 'history' });
    expect(json.sources[0].id).toBe('test-source');
    expect(json.licenses[0].name).toBe('other-at');
    expect(json.$schema).toBeUndefined();
  });

  it('types the rows: numbers as numbers, a missing value as null, every column in every row', () => {
    const [resource] = json.resources;
    expect(resource.name).toBe('sample-share');
    expect(resource.schema.fields.map((f: { name: string }) => f.name)).toEqual(['period', 'area', 'channel', 'source', 'value']);
    expect(resource.rows[0]).toEqual({ period: '2022', area: '90', channel: 'web', source: 'test-source', value: 41.5 });
    expect(resource.rows[3]).toEqual({ period: '2025-09-26', area: '91', channel: 'web', source: 'test-source', value: null });
  });
});
