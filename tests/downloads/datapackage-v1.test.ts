// The v1 descriptor in the whole-portal ZIP, held to what Data Package v1 and Table Schema v1 state
// (https://specs.frictionlessdata.io/): the rules a v1 reader refused the v2 descriptor on.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataPackageV1 } from '../../src/lib/downloads/datapackage-v1.ts';
import { portalDatapackage, type PackageInArchive } from '../../src/lib/downloads/portal-zip.ts';
import { REPO_ROOT } from '../support/real-portal.ts';

type Json = Record<string, unknown>;
const V1_ROLES = ['author', 'publisher', 'maintainer', 'wrangler', 'contributor'];
const V1_TYPES = ['string', 'number', 'integer', 'boolean', 'object', 'array', 'date', 'time', 'datetime', 'year', 'yearmonth', 'duration', 'geopoint', 'geojson', 'any'];

const dirs = ['data/reference', ...readdirSync(join(REPO_ROOT, 'data/datasets')).map((id) => `data/datasets/${id}`)];
const packages: PackageInArchive[] = dirs.map((dir) => ({ dir, descriptor: JSON.parse(readFileSync(join(REPO_ROOT, dir, 'datapackage.json'), 'utf8')) }));
const v2 = portalDatapackage(packages, { name: 'portal', title: { vi: 'Cổng', en: 'Portal' }, description: { vi: 'Mô tả', en: 'About' }, publisher: 'Nhóm' });

describe('the whole portal\'s descriptor for Data Package v1 readers', () => {
  const before = JSON.stringify(v2);
  const v1 = dataPackageV1(v2);
  const resources = v1['resources'] as Json[];

  it('is a tabular data package by v1\'s profile, without v2\'s $schema', () => {
    expect(v1['profile']).toBe('tabular-data-package');
    expect(v1).not.toHaveProperty('$schema');
    expect(resources.length).toBe((v2['resources'] as unknown[]).length);
    for (const resource of resources) {
      expect(resource, String(resource['name'])).toMatchObject({ profile: 'tabular-data-resource', name: expect.any(String), path: expect.any(String) });
      expect(resource).not.toHaveProperty('$schema');
    }
  });

  it('writes every missing value as a string, as v1 requires, keeping the values v2 declared', () => {
    const v2Resources = v2['resources'] as Json[];
    resources.forEach((resource, k) => {
      const schema = resource['schema'] as Json | undefined;
      if (schema?.['missingValues'] === undefined) return;
      const values = schema['missingValues'] as unknown[];
      expect(values.every((v) => typeof v === 'string'), String(resource['name'])).toBe(true);
      const declared = ((v2Resources[k]!['schema'] as Json)['missingValues'] as ({ value: string } | string)[]).map((v) => (typeof v === 'string' ? v : v.value));
      expect(values).toEqual(declared);
    });
  });

  it('gives each contributor one v1 role, field types v1 knows, and every foreign key a resource', () => {
    for (const contributor of v1['contributors'] as Json[]) {
      expect(V1_ROLES).toContain(contributor['role']);
      expect(contributor).not.toHaveProperty('roles');
    }
    for (const resource of resources) {
      const schema = (resource['schema'] ?? { fields: [] }) as { fields: Json[]; foreignKeys?: { reference: Json }[] };
      for (const field of schema.fields) expect(V1_TYPES, `${String(resource['name'])}.${String(field['name'])}`).toContain(field['type']);
      for (const key of schema.foreignKeys ?? []) expect(typeof key.reference['resource']).toBe('string');
    }
  });

  it('leaves the v2 descriptor as it was', () => {
    expect(JSON.stringify(v2)).toBe(before);
  });
});
