/**
 * Typing one CSV cell by its Table Schema field, with a message a person can act on when it fails.
 * The messages anticipate what Excel and Vietnamese habits put in cells: decimal commas, thousands
 * separators, a % sign, dates written dd/mm/yyyy, spaces around the value.
 */
import type { Field, MissingValue } from '../contract/table-schema.ts';
import { isIsoDate } from '../period.ts';
import { quote } from './problems.ts';
import { hiddenDifference, unseenCharacterMessage } from './unseen-characters.ts';
import { didYouMean } from '../text/near.ts';
import type { CellValue } from '../contract/portal-types.ts';

export type CellResult = { ok: true; value: CellValue } | { ok: false; message: string };

const fail = (message: string): CellResult => ({ ok: false, message });

/** Types a cell; missing values declared in the schema become null. */
export function typeCell(text: string, field: Field, missingValues: readonly MissingValue[]): CellResult {
  const column = `column "${field.name}"`;
  const unseen = unseenCharacterMessage(text);
  if (unseen !== null) return fail(`${column} ${unseen}`);
  if (text !== text.trim()) {
    return fail(`${column} holds ${quote(text)} with spaces around it: remove the spaces`);
  }
  if (missingValues.some((m) => m.value === text)) {
    if (field.constraints?.required) {
      return fail(`${column} is required but holds ${quote(text)} (a missing value): fill it in`);
    }
    return { ok: true, value: null };
  }
  if (text === '') {
    const declared = missingValues.map((m) => quote(m.value)).join(', ') || 'none';
    return fail(`${column} is empty, but an empty cell is not a declared missing value (declared: ${declared}): fill it in, or declare "" in the schema's missingValues with a label saying what it means`);
  }
  const typed = parseByType(text, field);
  const checked = typed.ok ? checkConstraints(typed.value, text, field) : typed;
  // A refusal of what looks right in an editor says what the editor does not show.
  return checked.ok ? checked : { ok: false, message: checked.message + hiddenDifference(text) };
}

function parseByType(text: string, field: Field): CellResult {
  const column = `column "${field.name}"`;
  switch (field.type) {
    case 'string':
      return { ok: true, value: text };
    case 'integer':
    case 'number': {
      const pattern = field.type === 'integer' ? /^-?\d+$/ : /^-?(\d+(\.\d+)?|\.\d+)([eE][+-]?\d+)?$/;
      if (pattern.test(text)) {
        const value = Number(text);
        if (Number.isFinite(value) && (field.type === 'number' || Number.isSafeInteger(value))) return { ok: true, value };
        return fail(`${column} holds ${quote(text)}, which is too large to be a number: check the cell`);
      }
      return fail(`${column} expects ${field.type === 'integer' ? 'a whole number' : 'a number'} but holds ${quote(text)}${numberHint(text, field.type)}`);
    }
    case 'boolean':
      if (text === 'true' || text === 'false') return { ok: true, value: text === 'true' };
      return fail(`${column} expects true or false but holds ${quote(text)}`);
    case 'date':
      if (isIsoDate(text)) return { ok: true, value: text };
      return fail(`${column} expects a date written YYYY-MM-DD (e.g. 2025-07-01) but holds ${quote(text)}${dateHint(text)}`);
    case 'year':
      if (/^\d{4}$/.test(text)) return { ok: true, value: Number(text) };
      return fail(`${column} expects a year written YYYY (e.g. 2023) but holds ${quote(text)}`);
    case 'yearmonth':
      if (/^\d{4}-(0[1-9]|1[0-2])$/.test(text)) return { ok: true, value: text };
      return fail(`${column} expects a month written YYYY-MM (e.g. 2025-08) but holds ${quote(text)}`);
  }
}

function numberHint(text: string, type: 'integer' | 'number'): string {
  if (/%$/.test(text)) return ': write the bare number (the unit belongs in datapackage.json, not in the cell)';
  if (/^-?\d{1,3}(\.\d{3})+$/.test(text) && type === 'integer') {
    return `: write whole numbers without a thousands separator (${text.replace(/\./g, '')})`;
  }
  if (/^-?\d{1,3}(,\d{3})+$/.test(text)) {
    // "13,600" is thirteen thousand six hundred in English and thirteen point six in Vietnamese.
    return `: write ${text.replace(/,/g, '')} if the comma separates thousands, ${text.replace(',', '.')} if it is a decimal comma (numbers use a dot for decimals and no thousands separator)`;
  }
  if (/^-?\d+,\d+$/.test(text)) return `: use a dot as the decimal separator (${text.replace(',', '.')})`;
  if (/^-?\d{1,3}(,\d{3})+(\.\d+)?$/.test(text)) return `: write numbers without a thousands separator (${text.replace(/,/g, '')})`;
  if (type === 'integer' && /^-?\d+\.\d+$/.test(text)) return ': this column holds whole numbers only (if decimals are right, change its type to "number")';
  if (/^(nan|inf|-?infinity)$/i.test(text)) return ': only finite numbers are allowed; leave the cell to a declared missing value if there is no figure';
  if (/^[<>≈~]|^(over|trên|khoảng)\s/i.test(text)) return ': write the number alone and explain "over" or "about" in the source\'s note';
  return '';
}

function dateHint(text: string): string {
  const m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  if (m) return `: write ${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')} if this is day/month/year`;
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return ': this day does not exist in that month';
  return '';
}

function checkConstraints(value: CellValue, text: string, field: Field): CellResult {
  const column = `column "${field.name}"`;
  const c = field.constraints ?? {};
  const categories = field.categories?.map((k) => String(k.value));
  if (categories && !categories.includes(text)) {
    return fail(`${column} holds ${quote(text)}, which is not one of its codes${didYouMean(text, categories)} (${categories.join(', ')}): use one of them, or add the code to the field's categories`);
  }
  if (c.enum && !c.enum.map(String).includes(text)) {
    return fail(`${column} holds ${quote(text)}${didYouMean(text, c.enum.map(String))} but allows only ${c.enum.map(String).join(', ')}`);
  }
  if (c.pattern !== undefined && !new RegExp(`^(?:${c.pattern})$`, 'u').test(text)) {
    return fail(`${column} holds ${quote(text)}, which does not match the pattern ${c.pattern} declared for it`);
  }
  if (c.minLength !== undefined && text.length < c.minLength) return fail(`${column} holds ${quote(text)}, shorter than its minimum length ${c.minLength}`);
  if (c.maxLength !== undefined && text.length > c.maxLength) return fail(`${column} holds ${quote(text)}, longer than its maximum length ${c.maxLength}`);
  if (c.minimum !== undefined && compare(value, c.minimum) < 0) return fail(`${column} holds ${text}, below its minimum ${c.minimum}: check the figure`);
  if (c.maximum !== undefined && compare(value, c.maximum) > 0) return fail(`${column} holds ${text}, above its maximum ${c.maximum}: check the figure`);
  return { ok: true, value };
}

const compare = (value: CellValue, bound: number | string): number =>
  typeof value === 'number' ? value - Number(bound) : String(value).localeCompare(String(bound));
