/**
 * Identifiers used across the data contract. Each is a string with a shape, so that a typo in a data
 * file is caught by the validator and the code reads as the domain it models.
 */
import { z } from 'astro/zod';

/** Lower-case words joined by hyphens: folder names, resource names, target and source ids. */
export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const slug = (what: string) =>
  z.string().regex(slugPattern, `${what} must be lower-case letters, digits and single hyphens, e.g. "dti-rank"`);

/** A dataset's id: the name of its folder under data/datasets/ and its package `name`. */
export const DatasetId = slug('a dataset id').brand<'DatasetId'>();
export type DatasetId = z.infer<typeof DatasetId>;

/** An indicator's id: the `name` of the CSV resource that holds its observations, unique across datasets. */
export const IndicatorId = slug('an indicator id').brand<'IndicatorId'>();
export type IndicatorId = z.infer<typeof IndicatorId>;

/** A target of the resolution, e.g. "online-public-services-level-4". */
export const TargetId = slug('a target id').brand<'TargetId'>();
export type TargetId = z.infer<typeof TargetId>;

/** A pillar of the resolution, e.g. "digital-government". */
export const PillarId = slug('a pillar id').brand<'PillarId'>();
export type PillarId = z.infer<typeof PillarId>;

/** A source within one data package, referred to from each observation row. */
export const SourceId = slug('a source id').brand<'SourceId'>();
export type SourceId = z.infer<typeof SourceId>;

/** A unit of measure, e.g. "percent", translated at build time from data/reference/units.csv. */
export const UnitCode = slug('a unit code').brand<'UnitCode'>();
export type UnitCode = z.infer<typeof UnitCode>;

/**
 * An administrative area code from the statistics office's catalogue, e.g. "45" or "461", or "VN"
 * for the whole country (national averages and totals), which the catalogue gives no number.
 */
export const AreaCode = z.string().regex(/^(\d{2,5}|VN)$/, 'an area code is 2 to 5 digits, e.g. "45", or VN for the whole country').brand<'AreaCode'>();
export type AreaCode = z.infer<typeof AreaCode>;

/** A calendar date written YYYY-MM-DD. */
export const IsoDate = z.iso.date({ message: 'a date is written YYYY-MM-DD, e.g. "2021-11-04"' });
