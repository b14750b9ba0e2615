import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { portalDatapackage, portalReadme, portalZip, type PackageInArchive } from '../../src/lib/downloads/portal-zip.ts';

const encode = (text: string) => new TextEncoder().encode(text);
const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

const packages: PackageInArchive[] = [
  {
    dir: 'data/datasets/dti',
    descriptor: {
      name: 'dti',
      licenses: [{ name: 'other-at', title: 'Free reuse with attribution' }],
      sources: [{ id: 's', title: 'Source', path: 'https://example.org', publisher: 'Bộ' }],
      resources: [{ name: 'dti-rank', path: 'dti-rank.csv', schema: { fields: [] } }],
    },
  },
  {
    dir: 'data/reference',
    descriptor: {
      name: 'reference',
      licenses: [{ name: 'other-at', title: 'Free reuse with attribution' }],
      resources: [
        { name: 'areas', path: 'areas.csv' },
        { name: 'dti-rank', path: 'clash.csv' },
      ],
    },
  },
];
const info = { name: 'quang-tri-open-data', title: { vi: 'Cổng', en: 'Portal' }, description: { vi: 'Mô tả', en: 'About' }, publisher: 'Nhóm', updated: '2026-11-26' };

describe('the whole portal\'s datapackage.json', () => {
  it('lists every table with its path inside the archive and the package it comes from', () => {
    const dp = portalDatapackage(packages, info);
    expect((dp['resources'] as { name: string; path: string; package: string }[]).map(({ name, path, package: p }) => [name, path, p])).toEqual([
      ['dti-rank', 'data/datasets/dti/dti-rank.csv', 'dti'],
      ['areas', 'data/reference/areas.csv', 'reference'],
      ['reference-dti-rank', 'data/reference/clash.csv', 'reference'],
    ]);
  });

  it('states the licence once, the sources, the publisher and the titles in both languages', () => {
    const dp = portalDatapackage(packages, info);
    expect(dp['licenses']).toEqual([{ name: 'other-at', title: 'Free reuse with attribution' }]);
    expect(dp['sources']).toHaveLength(1);
    expect(dp).toMatchObject({ name: 'quang-tri-open-data', title: 'Cổng', title_en: 'Portal', contributors: [{ title: 'Nhóm', roles: ['publisher'] }] });
  });
});

describe('the README of the archive', () => {
  const readme = portalReadme({
    title: { vi: 'Cổng dữ liệu', en: 'Data portal' },
    archiveName: 'quang-tri-open-data.zip',
    terms: { vi: ['Tự do dùng lại, ghi nguồn.'], en: ['Free reuse with attribution.'] },
    datasets: [
      {
        id: 'dti',
        title: { vi: 'Chỉ số DTI', en: 'DTI' },
        version: '1.2.0',
        lastUpdated: { date: '2026-11-26', basis: 'history' },
        files: ['data/datasets/dti/dti-rank.csv'],
        citation: { vi: 'Nhóm. (2026). Chỉ số DTI (Phiên bản 1.2.0).', en: 'Team. (2026). DTI (Version 1.2.0).' },
      },
    ],
  });

  it('says what the archive is, its terms, and lists each dataset with its version, date, files and citation', () => {
    expect(readme).toContain('quang-tri-open-data.zip');
    expect(readme).toContain('Tự do dùng lại, ghi nguồn.');
    expect(readme).toContain('Free reuse with attribution.');
    expect(readme).toContain('* dti: Chỉ số DTI / DTI');
    expect(readme).toContain('version 1.2.0, updated 2026-11-26 (from the change history)');
    expect(readme).toContain('  - data/datasets/dti/dti-rank.csv');
    expect(readme).toContain('Cite as: Team. (2026). DTI (Version 1.2.0).');
  });
});

describe('the archive', () => {
  const files = new Map([
    ['data/site.json', encode('{"name":"Quảng Trị"}\n')],
    ['data/datasets/dti/dti-rank.csv', encode('period,area,value\r\n2022,45,55\r\n')],
  ]);

  it('holds the README, the datapackage.json and data/ byte for byte', () => {
    const entries = unzipSync(portalZip('README', { name: 'x' }, files, new Date('2026-11-26T00:00:00Z')));
    expect(Object.keys(entries)).toEqual(['README.txt', 'datapackage.json', 'datapackage.v1.json', 'data/datasets/dti/dti-rank.csv', 'data/site.json']);
    expect(entries['data/datasets/dti/dti-rank.csv']).toEqual(files.get('data/datasets/dti/dti-rank.csv'));
    expect(JSON.parse(decode(entries['datapackage.json']!))).toEqual({ name: 'x' });
  });

  it('gives the same bytes for the same files, so its checksum only changes with the data', () => {
    const a = portalZip('README', {}, files, new Date('2026-11-26T00:00:00Z'));
    const b = portalZip('README', {}, new Map([...files].reverse()), new Date('2026-11-26T23:00:00Z'));
    expect(b).toEqual(a);
  });
});
