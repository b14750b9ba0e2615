/**
 * What the site is built from, once data/ has been read and validated: plain data handed to the
 * content collections and from there to pages. Shapes come from src/lib/contract; nothing is
 * redefined here.
 */
import type { DataPackage, Resource, Source } from './data-package.ts';
import type { Area, Pillar, Resolution, Target, Unit } from './reference.ts';
import type { DatasetId } from './ids.ts';
import type { SiteConfig } from './site.ts';

/** A cell after typing by its Table Schema field; null for a declared missing value. */
export type CellValue = string | number | boolean | null;

/** One CSV row, keyed by field name. */
export type Row = Record<string, CellValue>;

/** A resource of a dataset with its typed rows: one indicator. */
export interface IndicatorTable {
  resource: Resource;
  rows: Row[];
}

/** A dataset folder under data/datasets/: its descriptor and its indicators. */
export interface Dataset {
  /** The folder name, equal to the package name. */
  id: DatasetId;
  /** Repository-relative folder, e.g. "data/datasets/dti". */
  dir: string;
  descriptor: DataPackage;
  indicators: IndicatorTable[];
}

/** Everything under data/, typed. */
export interface Portal {
  site: SiteConfig;
  /** The resolution named by site.resolution. */
  resolution: Resolution;
  resolutions: Resolution[];
  pillars: Pillar[];
  targets: Target[];
  areas: Area[];
  /** The tracked province's records in areas.csv, oldest first (site.provinceAreas traced through time). */
  province: Area[];
  units: Unit[];
  /** Sources of the reference package (the resolution's and targets' sources). */
  referenceSources: Source[];
  datasets: Dataset[];
  /** Every file under data/ the validator read, sorted: all that may be published as data. */
  dataFiles: string[];
}
