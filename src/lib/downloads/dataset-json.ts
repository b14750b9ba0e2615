/**
 * A dataset as one JSON file: its metadata, and each table's rows typed by its Table Schema
 * (numbers as numbers, a declared missing value as null), for readers who script rather than
 * spreadsheet.
 */
import type { Dataset } from '../contract/portal-types.ts';
import type { LastUpdated } from './dataset-history.ts';

export interface DatasetJsonOptions {
  /** When the data last changed and how that is known. */
  lastUpdated?: LastUpdated | null;
  /** The dataset's page. */
  pageUrl?: string;
}

/** The JSON document, as text ending with a line break. */
export function datasetJson(dataset: Dataset, options: DatasetJsonOptions = {}): string {
  const { resources, $schema: _profile, ...metadata } = dataset.descriptor;
  const document = {
    ...metadata,
    ...(options.pageUrl === undefined ? {} : { homepage: options.pageUrl }),
    ...(options.lastUpdated ? { lastUpdated: options.lastUpdated.date, lastUpdatedFrom: options.lastUpdated.basis } : {}),
    resources: dataset.indicators.map(({ resource, rows }) => {
      const { format: _format, mediatype: _mediatype, encoding: _encoding, dialect: _dialect, $schema: _r, ...described } = resource;
      // Every field present in every row, in the schema's order, so that a missing cell is an explicit null.
      const fields = resource.schema.fields.map((f) => f.name);
      return { ...described, rows: rows.map((row) => Object.fromEntries(fields.map((name) => [name, row[name] ?? null]))) };
    }),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
