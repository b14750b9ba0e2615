/**
 * A Data Package (Frictionless Data v2) as this portal publishes it: the v2 profile, plus the
 * metadata the portal promises its readers (titles in both languages, publisher, dated sources with
 * their provenance, terms of use, pillars). https://datapackage.org/standard/data-package/
 */
import { z } from 'astro/zod';
import { DatasetId, IsoDate, PillarId, SourceId, slugPattern } from './ids.ts';
import { OPEN_ASPECTS } from './observation.ts';
import { TableSchema } from './table-schema.ts';

export const DATA_PACKAGE_PROFILE = 'https://datapackage.org/profiles/2.0/datapackage.json';
export const DATA_RESOURCE_PROFILE = 'https://datapackage.org/profiles/2.0/dataresource.json';

/** How a figure reached us, from most to least direct. Shown beside every figure. */
export const Provenance = z.enum([
  /** Published by the body that produces the statistic or index (a ministry, the statistics office). */
  'official-statistic',
  /** Stated in a report or on the website of a government or Party body. */
  'official-report',
  /** Reported by a newspaper or news site. */
  'press-report',
]);
export type Provenance = z.infer<typeof Provenance>;

export const Confidence = z.enum(['high', 'medium', 'low']);
export type Confidence = z.infer<typeof Confidence>;

const httpUrl = z.url({ protocol: /^https?$/, message: 'a web address starting with https:// or http://' });

export const Source = z.object({
  /**
   * Referred to by the `source` column of each observation. The validator checks every such cell
   * against the package's source ids (src/lib/validate/portal.ts), so a source is declared here
   * once; the column needs no "enum" repeating the ids.
   */
  id: SourceId,
  /** The title as published, in the source's language: citations keep it. */
  title: z.string().min(1),
  /** An English rendering of the title, shown beside it on English pages. */
  title_en: z.string().min(1).optional(),
  /** Where the source can be read. */
  path: httpUrl,
  /** Who published it, as they name themselves. */
  publisher: z.string().min(1),
  /** An English name of the publisher, shown beside it on English pages. */
  publisher_en: z.string().min(1).optional(),
  /** The day the source was published; omitted only when the source carries no date. */
  date: IsoDate.optional(),
  provenance: Provenance,
  confidence: Confidence,
  /** What a reader must know about the figures from this source (approximate period, rounding…). */
  note: z.string().min(1).optional(),
  note_en: z.string().min(1).optional(),
  /**
   * What the source does not state exactly: "period" when it dates its figures only roughly or not
   * at all, "value" when it gives only bounds or approximations. Every row citing it must then say
   * how (period_qualifier, value_qualifier), so that no figure from it is filed as exact by mistake.
   */
  leaves_open: z.array(z.enum(OPEN_ASPECTS)).min(1).optional(),
});
export type Source = z.infer<typeof Source>;

export const Contributor = z.object({
  /** The name as the contributor writes it. */
  title: z.string().min(1),
  /** An English name, shown beside it on English pages. */
  title_en: z.string().min(1).optional(),
  path: httpUrl.optional(),
  email: z.email().optional(),
  roles: z.array(z.string().min(1)).min(1),
});
export type Contributor = z.infer<typeof Contributor>;

export const License = z
  .object({
    name: z.string().min(1).optional(),
    /** Where the licence's text can be read. A web address only: the page links to it. */
    path: httpUrl.optional(),
    title: z.string().min(1),
  })
  .refine((licence) => licence.name !== undefined || licence.path !== undefined, {
    message: 'a licence needs a "name" (e.g. "other-at") or a "path" to its text',
  });
export type License = z.infer<typeof License>;

export const Resource = z.object({
  $schema: z.literal(DATA_RESOURCE_PROFILE).optional(),
  /** For a dataset, the indicator id; unique across the portal (the message names it as staff see it). */
  name: z.string().regex(slugPattern, 'a resource name is lower-case letters, digits and hyphens').brand<'IndicatorId'>(),
  /** The CSV file, relative to the package's folder. */
  path: z.string().min(1),
  title: z.string().min(1),
  title_en: z.string().min(1),
  description: z.string().min(1),
  description_en: z.string().min(1),
  format: z.literal('csv'),
  mediatype: z.literal('text/csv'),
  encoding: z.literal('utf-8'),
  dialect: z.object({ delimiter: z.enum([',', ';', '\t']).optional(), header: z.literal(true).optional() }).optional(),
  schema: TableSchema,
  /**
   * Optional: this table holds the parts of another indicator of the same package (PCI's ten
   * sub-indices of pci-score, the DTI's three pillars): one dimension column, whose categories are
   * the parts. Pages show the whole and its parts side by side.
   */
  parts_of: z.string().regex(slugPattern).optional(),
});
export type Resource = z.infer<typeof Resource>;

export const DataPackage = z.object({
  $schema: z.literal(DATA_PACKAGE_PROFILE),
  name: DatasetId,
  title: z.string().min(1),
  title_en: z.string().min(1),
  description: z.string().min(1),
  description_en: z.string().min(1),
  /** Semantic version of the package: raise it with every published change. */
  version: z.string().regex(/^\d+\.\d+\.\d+$/, 'a version is written MAJOR.MINOR.PATCH, e.g. "1.0.0"'),
  created: z.iso.datetime({ offset: true }).optional(),
  keywords: z.array(z.string().min(1)).min(1),
  contributors: z
    .array(Contributor)
    .min(1)
    .refine((people) => people.some((c) => c.roles.includes('publisher')), {
      message: 'one contributor must have the role "publisher"',
    }),
  licenses: z.array(License).min(1),
  sources: z.array(Source).min(1),
  /** The resolution's pillars this package informs, ids from data/reference/pillars.csv. */
  pillars: z.array(PillarId).min(1),
  resources: z.array(Resource).min(1),
});
export type DataPackage = z.infer<typeof DataPackage>;
