/**
 * Reference data: the rows of data/reference/*.csv, which every dataset and page builds on. The CSV
 * columns are declared in data/reference/datapackage.json; these shapes are what the code expects of
 * a row once the validator has typed its cells, and the validator checks that the two agree.
 */
import { z } from 'astro/zod';
import { AreaCode, IndicatorId, IsoDate, PillarId, slugPattern, SourceId, TargetId, UnitCode } from './ids.ts';

/** A document whose targets the portal tracks: Resolution 02-NQ/TU, or a later plan. */
export const Resolution = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** As printed on the document, e.g. "02-NQ/TU". */
  number: z.string().min(1),
  date: IsoDate,
  issuer: z.string().min(1),
  issuer_en: z.string().min(1),
  title: z.string().min(1),
  title_en: z.string().min(1),
  /** Where its text or its targets were read: a source id of the reference package. */
  source: SourceId,
});
export type Resolution = z.infer<typeof Resolution>;

/**
 * A theme of the EU's Data Theme vocabulary, the one DCAT-AP requires for a dataset's themes
 * (http://publications.europa.eu/resource/authority/data-theme).
 */
export const DataTheme = z.enum(['AGRI', 'ECON', 'EDUC', 'ENER', 'ENVI', 'GOVE', 'HEAL', 'INTR', 'JUST', 'REGI', 'SOCI', 'TECH', 'TRAN']);
export type DataTheme = z.infer<typeof DataTheme>;

export const Pillar = z.object({
  id: PillarId,
  /** Position on the goals page. */
  order: z.int(),
  name: z.string().min(1),
  name_en: z.string().min(1),
  description: z.string().min(1),
  description_en: z.string().min(1),
  /**
   * The EU data themes of the pillar's datasets, written as codes separated by spaces ("GOVE TECH");
   * the DCAT catalogue states them as each dataset's themes. An empty cell or no column: none.
   */
  // A string in the CSV; already a list when the content loader parses the parsed row again.
  data_themes: z.preprocess((cell) => (typeof cell === 'string' ? cell.split(/\s+/).filter(Boolean) : (cell ?? [])), z.array(DataTheme)),
});
export type Pillar = z.infer<typeof Pillar>;

/** at-least: the value must reach the target; at-most: it must fall to it (a rank, a cost). */
export const Direction = z.enum(['at-least', 'at-most']);
export type Direction = z.infer<typeof Direction>;

export const Target = z.object({
  id: TargetId,
  resolution: z.string().min(1),
  pillar: PillarId,
  order: z.int(),
  /** The target in the resolution's words, as the cited source reports them. */
  wording: z.string().min(1),
  wording_en: z.string().min(1),
  year: z.int(),
  /** Null where the resolution sets no number ("keep and raise the rank"). */
  value: z.number().nullable(),
  unit: UnitCode.nullable(),
  direction: Direction.nullable(),
  /** The indicator that measures it; null where no published series does. */
  indicator: IndicatorId.nullable(),
  source: SourceId,
  /** Where in the source the target stands. */
  clause: z.string().min(1),
  /** The same in English, for English pages; the Vietnamese is shown where it is missing. */
  clause_en: z.string().min(1).nullish(),
});
export type Target = z.infer<typeof Target>;

/**
 * An aim of the resolution that sets no number and no deadline of its own (aims.csv: "build a
 * shared data platform", "open data"): optional, listed with the targets but never assessed.
 */
export const Aim = z.object({
  id: z.string().regex(slugPattern, 'an aim id is lower-case letters, digits and hyphens'),
  resolution: z.string().min(1),
  order: z.int(),
  /** The aim as the cited source reports it. */
  wording: z.string().min(1),
  wording_en: z.string().min(1),
  source: SourceId,
  clause: z.string().min(1),
  clause_en: z.string().min(1).nullish(),
});
export type Aim = z.infer<typeof Aim>;

/**
 * A target explained for citizens (target-notes.csv): optional, one row per target id. The
 * validator checks it as a generic table (its schema declares the foreign key to targets.id).
 */
export const TargetNote = z.object({
  id: TargetId,
  /** What the target says, in plain words. */
  plain: z.string().min(1),
  plain_en: z.string().min(1),
  /** Why it matters to citizens. */
  why: z.string().min(1),
  why_en: z.string().min(1),
});
export type TargetNote = z.infer<typeof TargetNote>;

export const AreaLevel = z.enum(['country', 'province', 'district', 'commune']);
export type AreaLevel = z.infer<typeof AreaLevel>;

export const Area = z.object({
  code: AreaCode,
  name: z.string().min(1),
  name_en: z.string().min(1),
  level: AreaLevel,
  parent: AreaCode.nullable(),
  valid_from: IsoDate,
  /** Null while the unit still exists. */
  valid_to: IsoDate.nullable(),
  /**
   * Optional: the district's cell on the schematic tile map, counted from 0 at the top left; north
   * at the top, but only roughly where it lies relative to the others. Both or neither.
   */
  tile_column: z.number().int().min(0).nullish(),
  tile_row: z.number().int().min(0).nullish(),
});
export type Area = z.infer<typeof Area>;

export const Unit = z.object({
  code: UnitCode,
  /** Printed after a number, e.g. "%"; empty for a plain count. */
  symbol: z.string().nullable(),
  name: z.string().min(1),
  name_en: z.string().min(1),
});
export type Unit = z.infer<typeof Unit>;

/** The reference package's resources, by name, with the row shape each must have. */
export const referenceTables = {
  resolutions: Resolution,
  pillars: Pillar,
  targets: Target,
  areas: Area,
  units: Unit,
} as const;
export type ReferenceTableName = keyof typeof referenceTables;
