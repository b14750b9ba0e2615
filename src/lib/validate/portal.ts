/**
 * Validates everything under data/ in one pass and, when nothing is wrong, returns it typed. The same
 * function serves `npm run validate` and the build, so the two can never disagree.
 */
import type { z } from 'astro/zod';
import type { DataPackage, Resource, Source } from '../contract/data-package.ts';
import { referenceTables, type Area, type ReferenceTableName } from '../contract/reference.ts';
import { SiteConfig } from '../contract/site.ts';
import type { DataFiles } from './data-files.ts';
import { overlaps, parsePeriod } from '../period.ts';
import { areaAt, provinceLineage } from '../areas.ts';
import { ProblemList, sortProblems, type Problem } from './problems.ts';
import { notDrawing } from '../security/svg-drawing.ts';
import { lineIndex } from './json-source.ts';
import { checkArticles, type CheckedArticle } from './articles.ts';
import { ARTICLES_DIR } from '../articles/article-meta.ts';
import type { Dataset, Portal, Row } from '../contract/portal-types.ts';
import { checkShape, readJsonDocument, type JsonDocument } from './descriptor.ts';
import { checkPackage, type CheckedPackage } from './package.ts';
import { areaNameMessage, bareName, reservedCellExplainer } from './reserved-cells.ts';
import { didYouMean } from '../text/near.ts';
import { checkQualifierFields, checkRowQualifiers, QUALIFIER_COLUMNS } from './qualifiers.ts';
import { RESERVED_COLUMNS } from '../contract/observation.ts';
import type { CheckedTable } from './table.ts';

export const DATA_DIR = 'data';
export const REFERENCE_DIR = `${DATA_DIR}/reference`;
export const DATASETS_DIR = `${DATA_DIR}/datasets`;
export const SITE_FILE = `${DATA_DIR}/site.json`;

/** The earliest period the portal accepts: older figures are almost certainly a typo. */
export const EARLIEST_PERIOD = '2000-01-01';

export interface ValidationResult {
  /** Every problem, sorted by file and place. */
  problems: Problem[];
  /** The typed data, only when there are no problems. */
  portal: Portal | null;
  /** How many files and rows were read, for the summary line. */
  counts: { datasets: number; tables: number; rows: number };
  /** The articles whose frontmatter is sound: `npm run validate` tells editors which ones the data has overtaken. */
  articles: CheckedArticle[];
}

/** `today` (YYYY-MM-DD) is the last day a period may start on. */
export function validatePortal(given: DataFiles, today: string): ValidationResult {
  const problems = new ProblemList();
  // What the checks read is what may be published (the ZIP holds nothing else); see reportUnreadFiles.
  const read = new Set<string>();
  const files: DataFiles = {
    ...given,
    read(path) {
      const bytes = given.read(path);
      if (bytes !== undefined) read.add(path);
      return bytes;
    },
  };
  const siteDoc = readJsonDocument(files, problems, SITE_FILE);
  const site = siteDoc ? checkShape(siteDoc, problems, SiteConfig) : null;

  const reference = checkPackage(files, problems, REFERENCE_DIR);
  const ref = reference ? referenceRows(problems, reference) : null;

  const datasetDirs = files
    .list(DATASETS_DIR)
    .filter((e) => e.isFolder)
    .map((e) => `${DATASETS_DIR}/${e.name}`)
    .sort();
  if (datasetDirs.length === 0) problems.add(DATASETS_DIR, { line: 1, column: 1 }, 'there are no dataset folders: each dataset is a folder holding datapackage.json and its CSV files');
  // Staff's commonest slips in the shared columns get messages of their own: an area's name, a source not declared.
  const explain = reservedCellExplainer(ref && !ref.broken.has('areas') ? ref.areas : null, `${REFERENCE_DIR}/areas.csv`);
  const checked = datasetDirs.map((dir) => checkPackage(files, problems, dir, explain));
  const packages = checked.filter((p): p is CheckedPackage => p !== null);
  // A descriptor that cannot be read hides its indicators; saying targets point nowhere would mislead.
  const allIndicatorsKnown = packages.length === checked.length;

  const indicatorHome = new Map<string, string>();
  for (const pkg of packages) checkDataset(problems, pkg, ref, today, indicatorHome);

  if (site && siteDoc && usable(ref, 'resolutions')) {
    if (!ref.resolutions.some((r) => r.id === site.resolution)) {
      problems.add(SITE_FILE, siteDoc.placeOf(['resolution']), `"resolution" is "${site.resolution}", which is not an id in ${REFERENCE_DIR}/resolutions.csv (ids: ${ref.resolutions.map((r) => r.id).join(', ')})`);
    }
  }
  if (site && siteDoc && usable(ref, 'areas')) {
    let known = true;
    site.provinceAreas.forEach((code, k) => {
      if (!ref.areas.some((a) => a.code === code && a.level === 'province')) {
        known = false;
        problems.add(SITE_FILE, siteDoc.placeOf(['provinceAreas', k]), `"${code}" is not a province-level code in ${REFERENCE_DIR}/areas.csv`);
      }
    });
    const traced = known ? provinceLineage(ref.areas, site.provinceAreas) : null;
    if (traced && 'brokenAt' in traced) {
      const k = traced.brokenAt;
      problems.add(SITE_FILE, siteDoc.placeOf(['provinceAreas', k]), `"${site.provinceAreas[k]}" has no province in ${REFERENCE_DIR}/areas.csv that ends before "${site.provinceAreas[k + 1]}" begins: list the province's codes oldest first, each area ending (valid_to) before the next begins`);
    }
  }
  if (site && siteDoc) checkSiteFiles(problems, files, site, siteDoc);
  if (site && siteDoc && allIndicatorsKnown) {
    site.headlines.forEach((id, k) => {
      if (!indicatorHome.has(id)) problems.add(SITE_FILE, siteDoc.placeOf(['headlines', k]), `headline indicator "${id}" is not the name of any dataset resource under ${DATASETS_DIR}/: use a resource name from a datapackage.json, or remove it`);
    });
  }
  if (ref && reference && allIndicatorsKnown) {
    for (const { table } of reference.tables) {
      if (table.resource.name !== 'targets') continue;
      for (const row of table.rows) {
        const indicator = row.values.indicator;
        if (typeof indicator === 'string' && !indicatorHome.has(indicator)) {
          problems.add(table.path, row.cells.indicator!, `indicator "${indicator}" is not the name of any dataset resource under ${DATASETS_DIR}/: use a resource name from a datapackage.json, or leave the cell empty`);
        }
      }
    }
  }

  const targetIds = ref && usable(ref, 'targets') ? new Set(ref.targets.map((t) => t.id as string)) : null;
  const articleIds = allIndicatorsKnown && targetIds ? { targets: targetIds, datasets: new Set(packages.map((p) => p.dir.split('/').pop()!)), indicators: new Set(indicatorHome.keys()) } : null;
  const articles = checkArticles(files, problems, articleIds);
  reportUnreadFiles(problems, files, read);

  const sorted = sortProblems(dedupe(problems.items));
  const counts = {
    datasets: packages.length,
    tables: [reference, ...packages].reduce((n, p) => n + (p?.tables.length ?? 0), 0),
    rows: [reference, ...packages].reduce((n, p) => n + (p?.tables.reduce((m, t) => m + t.table.rows.length, 0) ?? 0), 0),
  };
  if (sorted.length > 0 || !site || !ref || !reference?.descriptor) return { problems: sorted, portal: null, counts, articles };
  const resolution = ref.resolutions.find((r) => r.id === site.resolution)!;
  const datasets = packages.map(toDataset);
  const { resolutions, pillars, targets, areas, units } = ref;
  const order = <T extends { order: number }>(xs: T[]) => [...xs].sort((a, b) => a.order - b.order);
  return {
    problems: [],
    counts,
    articles,
    portal: {
      site,
      resolution,
      resolutions,
      pillars: order(pillars),
      targets: order(targets),
      areas,
      province: lineageOf(areas, site.provinceAreas),
      units,
      referenceSources: reference.descriptor.sources,
      datasets,
      dataFiles: [...read].sort(),
    },
  };
}


/**
 * A file under data/ that no check read is not part of the portal's data (a notes.txt, a secrets.env,
 * a datapackage.json in a subfolder of a dataset): it is reported, so that it is neither published
 * unseen nor left to break the build. Articles (checkArticles has its own rules) and hidden files
 * (.gitkeep) are left alone; a file already reported (a CSV no resource describes) is not reported
 * twice.
 */
function reportUnreadFiles(problems: ProblemList, files: DataFiles, read: ReadonlySet<string>): void {
  const reported = new Set(problems.items.map((p) => p.path));
  // A folder whose descriptor has problems may not say which files it describes: its files are not
  // told to go ("remove it") while the descriptor is being fixed (a missing comma in its JSON).
  const folderOf = (path: string) => path.slice(0, path.lastIndexOf('/') + 1);
  const unsureFolders = new Set([...reported].filter((p) => p.endsWith('/datapackage.json')).map(folderOf));
  const walk = (folder: string): string[] =>
    files.list(folder).flatMap((e) => {
      if (e.name.startsWith('.')) return [];
      const path = `${folder}/${e.name}`;
      if (path === ARTICLES_DIR) return [];
      return e.isFolder ? walk(path) : [path];
    });
  for (const path of walk(DATA_DIR)) {
    if (read.has(path) || reported.has(path)) continue;
    if (unsureFolders.has(folderOf(path))) continue;
    const real = files.resolve(path);
    if (real !== undefined && real !== path) {
      problems.add(path, { line: 1, column: 1 }, `this is a link to ${real}: the portal publishes only files and folders that are really inside ${DATA_DIR}/; copy it here instead of linking`);
      continue;
    }
    problems.add(path, { line: 1, column: 1 }, `this file is not part of the portal's data (a dataset's datapackage.json or the tables it describes, ${REFERENCE_DIR}/, ${SITE_FILE} or the logo it names): it would not be published; remove it or move it out of ${DATA_DIR}/`);
  }
}

/** The logo named by site.json must be an SVG file that stays inside data/ once links are followed. */
function checkSiteFiles(problems: ProblemList, files: DataFiles, site: SiteConfig, siteDoc: JsonDocument): void {
  if (site.logo === undefined) return;
  const path = `${DATA_DIR}/${site.logo}`;
  const place = siteDoc.placeOf(['logo']);
  const bytes = files.read(path);
  const resolved = files.resolve(path);
  if (!bytes || resolved === undefined) {
    problems.add(SITE_FILE, place, `"logo" is "${site.logo}" but there is no such file ${path}: put the SVG there or correct the path`);
  } else if (!resolved.startsWith(`${DATA_DIR}/`)) {
    problems.add(SITE_FILE, place, `"logo" is "${site.logo}", a link to ${resolved}, outside ${DATA_DIR}/: copy the SVG into ${DATA_DIR}/ instead of linking to it`);
  } else if (!/<svg[\s>]/.test(new TextDecoder().decode(bytes.subarray(0, 4096)))) {
    problems.add(SITE_FILE, place, `"logo" is "${site.logo}", but ${path} is not an SVG image (no <svg> element at its start): save the logo as SVG`);
  } else {
    const text = new TextDecoder().decode(bytes);
    const found = notDrawing(text);
    if (found !== null) {
      problems.add(path, lineIndex(text)(found.index), `the logo holds ${found.what}; it is served as the site's own file, so it may hold only drawing (shapes, text, gradients): remove it, or save the logo again as a plain SVG`);
    }
  }
}

type ReferenceRows = { [K in ReferenceTableName]: z.infer<(typeof referenceTables)[K]>[] } & {
  /** Tables with problems of their own: nothing is looked up in them, so one mistake is reported once. */
  broken: Set<ReferenceTableName>;
};

/** True when lookups in a reference table can be trusted. */
const usable = (ref: ReferenceRows | null, name: ReferenceTableName): ref is ReferenceRows => ref !== null && !ref.broken.has(name);

/** Types the reference tables' rows by the shapes the code relies on. */
function referenceRows(problems: ProblemList, pkg: CheckedPackage): ReferenceRows | null {
  const out: Partial<Record<ReferenceTableName, unknown[]>> = {};
  const broken = new Set<ReferenceTableName>();
  for (const name of Object.keys(referenceTables) as ReferenceTableName[]) {
    const found = pkg.tables.find((t) => t.table.resource.name === name);
    const resources = (pkg.doc.value as { resources?: unknown }).resources;
    const declared = Array.isArray(resources) && resources.some((r: unknown) => r !== null && typeof r === 'object' && (r as { name?: unknown }).name === name);
    if (!found) {
      if (!declared) problems.add(pkg.doc.path, pkg.doc.placeOf(['resources']), `the reference package needs a resource named "${name}" (${name}.csv)`);
      continue;
    }
    if (!found.table.clean) broken.add(name);
    const shape = referenceTables[name];
    out[name] = found.table.rows.flatMap((row) => {
      if (!row.complete) return [];
      const result = shape.safeParse(row.values);
      if (result.success) return [result.data];
      broken.add(name);
      for (const issue of result.error.issues) {
        const field = String(issue.path[0] ?? '');
        const cell = row.cells[field];
        const message = cell
          ? `column "${field}" holds ${JSON.stringify(cell.text)}: ${issue.message}`
          : `the row lacks column "${field}", which the portal needs in ${name}.csv: add it to the schema and the file`;
        problems.add(found.table.path, cell ?? { line: row.line, column: 1 }, message);
      }
      return [];
    });
  }
  if (Object.keys(out).length !== Object.keys(referenceTables).length) return null;
  const ref = { ...out, broken } as ReferenceRows;
  checkReferenceLinks(problems, pkg, ref);
  return ref;
}

/** Links between reference tables that the code relies on, whether or not the schema declares them. */
function checkReferenceLinks(problems: ProblemList, pkg: CheckedPackage, ref: ReferenceRows): void {
  const table = (name: ReferenceTableName) => pkg.tables.find((t) => t.table.resource.name === name)!.table;
  const sources = new Set((pkg.descriptor?.sources ?? []).map((s) => s.id));
  const check = (name: ReferenceTableName, column: string, known: Set<string>, where: string, lookedUpIn?: ReferenceTableName) => {
    if (lookedUpIn && ref.broken.has(lookedUpIn)) return;
    const t = table(name);
    for (const row of t.rows) {
      const value = row.values[column];
      if (value === null || value === undefined || known.has(String(value))) continue;
      if (!row.complete) continue;
      problems.add(t.path, row.cells[column]!, `${column} "${String(value)}" is not found in ${where}: use one listed there (${[...known].slice(0, 8).join(', ')}${known.size > 8 ? ', …' : ''})`);
    }
  };
  const ids = <T>(rows: T[], key: keyof T) => new Set(rows.map((r) => String(r[key])));
  check('targets', 'pillar', ids(ref.pillars, 'id'), 'pillars.csv', 'pillars');
  check('targets', 'resolution', ids(ref.resolutions, 'id'), 'resolutions.csv', 'resolutions');
  check('targets', 'unit', ids(ref.units, 'code'), 'units.csv', 'units');
  check('areas', 'parent', ids(ref.areas, 'code'), 'areas.csv', 'areas');
  if (pkg.descriptor) {
    check('targets', 'source', sources, `the "sources" of ${pkg.doc.path}`);
    check('resolutions', 'source', sources, `the "sources" of ${pkg.doc.path}`);
  }
  const areas = table('areas');
  checkTilePlaces(problems, areas);
  for (const row of areas.rows) {
    const from = row.values.valid_from;
    const to = row.values.valid_to;
    if (typeof from === 'string' && typeof to === 'string' && to < from) {
      problems.add(areas.path, row.cells.valid_to!, `valid_to ${to} is before valid_from ${from}: swap or correct them`);
    }
  }
}

/**
 * An area on a tile map has both a column and a row, and no two areas of one parent and one level
 * that existed at the same time share a cell: the 63 provinces before 1 July 2025 and the 34 after
 * it are two grids, each with a cell per province.
 */
function checkTilePlaces(problems: ProblemList, areas: CheckedTable): void {
  const taken = new Map<string, { code: string; line: number; from: string; to: string | null }[]>();
  for (const row of areas.rows) {
    const { code, parent, level, valid_from: from, valid_to: to, tile_column: column, tile_row: tileRow } = row.values;
    if ((column == null) !== (tileRow == null)) {
      const [have, lack] = column == null ? ['tile_row', 'tile_column'] : ['tile_column', 'tile_row'];
      problems.add(areas.path, row.cells[have]!, `${have} is given but ${lack} is empty: a place on the tile map needs both, or neither`);
      continue;
    }
    if (column == null || typeof from !== 'string') continue;
    const until = typeof to === 'string' ? to : null;
    const key = `${String(parent)}:${String(level)}:${String(column)},${String(tileRow)}`;
    const others = taken.get(key) ?? [];
    const first = others.find((o) => overlaps({ start: from, end: until ?? '9999-12-31' }, { start: o.from, end: o.to }));
    if (first) problems.add(areas.path, row.cells.tile_column!, `area "${String(code)}" is placed on the tile map at column ${String(column)}, row ${String(tileRow)}, where area "${first.code}" (line ${first.line}) already is while both exist: give each a cell of its own`);
    taken.set(key, [...others, { code: String(code), line: row.line, from, to: until }]);
  }
}

/** The portal's own rules for an indicator table, on top of its Table Schema. */
function checkDataset(problems: ProblemList, pkg: CheckedPackage, ref: ReferenceRows | null, today: string, indicatorHome: Map<string, string>): void {
  const { doc, descriptor, dir } = pkg;
  const folder = dir.slice(dir.lastIndexOf('/') + 1);
  if (descriptor && descriptor.name !== folder) {
    problems.add(doc.path, doc.placeOf(['name']), `"name" is "${descriptor.name}" but the folder is "${folder}": they must be equal (rename one)`);
  }
  if (descriptor && usable(ref, 'pillars')) {
    descriptor.pillars.forEach((pillar, k) => {
      if (!ref.pillars.some((p) => p.id === pillar)) {
        problems.add(doc.path, doc.placeOf(['pillars', k]), `pillar "${pillar}" is not in ${REFERENCE_DIR}/pillars.csv (ids: ${ref.pillars.map((p) => p.id).join(', ')})`);
      }
    });
  }
  const sources = descriptor ? new Map<string, Source>(descriptor.sources.map((s) => [s.id, s])) : null;
  for (const { index, resource } of pkg.resources) {
    const at = ['resources', index];
    const earlier = indicatorHome.get(resource.name);
    if (earlier) problems.add(doc.path, doc.placeOf([...at, 'name']), `the indicator name "${resource.name}" is already used in ${earlier}: indicator names must be unique across datasets`);
    else indicatorHome.set(resource.name, doc.path);
    const table = pkg.tables.find((t) => t.index === index)?.table;
    if (checkTidyShape(problems, doc, resource, at, ref) && table) checkObservations(problems, table, ref, sources, today, doc.path);
  }
  checkParts(problems, pkg);
}

/**
 * A parts table (parts_of) names another indicator of its package, in the same unit, and has one
 * dimension whose categories are the parts; a part's stated scale holds its figures.
 */
function checkParts(problems: ProblemList, pkg: CheckedPackage): void {
  const { doc } = pkg;
  for (const { index, resource } of pkg.resources) {
    const fieldsAt = ['resources', index, 'schema', 'fields'];
    resource.schema.fields.forEach((field, k) =>
      field.categories?.forEach((category, c) => {
        if (category.minimum !== undefined && category.maximum !== undefined && category.minimum >= category.maximum) {
          problems.add(doc.path, doc.placeOf([...fieldsAt, k, 'categories', c, 'maximum']), `the part "${String(category.value)}" has maximum ${category.maximum}, not above its minimum ${category.minimum}: swap or correct them`);
        }
      }),
    );
    if (resource.parts_of === undefined) continue;
    const at = ['resources', index, 'parts_of'];
    const whole = pkg.resources.find((r) => r.resource.name === resource.parts_of);
    if (!whole || whole.resource === resource) {
      const others = pkg.resources.filter((r) => r.resource !== resource).map((r) => r.resource.name);
      problems.add(doc.path, doc.placeOf(at), `"parts_of" is "${resource.parts_of}", which is not another resource of this package${others.length ? ` (names: ${others.join(', ')})` : ''}`);
      continue;
    }
    const unitOf = (r: Resource) => r.schema.fields.at(-1)?.unit;
    if (unitOf(whole.resource) !== unitOf(resource)) {
      problems.add(doc.path, doc.placeOf(at), `the parts of "${whole.resource.name}" are in unit "${unitOf(resource)}" but the whole is in "${unitOf(whole.resource)}": parts and whole share a unit`);
    }
    const dimensions = resource.schema.fields.filter((f) => resource.schema.primaryKey.includes(f.name) && !RESERVED_COLUMNS.has(f.name));
    const part = dimensions[0];
    if (dimensions.length !== 1 || !part?.categories) {
      problems.add(doc.path, doc.placeOf(at), `a parts table has exactly one dimension column, in the primary key, with "categories" naming the parts; "${resource.name}" has ${dimensions.length === 0 ? 'none' : dimensions.map((d) => `"${d.name}"`).join(', ')}${dimensions.length === 1 ? ' without categories' : ''}`);
      continue;
    }
    const table = pkg.tables.find((t) => t.index === index)?.table;
    for (const row of table?.rows ?? []) {
      const value = row.values.value;
      const category = part.categories.find((c) => String(c.value) === String(row.values[part.name]));
      if (typeof value !== 'number' || !category) continue;
      const outside = (category.minimum !== undefined && value < category.minimum) || (category.maximum !== undefined && value > category.maximum);
      if (outside) problems.add(table!.path, row.cells.value!, `${value} is outside the scale of "${category.label_en}" (${category.minimum ?? '…'} to ${category.maximum ?? '…'}): check the figure or the part's minimum and maximum`);
    }
  }
}

/** period first, area second, a source column, value last with a unit: the one shape charts can read. */
function checkTidyShape(problems: ProblemList, doc: CheckedPackage['doc'], resource: Resource, at: (string | number)[], ref: ReferenceRows | null): boolean {
  const fields = resource.schema.fields;
  const names = fields.map((f) => f.name);
  const fieldsAt = [...at, 'schema', 'fields'];
  const say = (path: (string | number)[], message: string) => problems.add(doc.path, doc.placeOf(path), message);
  const before = problems.items.length;
  const shape = 'an indicator table has the columns period, area, any other dimension codes, source, value (in that order)';
  // The qualifier and note columns may stand anywhere before value (period_qualifier beside period,
  // say); the order of the others is what charts read.
  const core = names.map((name, index) => ({ name, index })).filter(({ name }) => !QUALIFIER_COLUMNS.has(name));
  if (core[0]?.name !== 'period') say([...fieldsAt, core[0]?.index ?? 0, 'name'], `the first field is "${core[0]?.name}": ${shape}`);
  if (core[1]?.name !== 'area') say([...fieldsAt, core[1]?.index ?? 1], `the second field is "${core[1]?.name ?? 'missing'}", expected "area": ${shape}`);
  if (!names.includes('source')) say(fieldsAt, `there is no "source" field: ${shape}, so every figure names its source`);
  const value = fields[fields.length - 1]!;
  if (value.name !== 'value') say([...fieldsAt, fields.length - 1, 'name'], `the last field is "${value.name}": ${shape}`);
  else {
    if (value.type !== 'number' && value.type !== 'integer') say([...fieldsAt, fields.length - 1, 'type'], `the "value" field has type "${value.type}", expected "number" or "integer"`);
    if (!value.unit) say([...fieldsAt, fields.length - 1], 'the "value" field has no "unit": add one, e.g. "unit": "percent" (cells hold bare numbers)');
  }
  fields.forEach((field, k) => {
    if (field.unit && usable(ref, 'units') && !ref.units.some((u) => u.code === field.unit)) {
      say([...fieldsAt, k, 'unit'], `unit "${field.unit}" is not in ${REFERENCE_DIR}/units.csv (codes: ${ref.units.map((u) => u.code).join(', ')})`);
    }
  });
  for (const { index, member, message } of checkQualifierFields(fields, resource.schema.primaryKey)) say([...fieldsAt, index, ...(member ? [member] : [])], message);
  const key = resource.schema.primaryKey;
  if (!key.includes('period') || !key.includes('area')) say([...at, 'schema', 'primaryKey'], `the primary key is [${key.join(', ')}]; it must include "period" and "area" (and any other dimension)`);
  if (key.includes('value') || key.includes('source')) say([...at, 'schema', 'primaryKey'], 'the primary key must not include "value" or "source": a figure is identified by its period and dimensions');
  return problems.items.length === before;
}

function checkObservations(problems: ProblemList, table: CheckedTable, ref: ReferenceRows | null, sources: Map<string, Source> | null, today: string, descriptorPath: string): void {
  for (const row of table.rows) {
    const periodText = row.values.period;
    const period = typeof periodText === 'string' ? parsePeriod(periodText) : null;
    if (typeof periodText !== 'string') {
      // its cell has a problem of its own, already reported
    } else if (!period) {
      problems.add(table.path, row.cells.period!, `period "${periodText}" is not a period: write a year (2023), a quarter (2026-Q1), a month (2025-08) or a day (2025-08-25)`);
    } else if (period.start > today) {
      problems.add(table.path, row.cells.period!, `period ${periodText} starts after today (${today}): a published figure cannot be from the future — check the year`);
    } else if (period.end < EARLIEST_PERIOD) {
      problems.add(table.path, row.cells.period!, `period ${periodText} is before ${EARLIEST_PERIOD.slice(0, 4)}: check the year`);
    }
    const code = row.values.area;
    if (usable(ref, 'areas') && typeof code === 'string') {
      const lookup = areaAt(ref.areas, code, period ?? { start: '0000-01-01', end: '9999-12-31' });
      const spans = (records: Area[]) => records.map((a) => `${a.name} from ${a.valid_from} to ${a.valid_to ?? 'today'}`).join('; ');
      if ('found' in lookup) {
        // the one area the code names in the period
      } else if (lookup.problem === 'unknown-code') {
        const named = areaNameMessage(code, typeof periodText === 'string' ? periodText : undefined, ref.areas, `${REFERENCE_DIR}/areas.csv`);
        problems.add(table.path, row.cells.area!, named ?? `area "${code}" is not a code in ${REFERENCE_DIR}/areas.csv${didYouMean(code, ref.areas.map((a) => a.code))}: use one listed there`);
      } else if (!period) {
        // the period has its own problem, already reported; the code's meaning depends on it
      } else if (lookup.problem === 'not-then') {
        // The same place under the code it had then ("45" in 2030 is Quảng Trị, now "44"): found by
        // name, since areas.csv says when a code was valid, not what a unit became.
        // Below a province names repeat under other parents ("Phường 1"): one match, or no suggestion.
        const [{ level, name, parent }] = lookup.records as [Area, ...Area[]];
        const named = ref.areas.filter((a) => a.level === level && bareName(a.name) === bareName(name) && overlaps(period, { start: a.valid_from, end: a.valid_to }));
        const sameParent = named.filter((a) => a.parent === parent);
        const candidates = sameParent.length > 0 ? sameParent : named;
        const successor = candidates.length === 1 ? candidates[0] : undefined;
        problems.add(table.path, row.cells.area!, `area "${code}" (${lookup.records.map((a) => a.name).join(' / ')}) existed ${lookup.records.map((a) => `from ${a.valid_from} to ${a.valid_to ?? 'today'}`).join(' and ')}, not in period ${String(periodText)}${successor ? `: for that period use "${successor.code}" (${successor.name})` : `: use a code of ${REFERENCE_DIR}/areas.csv valid in that period`}`);
      } else {
        problems.add(table.path, row.cells.area!, `area "${code}" means more than one area during period ${String(periodText)} (${spans(lookup.records)}): give the figure a period within one of them, e.g. a quarter, month or day`);
      }
    }
    // The source column refers to the package's "sources" by id, and that reference is the data
    // contract: Frictionless foreign keys can only point at resources, and "sources" is package
    // metadata, not a resource, so the portal states the rule and enforces it here. A table needs no
    // "enum" repeating the ids (one that has it narrows what it may cite: reserved-cells.ts).
    const source = row.values.source;
    if (sources && typeof source === 'string' && !sources.has(source)) {
      problems.add(table.path, row.cells.source!, `source "${source}" is not an id in the "sources" of ${descriptorPath}${didYouMean(source, sources.keys())} (ids: ${[...sources.keys()].join(', ')}): correct the id, or add the new source to "sources" there (its id, title, path, publisher and date)`);
    }
    const cited = typeof source === 'string' ? sources?.get(source) : undefined;
    for (const { place, message } of checkRowQualifiers(row, period, cited)) problems.add(table.path, place, message);
  }
}

/** The validated site's province records; the validator has already refused a broken lineage. */
function lineageOf(areas: Area[], codes: readonly string[]): Area[] {
  const traced = provinceLineage(areas, codes);
  if (!('lineage' in traced)) throw new Error('provinceAreas escaped validation');
  return traced.lineage;
}

function toDataset(pkg: CheckedPackage): Dataset {
  const resources: Resource[] = pkg.tables.map((t) => t.table.resource);
  const descriptor = { ...pkg.descriptor!, resources } as DataPackage;
  return {
    id: descriptor.name,
    dir: pkg.dir,
    descriptor,
    indicators: pkg.tables.map(({ table }) => ({ resource: table.resource, rows: table.rows.map((r): Row => r.values) })),
  };
}

/** One problem per place: a broken reference can be found both by a declared foreign key and by the
 * portal's own link checks, and one message per cell is what a person needs. */
function dedupe(problems: Problem[]): Problem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.path}:${p.line}:${p.column}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

