/**
 * An indicator as pages and charts see it: one dataset resource, its rows grouped into series
 * (one line per combination of dimension codes), each series split into segments where the
 * territory changes (the old province 45 until 30 June 2025, the merged province 44 after). Built
 * from validated data; pure.
 */
import type { Resource, Source } from '../contract/data-package.ts';
import type { DatasetId, IndicatorId } from '../contract/ids.ts';
import { areaAt, isTrackedProvince, sameArea } from '../areas.ts';
import { t } from '../../i18n/translate.ts';
import type { Area, Target, Unit } from '../contract/reference.ts';
import { PERIOD_QUALIFIER_COLUMN, PERIOD_QUALIFIERS, RESERVED_COLUMNS, VALUE_QUALIFIER_COLUMN, VALUE_QUALIFIERS, type PeriodQualifier, type ValueQualifier } from '../contract/observation.ts';
import type { Category, Field } from '../contract/table-schema.ts';
import { parsePeriod, type Period } from '../period.ts';
import type { CellValue, Dataset, Row } from '../contract/portal-types.ts';

/** Text in both languages. */
export interface Localized {
  vi: string;
  en: string;
}

/** One published figure. */
export interface Observation {
  period: Period;
  /** Midpoint of the period, in ms since the epoch: where the figure sits on a time axis. */
  time: number;
  area: Area;
  /** Dimension codes other than area, e.g. { level: "commune" }. */
  dims: Record<string, string>;
  /** Null where the row declares a missing value. */
  value: number | null;
  source: Source;
  /** Attribute columns (e.g. out_of for a rank), by field name. */
  attributes: Record<string, CellValue>;
  /** How the source states the value, when not plainly: a bound or an approximation. */
  valueQualifier: ValueQualifier | null;
  /**
   * How the source dates the figure, when not exactly: "about" a period, or "not-stated" (then
   * `period` is the day the figure was published, and `time` places it there).
   */
  periodQualifier: PeriodQualifier | null;
  /** The row's note, where the source's wording matters; null when it has none. */
  note: Localized | null;
}

/** The part of a series measured on one territory. */
export interface Segment {
  area: Area;
  observations: Observation[];
}

/** One line of a chart: the observations sharing their dimension codes and territory lineage. */
export interface Series {
  /** Stable id, e.g. "level=commune" or "area=461"; "all" for an indicator without dimensions. */
  key: string;
  label: Localized;
  dims: Record<string, string>;
  /** In time order; more than one only where the territory changed (a merger). */
  segments: Segment[];
}

export interface Indicator {
  id: IndicatorId;
  datasetId: DatasetId;
  title: Localized;
  description: Localized;
  unit: Unit;
  /** A rank: 1 is best, lower is better, and the chart's axis runs downwards. */
  isRank: boolean;
  /** Dimension fields: the primary key's columns other than period and area. */
  dimensions: Field[];
  /** Columns that describe a figure without identifying it (out_of for a rank), in their order. */
  attributes: Field[];
  /** Lines of the province's own figures, its districts' and the country's (observations). */
  series: Series[];
  /** The tracked province's figures, its districts' and the whole country's, in time order. */
  observations: Observation[];
  /**
   * Other provinces' figures, in time order: context that places the province among them (a ranking,
   * the national map), never a figure of the province and never counted toward its targets.
   */
  peers: Observation[];
  /** The indicator this one holds the parts of (the resource's parts_of), or null. */
  partsOf: IndicatorId | null;
  /** Targets of the resolution this indicator measures. */
  targets: Target[];
  /** The sources its rows cite, in first-cited order. */
  sources: Source[];
  resource: Resource;
  /** The areas placed on the schematic tile map (areas.csv's tile_column and tile_row), for its grid. */
  tileAreas: Area[];
}

export interface IndicatorContext {
  areas: readonly Area[];
  units: readonly Unit[];
  targets: readonly Target[];
  /** The tracked province's records in succession (Portal.province): their series join into one line. */
  province: readonly Area[];
}


/** Midpoint of a period in ms: years sit mid-year, days on the day. */
export function periodTime(period: Period): number {
  const start = Date.parse(`${period.start}T00:00:00Z`);
  const end = Date.parse(`${period.end}T00:00:00Z`) + 86_400_000;
  return period.kind === 'day' ? start : (start + end) / 2;
}

/** A dimension code's label in both languages (the code itself when the field has no such category). */
export const categoryLabel = (field: Field, code: string): Localized => {
  const category: Category | undefined = field.categories?.find((c) => String(c.value) === code);
  return category ? { vi: category.label, en: category.label_en } : { vi: code, en: code };
};

/** A validated qualifier cell: one of the codes, or null when empty. */
const oneOf = <T extends string>(codes: readonly T[], cell: CellValue | undefined): T | null =>
  typeof cell === 'string' && (codes as readonly string[]).includes(cell) ? (cell as T) : null;

/** The row's note in both languages, each falling back to the other when only one is written. */
function noteOf(row: Row): Localized | null {
  const vi = typeof row.note === 'string' ? row.note : null;
  const en = typeof row.note_en === 'string' ? row.note_en : null;
  return vi === null && en === null ? null : { vi: vi ?? en!, en: en ?? vi! };
}

/** Builds every indicator of a dataset. */
export function datasetIndicators(dataset: Dataset, ctx: IndicatorContext): Indicator[] {
  return dataset.indicators.map(({ resource, rows }) => buildIndicator(dataset, resource, rows, ctx));
}

export function buildIndicator(dataset: Dataset, resource: Resource, rows: readonly Row[], ctx: IndicatorContext): Indicator {
  const fields = resource.schema.fields;
  const valueField = fields[fields.length - 1]!;
  const unit = ctx.units.find((u) => u.code === valueField.unit);
  if (!unit) throw new Error(`${resource.name}: unit "${valueField.unit}" is not in units.csv`);
  // Dimensions identify a figure (they are in the primary key); other columns describe it (out_of).
  const dimensions = fields.filter((f) => resource.schema.primaryKey.includes(f.name) && !RESERVED_COLUMNS.has(f.name));
  const attributes = fields.filter((f) => !RESERVED_COLUMNS.has(f.name) && !dimensions.includes(f));
  // Looked up by the rows' cells, plain strings the validator has checked.
  const sources = new Map<string, Source>(dataset.descriptor.sources.map((s) => [s.id, s]));

  const observations: Observation[] = rows.map((row) => {
    const period = parsePeriod(String(row.period));
    const lookup = period ? areaAt(ctx.areas, String(row.area), period) : null;
    const area = lookup && 'found' in lookup ? lookup.found : null;
    const source = sources.get(String(row.source));
    if (!period || !area || !source) throw new Error(`${resource.name}: a row escaped validation (${JSON.stringify(row)})`);
    const value = row.value;
    return {
      period,
      time: periodTime(period),
      area,
      dims: Object.fromEntries(dimensions.map((d) => [d.name, String(row[d.name])])),
      value: typeof value === 'number' ? value : null,
      source,
      attributes: Object.fromEntries(attributes.map((f) => [f.name, row[f.name] ?? null])),
      valueQualifier: oneOf(VALUE_QUALIFIERS, row[VALUE_QUALIFIER_COLUMN]),
      periodQualifier: oneOf(PERIOD_QUALIFIERS, row[PERIOD_QUALIFIER_COLUMN]),
      note: noteOf(row),
    };
  });
  observations.sort((a, b) => a.time - b.time);
  const isPeer = (o: Observation) => o.area.level === 'province' && !isTrackedProvince(o.area, ctx.province);
  const own = observations.filter((o) => !isPeer(o));

  const cited: Source[] = [];
  for (const o of observations) if (!cited.includes(o.source)) cited.push(o.source);

  return {
    id: resource.name,
    datasetId: dataset.id,
    title: { vi: resource.title, en: resource.title_en },
    description: { vi: resource.description, en: resource.description_en },
    unit,
    isRank: unit.code === 'rank',
    dimensions,
    attributes,
    series: groupSeries(own, dimensions, ctx.province),
    observations: own,
    peers: observations.filter(isPeer),
    partsOf: (resource.parts_of as IndicatorId | undefined) ?? null,
    targets: ctx.targets.filter((t) => t.indicator === resource.name),
    sources: cited,
    resource,
    tileAreas: ctx.areas.filter((a) => a.tile_column != null && a.tile_row != null),
  };
}

/**
 * Province-level observations of the tracked province form one lineage across a merger; any other
 * area (a district) is its own line. Within a series, consecutive observations on the same area
 * form a segment.
 */
/** An area's code, with its start date only where the indicator holds figures of another area with the same code. */
export function areaKey(area: Area, observations: readonly Observation[]): string {
  const shared = observations.some((o) => o.area.code === area.code && !sameArea(o.area, area));
  return shared ? `${area.code}@${area.valid_from}` : area.code;
}

export function groupSeries(observations: readonly Observation[], dimensions: readonly Field[], province: readonly Area[]): Series[] {
  const groups = new Map<string, Observation[]>();
  for (const o of observations) {
    // An area's key is its code, and its start too where the code names several areas over time.
    const lineage = isTrackedProvince(o.area, province) ? 'province' : `area=${areaKey(o.area, observations)}`;
    const dimKey = dimensions.map((d) => `${d.name}=${o.dims[d.name]}`).join('&');
    const key = [dimKey, lineage === 'province' ? '' : lineage].filter(Boolean).join('&') || 'all';
    groups.set(key, [...(groups.get(key) ?? []), o]);
  }
  // A dimension with one value in every row (PAPI's changes are all "compared with 2020") tells the
  // series apart from nothing: naming it on each would repeat it on every bar.
  const labelled = dimensions.filter((d) => new Set(observations.map((o) => o.dims[d.name])).size > 1);
  // The province's own series first and the country's last, whichever was published first, so the
  // province keeps the first colour on every chart (SIPAS's national average starts in 2019, the
  // province in 2022: it had taken the province's blue).
  const order = (obs: readonly Observation[]) => (isTrackedProvince(obs[0]!.area, province) ? 0 : obs[0]!.area.level === 'country' ? 2 : 1);
  const sorted = [...groups.entries()].sort(([, a], [, b]) => order(a) - order(b));
  return sorted.map(([key, obs]) => {
    const segments: Segment[] = [];
    for (const o of obs) {
      const last = segments[segments.length - 1];
      if (last && sameArea(last.area, o.area)) last.observations.push(o);
      else segments.push({ area: o.area, observations: [o] });
    }
    const first = obs[0]!;
    const dimLabels = labelled.map((d) => categoryLabel(d, first.dims[d.name]!));
    // The country's figures are averages over the provinces, as the sources give them: named so.
    const areaLabel = isTrackedProvince(first.area, province) ? null : first.area.level === 'country' ? { vi: t('vi')('chart.nationalAverage'), en: t('en')('chart.nationalAverage') } : { vi: first.area.name, en: first.area.name_en };
    const parts = [...dimLabels, ...(areaLabel ? [areaLabel] : [])];
    const label = parts.length ? { vi: parts.map((p) => p.vi).join(' · '), en: parts.map((p) => p.en).join(' · ') } : { vi: '', en: '' };
    return { key, label, dims: first.dims, segments };
  });
}

/**
 * The indicator as it stood in one period: its figures, series and sources of that period only.
 * A composite's page shows its parts for the latest year this way, light enough to sit beside the
 * composite's own chart, while the parts' own page keeps every year.
 */
export function inPeriod(indicator: Indicator, period: string): Indicator {
  const keep = (o: Observation) => o.period.text === period;
  const observations = indicator.observations.filter(keep);
  const series = indicator.series
    .map((s) => ({ ...s, segments: s.segments.map((g) => ({ ...g, observations: g.observations.filter(keep) })).filter((g) => g.observations.length > 0) }))
    .filter((s) => s.segments.length > 0);
  const sources = indicator.sources.filter((source) => observations.some((o) => o.source === source));
  return { ...indicator, observations, series, peers: indicator.peers.filter(keep), sources };
}
