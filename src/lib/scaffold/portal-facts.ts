/**
 * What the new-dataset command needs to know about the portal it adds to: the pillars and units a
 * dataset may use, the ids already taken, who publishes, and the province's area codes over time.
 * Read from data/ through DataFiles.
 */
import { provinceLineage } from '../areas.ts';
import { Area } from '../contract/reference.ts';
import { readCsv } from '../validate/csv-source.ts';
import type { DataFiles } from '../validate/data-files.ts';
import { DATASETS_DIR, REFERENCE_DIR, SITE_FILE } from '../validate/portal.ts';

export interface Choice {
  id: string;
  name: string;
  name_en: string;
}

export interface PortalFacts {
  /** From data/reference/pillars.csv, in file order. */
  pillars: Choice[];
  /** From data/reference/units.csv, by their code. */
  units: Choice[];
  /** Folder names under data/datasets/. */
  datasetIds: Set<string>;
  /** Resource names of every dataset, with the descriptor that uses each. */
  indicatorIds: Map<string, string>;
  /** The publisher named in data/site.json, if it names one. */
  publisher: string | undefined;
  /**
   * The province's records in data/reference/areas.csv, oldest first (site.json's provinceAreas
   * through time: 45 until 30 June 2025, 44 from 1 July), for the example row's area code. The
   * first area listed when site.json names no province; empty when areas.csv cannot be read.
   */
  province: Area[];
}

const decoder = new TextDecoder();
const text = (files: DataFiles, path: string): string | undefined => {
  const bytes = files.read(path);
  return bytes ? decoder.decode(bytes) : undefined;
};

/** The rows of a reference CSV as records by header name; empty when the file is missing. */
function records(files: DataFiles, path: string): Record<string, string>[] {
  const source = text(files, path);
  if (source === undefined) return [];
  const table = readCsv(source);
  const header = table.header?.cells.map((c) => c.text) ?? [];
  return table.rows.map((row) => Object.fromEntries(header.map((name, k) => [name, row.cells[k]?.text ?? ''])));
}

/** The rows of areas.csv that read as areas; the validator reports the others. */
const AreaRecord = Area.pick({ code: true, name: true, name_en: true, level: true, parent: true, valid_from: true, valid_to: true });
function areaRecords(files: DataFiles): Area[] {
  return records(files, `${REFERENCE_DIR}/areas.csv`).flatMap((r) => {
    const parsed = AreaRecord.safeParse({ ...r, parent: r.parent || null, valid_to: r.valid_to || null });
    return parsed.success ? [parsed.data] : [];
  });
}

/** Parses JSON, or undefined: a broken file is the validator's to report, not this command's. */
function json(files: DataFiles, path: string): unknown {
  const source = text(files, path);
  try {
    return source === undefined ? undefined : JSON.parse(source);
  } catch {
    return undefined;
  }
}

export function readPortalFacts(files: DataFiles): PortalFacts {
  const pillars = records(files, `${REFERENCE_DIR}/pillars.csv`).map((r) => ({ id: r.id ?? '', name: r.name ?? '', name_en: r.name_en ?? '' }));
  const units = records(files, `${REFERENCE_DIR}/units.csv`).map((r) => ({ id: r.code ?? '', name: r.name ?? '', name_en: r.name_en ?? '' }));
  const datasetIds = new Set(files.list(DATASETS_DIR).filter((e) => e.isFolder).map((e) => e.name));
  const indicatorIds = new Map<string, string>();
  for (const id of datasetIds) {
    const path = `${DATASETS_DIR}/${id}/datapackage.json`;
    const resources = (json(files, path) as { resources?: { name?: unknown }[] } | undefined)?.resources;
    if (!Array.isArray(resources)) continue;
    for (const r of resources) if (typeof r?.name === 'string') indicatorIds.set(r.name, path);
  }
  const site = json(files, SITE_FILE) as { publisher?: unknown; provinceAreas?: unknown } | undefined;
  const provinceAreas = Array.isArray(site?.provinceAreas) ? site.provinceAreas.filter((a): a is string => typeof a === 'string') : [];
  const areas = areaRecords(files);
  const traced = provinceLineage(areas, provinceAreas);
  const province = 'lineage' in traced && traced.lineage.length ? traced.lineage : areas.slice(0, 1);
  return {
    pillars: pillars.filter((p) => p.id !== ''),
    units: units.filter((u) => u.id !== ''),
    datasetIds,
    indicatorIds,
    publisher: typeof site?.publisher === 'string' && site.publisher !== '' ? site.publisher : undefined,
    province,
  };
}
