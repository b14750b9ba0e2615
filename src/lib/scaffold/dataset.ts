/**
 * The files of a new dataset folder, from the answers: datapackage.json, written the way the
 * portal's own datasets are, and the indicator's CSV with its header only. No figure is written:
 * the staff member adds the rows from the source.
 */
import { DATA_PACKAGE_PROFILE } from '../contract/data-package.ts';
import { NOTE_COLUMNS, PERIOD_QUALIFIER_COLUMN, VALUE_QUALIFIER_COLUMN, type OpenAspect } from '../contract/observation.ts';
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

/** What the source does not state exactly, from the answers: its "leaves_open". */
export function openAspects(answers: Answers): OpenAspect[] {
  const open: OpenAspect[] = [];
  if (answers['source-states-period'] === 'no') open.push('period');
  if (answers['source-exact-figures'] === 'no') open.push('value');
  return open;
}

/**
 * The columns that say how exactly the source dates or states a figure, and a note on it, worded as
 * the portal's datasets word them. Their codes are the contract's (src/lib/contract/observation.ts),
 * so the fields declare none.
 */
const PERIOD_QUALIFIER_FIELD = {
  name: PERIOD_QUALIFIER_COLUMN,
  type: 'string',
  title: 'Mức chính xác của kỳ',
  title_en: 'How exact the period is',
  description: 'Mức chính xác của kỳ số liệu theo lời nguồn; để trống khi nguồn nêu rõ kỳ.',
  description_en: 'How exactly the source dates the figure; empty when it states the period plainly.',
};
const VALUE_QUALIFIER_FIELD = {
  name: VALUE_QUALIFIER_COLUMN,
  type: 'string',
  title: 'Mức chính xác của số',
  title_en: 'How exact the value is',
  description: 'Cách nguồn nêu con số (trên, dưới, khoảng); để trống khi nguồn nêu số chính xác.',
  description_en: 'How the source states the figure (over, under, about); empty when it states it plainly.',
};
const [NOTE, NOTE_EN] = NOTE_COLUMNS;
const NOTE_FIELDS = [
  { name: NOTE, type: 'string', title: 'Ghi chú', title_en: 'Note (Vietnamese)', description: 'Ghi chú về con số này, nơi lời của nguồn quan trọng.', description_en: 'A note on this figure, where the source\'s wording matters.' },
  { name: NOTE_EN, type: 'string', title: 'Ghi chú (tiếng Anh)', title_en: 'Note', description: 'Ghi chú bằng tiếng Anh.', description_en: 'The note in English.' },
];

/**
 * The indicator table's fields, in the CSV's column order. A source that leaves its period or
 * value open gets the qualifier column each row must fill (period_qualifier beside period,
 * value_qualifier beside value) and the note columns, for the source's own words.
 */
export function indicatorFields(answers: Answers, facts: PortalFacts) {
  const open = openAspects(answers);
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
    ...(open.includes('period') ? [PERIOD_QUALIFIER_FIELD] : []),
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
    ...(open.length ? NOTE_FIELDS : []),
    ...(open.includes('value') ? [VALUE_QUALIFIER_FIELD] : []),
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
    ...(answers['source-note'] ? { note: answers['source-note'] } : {}),
    ...(answers['source-note-en'] ? { note_en: answers['source-note-en'] } : {}),
    ...(openAspects(answers).length ? { leaves_open: openAspects(answers) } : {}),
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
