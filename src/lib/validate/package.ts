/**
 * Checks one Data Package folder: the descriptor against the v2 profile and the portal's metadata
 * rules, then each of its CSV resources, then the foreign keys its schemas declare.
 */
import { z } from 'astro/zod';
import { DataPackage, Resource } from '../contract/data-package.ts';
import type { DataFiles } from './data-files.ts';
import { quote, type ProblemList } from './problems.ts';
import { checkShape, readJsonDocument, type JsonDocument } from './descriptor.ts';
import { checkTable, type CheckedTable } from './table.ts';
import type { CellExplainer } from './reserved-cells.ts';
import { datasetFiles } from '../downloads/urls.ts';

/** The package's own metadata, checked before and apart from its resources. */
const PackageMetadata = DataPackage.extend({ resources: z.array(z.unknown()).min(1) });

export interface CheckedPackage {
  dir: string;
  doc: JsonDocument;
  /** Null when the metadata has problems (they are reported). */
  descriptor: z.infer<typeof PackageMetadata> | null;
  /** Resources whose descriptor part fits the contract, with their index in "resources". */
  resources: { index: number; resource: Resource }[];
  /** Of those, the tables whose file could be read, in descriptor order. */
  tables: { index: number; table: CheckedTable }[];
}

export function checkPackage(files: DataFiles, problems: ProblemList, dir: string, explain?: CellExplainer): CheckedPackage | null {
  const descriptorPath = `${dir}/datapackage.json`;
  const real = files.resolve(descriptorPath);
  if (real !== undefined && real !== descriptorPath) {
    // Served and zipped as if it were here, a link would publish whatever it points at.
    problems.add(descriptorPath, { line: 1, column: 1 }, `this datapackage.json is a link to ${real}: copy the file into ${dir}/ instead of linking`);
    return null;
  }
  const doc = readJsonDocument(files, problems, descriptorPath);
  if (!doc) return null;
  const descriptor = checkShape(doc, problems, PackageMetadata);
  const rawResources = (doc.value as { resources?: unknown }).resources;
  const tables: CheckedPackage['tables'] = [];
  const resources: CheckedPackage['resources'] = [];
  if (Array.isArray(rawResources)) {
    const names = new Map<string, number>();
    rawResources.forEach((_, index) => {
      const at = ['resources', index];
      const resource = checkShape(doc, problems, Resource, at);
      if (!resource) return;
      if (names.has(resource.name)) {
        problems.add(doc.path, doc.placeOf([...at, 'name']), `the resource name "${resource.name}" is used twice in this package (also resources[${names.get(resource.name)}]): give each resource its own name`);
      }
      names.set(resource.name, index);
      resources.push({ index, resource });
      if (!checkSchemaConsistency(doc, problems, resource, at)) return;
      const table = checkTable(files, problems, doc, dir, resource, at, explain);
      if (table) tables.push({ index, table });
    });
    reportUndeclaredFiles(files, problems, doc, dir, rawResources);
    reportSharedAddresses(problems, doc, dir, resources);
  }
  checkForeignKeys(problems, doc, tables);
  return { dir, doc, descriptor, resources, tables };
}

/**
 * Every file the site serves for the dataset needs an address of its own: two resources on one
 * path, or a resource whose path is another's generated file (x.excel.csv or x.excel-vi.csv beside x.csv, or the
 * dataset's own x.json), would be served at one address and stop the build. Compared without case,
 * as on the file systems sites are served from.
 */
function reportSharedAddresses(problems: ProblemList, doc: JsonDocument, dir: string, resources: CheckedPackage['resources']): void {
  const datasetId = dir.split('/').pop()!;
  const files = datasetFiles(datasetId, resources.map(({ resource }) => resource));
  const taken = new Map<string, string>([
    [files.json, 'the JSON download of the dataset'],
    [files.datapackage, 'the descriptor itself'],
    [files.xlsx.vi, 'the Vietnamese workbook'],
    [files.xlsx.en, 'the English workbook'],
  ].map(([address, what]) => [address!.toLowerCase(), what!]));
  resources.forEach(({ index, resource }, k) => {
    const own = files.tables[k]!;
    const served = [
      [own.csv, 'CSV'],
      [own.excelCsv.comma, 'CSV for Excel'],
      [own.excelCsv.semicolon, 'CSV for Excel set to Vietnamese'],
    ] as const;
    for (const [address, what] of served) {
      const key = address.toLowerCase();
      const other = taken.get(key);
      if (other !== undefined) {
        problems.add(doc.path, doc.placeOf(['resources', index, 'path']), `"${resource.path}" would serve its ${what} at ${address}, the address of ${other}: rename the file`);
      } else taken.set(key, `the ${what} of resources[${index}] ("${resource.name}")`);
    }
  });
}

/** The schema must name its own fields consistently before any row can be read by it. */
function checkSchemaConsistency(doc: JsonDocument, problems: ProblemList, resource: Resource, at: (string | number)[]): boolean {
  const schema = resource.schema;
  const names = schema.fields.map((f) => f.name);
  let ok = true;
  names.forEach((name, k) => {
    if (names.indexOf(name) !== k) {
      problems.add(doc.path, doc.placeOf([...at, 'schema', 'fields', k, 'name']), `the field name "${name}" is declared twice: rename or remove one`);
      ok = false;
    }
  });
  schema.primaryKey.forEach((key, k) => {
    if (!names.includes(key)) {
      problems.add(doc.path, doc.placeOf([...at, 'schema', 'primaryKey', k]), `the primary key names "${key}", which is not a field (fields: ${names.join(', ')})`);
      ok = false;
    }
  });
  schema.fields.forEach((field, k) => {
    const pattern = field.constraints?.pattern;
    if (pattern === undefined) return;
    try {
      new RegExp(pattern, 'u');
    } catch {
      problems.add(doc.path, doc.placeOf([...at, 'schema', 'fields', k, 'constraints', 'pattern']), `the pattern ${quote(pattern)} is not a valid regular expression`);
      ok = false;
    }
  });
  (schema.foreignKeys ?? []).forEach((fk, k) => {
    for (const name of fk.fields) {
      if (!names.includes(name)) {
        problems.add(doc.path, doc.placeOf([...at, 'schema', 'foreignKeys', k, 'fields']), `the foreign key names "${name}", which is not a field of this resource`);
        ok = false;
      }
    }
    if (fk.fields.length !== fk.reference.fields.length) {
      problems.add(doc.path, doc.placeOf([...at, 'schema', 'foreignKeys', k, 'reference', 'fields']), 'a foreign key must name as many referenced fields as it has fields');
      ok = false;
    }
  });
  return ok;
}

/** A CSV left in the folder but not described would never be published: say so rather than drop it. */
function reportUndeclaredFiles(files: DataFiles, problems: ProblemList, doc: JsonDocument, dir: string, resources: unknown[]): void {
  const declared = new Set(resources.map((r) => (r as { path?: unknown })?.path).filter((p): p is string => typeof p === 'string'));
  for (const entry of files.list(dir)) {
    if (!entry.isFolder && entry.name.toLowerCase().endsWith('.csv') && !declared.has(entry.name)) {
      problems.add(`${dir}/${entry.name}`, { line: 1, column: 1 }, `this CSV is not described in ${doc.path}: add a resource with "path": "${entry.name}", or remove the file`);
    }
  }
}

function checkForeignKeys(problems: ProblemList, doc: JsonDocument, tables: CheckedPackage['tables']): void {
  // Looked up by the names foreign keys give, plain strings.
  const byName = new Map<string, (typeof tables)[number]['table']>(tables.map(({ table }) => [table.resource.name, table]));
  // "resources" may be anything in a broken file (its shape is reported elsewhere): only a list has names.
  const raw = (doc.value as { resources?: unknown }).resources;
  const declared = Array.isArray(raw) ? raw.map((r: unknown) => (r !== null && typeof r === 'object' ? (r as { name?: unknown }).name : undefined)) : [];
  for (const { index, table } of tables) {
    (table.resource.schema.foreignKeys ?? []).forEach((fk, k) => {
      if (fk.reference.resource !== '' && !declared.includes(fk.reference.resource)) {
        problems.add(doc.path, doc.placeOf(['resources', index, 'schema', 'foreignKeys', k, 'reference', 'resource']), `the foreign key refers to a resource "${fk.reference.resource}", which this package does not have (resources: ${declared.join(', ')})`);
      }
    });
    for (const fk of table.resource.schema.foreignKeys ?? []) {
      const target = fk.reference.resource === '' ? table : byName.get(fk.reference.resource);
      if (!target) continue; // a declared resource whose file could not be read is reported on its own
      const known = new Set(target.rows.filter((row) => row.complete).map((row) => JSON.stringify(fk.reference.fields.map((f) => row.values[f]))));
      for (const row of table.rows) {
        if (!fk.fields.every((f) => f in row.values)) continue;
        const values = fk.fields.map((f) => row.values[f]);
        if (values.every((v) => v === null)) continue;
        if (!known.has(JSON.stringify(values))) {
          const shown = fk.fields.map((f, k) => `${f} "${String(values[k])}"`).join(', ');
          problems.add(table.path, row.cells[fk.fields[0]!]!, `${shown} is not found in ${target.path} (column ${fk.reference.fields.join(', ')}): use a value listed there, or add it there first`);
        }
      }
    }
  }
}
