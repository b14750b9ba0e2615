/**
 * The files of a new dataset folder, from the answers: datapackage.json, written the way the
 * portal's own datasets are, and the indicator's CSV with its header only. No figure is written:
 * the staff member adds the rows from the source.
 */
import { DATA_PACKAGE_PROFILE } from '../contract/data-package.ts';
import type { FieldConstraints, FieldType } from '../contract/table-schema.ts';
import { DATASETS_DIR } from '../validate/portal.ts';
import type { Answers } from './questions.ts';
import type { PortalFacts } from './portal-facts.ts';

export interface NewFile {
  /** Repository-relative, forward slashes. */
  path: string;
  text: string;
}

/** The licence every dataset of the portal is published under. */
export const PORTAL_LICENCE = { name: 'other-at', title: 'Tự do sử dụng, ghi rõ nguồn (Free reuse with attribution)' };

interface ValueShape {
  type: FieldType;
  title: string;
  title_en: string;
  constraints?: FieldConstraints;
}

/** The type, bounds and column title of the value for each unit, as the portal's datasets have them. */
const VALUE_BY_UNIT: Record<string, ValueShape> = {
  percent: { type: 'number', title: 'Tỷ lệ', title_en: 'Share', constraints: { minimum: 0, maximum: 100 } },
  rank: { type: 'integer', title: 'Thứ hạng', title_en: 'Rank', constraints: { minimum: 1 } },
  count: { type: 'integer', title: 'Số lượng', title_en: 'Number', constraints: { minimum: 0 } },
  'index-points': { type: 'number', title: 'Điểm', title_en: 'Score', constraints: { minimum: 0 } },
};

const capitalise = (text: string) => text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);

/** A unit the table above does not know gets a plain number column titled with the unit's name. */
function valueField(unit: string, facts: PortalFacts) {
  const named = facts.units.find((u) => u.id === unit);
  const shape: ValueShape = VALUE_BY_UNIT[unit] ?? { type: 'number', title: capitalise(named?.name ?? unit), title_en: capitalise(named?.name_en ?? unit) };
  return { name: 'value', type: shape.type, title: shape.title, title_en: shape.title_en, unit, ...(shape.constraints ? { constraints: shape.constraints } : {}) };
}

/** The indicator table's fields, in the CSV's column order. */
export function indicatorFields(answers: Answers, facts: PortalFacts) {
  return [
    {
      name: 'period',
      type: 'string',
      title: 'Kỳ số liệu',
      title_en: 'Period',
      description: 'YYYY là cả năm; YYYY-Qn là một quý; YYYY-MM là một tháng; YYYY-MM-DD là số liệu tính đến ngày đó.',
      description_en: 'YYYY is a whole year; YYYY-Qn is a quarter; YYYY-MM is a month; YYYY-MM-DD is a figure as of that day.',
      constraints: { required: true, pattern: '^\\d{4}(-Q[1-4]|-\\d{2}(-\\d{2})?)?$' },
    },
    {
      name: 'area',
      type: 'string',
      title: 'Địa bàn',
      title_en: 'Area',
      description: 'Mã địa bàn trong data/reference/areas.csv.',
      description_en: 'Area code from data/reference/areas.csv.',
      constraints: { required: true, pattern: '^\\d{2,5}$' },
    },
    {
      name: 'source',
      type: 'string',
      title: 'Nguồn',
      title_en: 'Source',
      description: 'Mã nguồn, tra trong mục sources của gói dữ liệu này.',
      description_en: 'Source id, listed under sources in this data package.',
      // No "enum" of ids: the validator checks each cell against the package's "sources", so a
      // second source is declared in one place only.
      constraints: { required: true },
    },
    valueField(answers.unit, facts),
  ];
}

/** `now` stamps the package's "created". */
export function newDatasetFiles(answers: Answers, facts: PortalFacts, now: Date): NewFile[] {
  const dir = `${DATASETS_DIR}/${answers.id}`;
  const csv = `${answers.indicator}.csv`;
  const schemaFields = indicatorFields(answers, facts);
  const resource = {
    name: answers.indicator,
    path: csv,
    title: answers['indicator-title'],
    title_en: answers['indicator-title-en'],
    description: answers['indicator-description'],
    description_en: answers['indicator-description-en'],
    format: 'csv',
    mediatype: 'text/csv',
    encoding: 'utf-8',
    schema: {
      fields: schemaFields,
      primaryKey: ['period', 'area'],
      missingValues: [{ value: '', label: 'Không có số liệu công bố', label_en: 'No published figure' }],
    },
  };
  const source = {
    id: answers['source-id'],
    title: answers['source-title'],
    path: answers['source-url'],
    publisher: answers['source-publisher'],
    ...(answers['source-date'] ? { date: answers['source-date'] } : {}),
    provenance: answers.provenance,
    confidence: answers.confidence,
  };
  const descriptor = {
    $schema: DATA_PACKAGE_PROFILE,
    name: answers.id,
    title: answers.title,
    title_en: answers['title-en'],
    description: answers.description,
    description_en: answers['description-en'],
    version: '1.0.0',
    created: `${now.toISOString().slice(0, 19)}Z`,
    keywords: answers.keywords.split(',').map((k) => k.trim()).filter((k) => k !== ''),
    contributors: [{ title: answers.publisher, roles: ['publisher'] }],
    licenses: [PORTAL_LICENCE],
    sources: [source],
    pillars: [answers.pillar],
    resources: [resource],
  };
  return [
    { path: `${dir}/datapackage.json`, text: `${JSON.stringify(descriptor, null, 2)}\n` },
    { path: `${dir}/${csv}`, text: `${schemaFields.map((f) => f.name).join(',')}\n` },
  ];
}
