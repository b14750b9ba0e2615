/**
 * Messages for the two mistakes staff make most in the columns every table shares, in place of the
 * schema's generic ones ("does not match the pattern ^(\d{2,5}|VN)$", "allows only …"), which say
 * what is wrong only to someone who reads regular expressions:
 * - an area written as its name ("Quảng Trị") instead of its code: say it is a name, and give the
 *   code(s) that name had in the row's period, and where codes are listed;
 * - a source id outside the "enum" of a table that lists the sources it may cite: the nearest ids,
 *   and the two places of datapackage.json where a new source then goes. A table without that enum
 *   (as new-dataset writes them) may cite any of the package's "sources"; portal.ts checks those.
 */
import type { Resource } from '../contract/data-package.ts';
import type { Area } from '../contract/reference.ts';
import type { Field } from '../contract/table-schema.ts';
import { formatDate } from '../format.ts';
import { overlaps, parsePeriod } from '../period.ts';
import { foldForSearch } from '../text/fold.ts';
import { didYouMean, editDistance } from '../text/near.ts';
import { quote } from './problems.ts';

export interface CellContext {
  field: Field;
  text: string;
  /** The row's cells as written, by column name (the period, to find which area a name meant then). */
  row: Readonly<Record<string, string>>;
  resource: Resource;
  descriptorPath: string;
  /** The ids of the package's "sources". */
  packageSources: readonly string[];
}

/** A better message for a refused cell, or null to keep the schema's own. */
export type CellExplainer = (cell: CellContext) => string | null;

/** A place's name without the word for its level or a note in brackets: "Tỉnh Quảng Trị (trước 01/07/2025)" → "quang tri". */
export const bareName = (name: string): string =>
  foldForSearch(name.replace(/\(.*?\)/g, ''))
    .replace(/^(tinh|thanh pho|tp\.?|huyen|thi xa|quan|xa|phuong|thi tran)\s+/, '')
    .trim();

const span = (area: Area) => `${formatDate(area.valid_from, 'en')} to ${area.valid_to ? formatDate(area.valid_to, 'en') : 'today'}`;

/** An area written by name: the codes that name has had, those of the row's period first. */
export function areaNameMessage(text: string, periodText: string | undefined, areas: readonly Area[], areasFile: string): string | null {
  if (areas.some((a) => a.code === text)) return null;
  // Excel reads "01" or "00004" as a number when it opens a CSV, and writes it back without its zeros.
  if (/^\d+$/.test(text)) {
    const zeroLost = areas.filter((a) => a.code !== text && /^0/.test(a.code) && a.code.replace(/^0+/, '') === text.replace(/^0+/, ''));
    const period = periodText === undefined ? null : parsePeriod(periodText);
    const then = period ? zeroLost.filter((a) => overlaps(period, { start: a.valid_from, end: a.valid_to })) : [];
    const named = [...new Map((then.length ? then : zeroLost).map((a) => [a.code, a])).values()];
    if (named.length > 0) {
      const codes = named.map((a) => `"${a.code}" (${a.name})`).join(' or ');
      return `column "area" holds "${text}": ${named.length > 1 ? 'a code' : 'the code'} ${codes} without its leading zeros, as Excel writes it after opening a CSV: write the code in full (and see the staff guide, section 6, on saving from Excel)`;
    }
  }
  const wanted = bareName(text);
  if (wanted === '') return null;
  const named = areas.filter((a) => bareName(a.name) === wanted || bareName(a.name_en) === wanted);
  const close = named.length ? named : areas.filter((a) => editDistance(bareName(a.name), wanted) <= 1);
  if (close.length === 0) return null;
  const period = periodText === undefined ? null : parsePeriod(periodText);
  const then = period ? close.filter((a) => overlaps(period, { start: a.valid_from, end: a.valid_to })) : [];
  const listed = (list: readonly Area[], withSpan: boolean) => list.map((a) => `"${a.code}" (${a.name}${withSpan ? `, ${span(a)}` : ''})`).join(' or ');
  const codes = then.length ? `for ${periodText} that is ${listed(then, false)}` : `its codes are ${listed(close, true)}`;
  return `column "area" holds ${quote(text)}, a place's name, not its code: write the code listed in ${areasFile}; ${codes}`;
}

/** A source id outside the table's own enum of sources: the nearest, and where a new source is declared. */
function sourceMessage(cell: CellContext): string | null {
  const allowed = (cell.field.constraints?.enum ?? []).map(String);
  if (allowed.length === 0 || allowed.includes(cell.text)) return null;
  const near = didYouMean(cell.text, [...allowed, ...cell.packageSources]);
  if (cell.packageSources.includes(cell.text)) {
    return `column "source" holds ${quote(cell.text)}, which is in the "sources" of ${cell.descriptorPath} but not in the list of sources this table may cite: add "${cell.text}" to the "enum" of the "source" field of resource "${cell.resource.name}" in the same file`;
  }
  return `column "source" holds ${quote(cell.text)}, which is not a source of this table${near}: if it is a new source, declare it in ${cell.descriptorPath}, once in "sources" (its id, title, path, publisher and date) and once in the "enum" of the "source" field of resource "${cell.resource.name}"`;
}

export function reservedCellExplainer(areas: readonly Area[] | null, areasFile: string): CellExplainer {
  return (cell) => {
    if (cell.field.name === 'area' && areas) return areaNameMessage(cell.text, cell.row['period'], areas, areasFile);
    if (cell.field.name === 'source') return sourceMessage(cell);
    return null;
  };
}
