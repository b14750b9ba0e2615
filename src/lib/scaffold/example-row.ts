/**
 * The example row new-dataset prints under "Next": a row in the new CSV's shape, dated like the
 * source and with the province's area code of that date, that the validator accepts as it stands,
 * and what each of its cells says, so staff copy a row that fits their source, not a made-up year.
 */
import type { Area } from '../contract/reference.ts';
import { PERIOD_QUALIFIER_COLUMN, VALUE_QUALIFIER_COLUMN } from '../contract/observation.ts';
import { overlaps, parsePeriod, type Period } from '../period.ts';
import { indicatorFields, openAspects } from './dataset.ts';
import type { PortalFacts } from './portal-facts.ts';
import type { Answers } from './questions.ts';

/** Where the example sits in time: a period holding `day`, and the province's record that covers it. */
export interface ExamplePlace {
  period: Period;
  area: Area | undefined;
  /** True when the year of `day` was not used because the province's code changed during it. */
  narrowed: boolean;
}

/**
 * The year of `day`, or, when the province's area code changed during that year, the widest of
 * its quarter, month or the day itself during which one code held: a code names one area only
 * within its record's validity (data/reference/areas.csv), so 2025 has no single code for the
 * province (45 until 30 June, 44 from 1 July) and a figure dated 2025-03-10 is filed as 2025-Q1, 45.
 */
export function examplePlace(province: readonly Area[], day: string): ExamplePlace {
  const onDay = { start: day, end: day };
  const validity = (a: Area) => ({ start: a.valid_from, end: a.valid_to });
  // Before the first record, the first; otherwise the one valid that day, or the latest.
  const area = province.find((a) => overlaps(onDay, validity(a))) ?? (province[0] && day < province[0].valid_from ? province[0] : province.at(-1));
  const year = day.slice(0, 4);
  const quarter = Math.ceil(Number(day.slice(5, 7)) / 3);
  const periods = [year, `${year}-Q${quarter}`, day.slice(0, 7), day].map((text) => parsePeriod(text)!);
  const within = (p: Period) => area === undefined || (p.start >= area.valid_from && (area.valid_to === null || p.end <= area.valid_to));
  const period = periods.find(within) ?? periods.at(-1)!;
  return { period, area, narrowed: period !== periods[0] };
}

export interface ExampleRow {
  /** The row as it goes in the CSV. */
  line: string;
  /** Each column with what its example cell says and how to fill it, in column order. */
  columns: { name: string; text: string }[];
}

/** `today` (YYYY-MM-DD) dates the example when the source has no date. */
export function exampleRow(answers: Answers, facts: PortalFacts, today: string): ExampleRow {
  const dated = answers['source-date'] !== '';
  const day = dated ? answers['source-date'] : today;
  const open = openAspects(answers);
  const place = examplePlace(facts.province, day);
  const fields = indicatorFields(answers, facts);
  const integer = fields.at(-1)!.type === 'integer';
  const kind = place.period.kind;
  const changed = place.narrowed ? `, as the province's code changed in ${day.slice(0, 4)}` : '';
  const periodWhy = dated ? `the ${kind} of the source's date (${day})${changed}` : `the source has no date, so today's ${kind} (${today})${changed}`;

  const cells = new Map<string, { cell: string; text: string }>();
  if (!open.includes('period')) {
    cells.set('period', { cell: place.period.text, text: `${place.period.text}: ${periodWhy}; write the figure's own period: 2025, 2026-Q1, 2025-08 or 2025-08-25` });
  } else if (dated) {
    // A period the source does not state is never guessed: the row is filed on the day it was published.
    cells.set('period', { cell: day, text: `${day}: the day the source was published, as it names no period` });
    cells.set(PERIOD_QUALIFIER_COLUMN, { cell: 'not-stated', text: 'not-stated: the source names no period, so period is its day; "about" for a rough one (khoảng năm 2023: 2023)' });
  } else {
    cells.set('period', { cell: place.period.text, text: `${place.period.text}: ${periodWhy}; write the period the source roughly gives` });
    cells.set(PERIOD_QUALIFIER_COLUMN, { cell: 'about', text: 'about: the source gives the period roughly (khoảng năm 2023: 2023); a dated source naming none: its day, "not-stated"' });
  }
  const area = place.area;
  cells.set('area', {
    cell: area?.code ?? '',
    text: area ? `${area.code}: ${area.name_en}, the province's code then (codes: data/reference/areas.csv)` : 'the area\'s code from data/reference/areas.csv',
  });
  cells.set('source', { cell: answers['source-id'], text: `${answers['source-id']}: the source's id; another source: add it to "sources" in datapackage.json, cite its id` });
  if (open.length) {
    cells.set('note', { cell: '', text: 'may stay empty: the source\'s wording, where it matters (a cell with a comma goes in "double quotes")' });
    cells.set('note_en', { cell: '', text: 'may stay empty: the note in English' });
  }
  if (open.includes('value')) {
    cells.set(VALUE_QUALIFIER_COLUMN, { cell: 'over', text: 'over for "hơn" or "trên", under for "dưới", about for "khoảng"' });
  }
  const value = integer ? '12' : '12.5';
  cells.set('value', { cell: value, text: `the bare number${integer ? '' : ', a dot before decimals'}, no unit or % sign` });

  return {
    line: fields.map((f) => cells.get(f.name)?.cell ?? '').join(','),
    columns: fields.map((f) => ({ name: f.name, text: cells.get(f.name)?.text ?? '' })),
  };
}
