import { describe, expect, it } from 'vitest';
import type { Field } from '../src/lib/contract/table-schema.ts';
import { typeCell } from '../src/lib/validate/cells.ts';

const field = (type: Field['type'], extra: Partial<Field> = {}): Field => ({ name: 'x', type, title: 'x', title_en: 'x', ...extra });
const missing = [{ value: '', label: 'Không có', label_en: 'None' }];
const message = (result: ReturnType<typeof typeCell>) => (result.ok ? '' : result.message);

describe('typeCell', () => {
  it('reads numbers written with a dot, and integers', () => {
    expect(typeCell('7.09', field('number'), missing)).toEqual({ ok: true, value: 7.09 });
    expect(typeCell('-3', field('integer'), missing)).toEqual({ ok: true, value: -3 });
  });

  it('turns a declared missing value into null, unless the column is required', () => {
    expect(typeCell('', field('number'), missing)).toEqual({ ok: true, value: null });
    expect(message(typeCell('', field('number', { constraints: { required: true } }), missing))).toMatch(/is required/);
  });

  it('refuses an empty cell when no missing value is declared', () => {
    expect(message(typeCell('', field('number'), []))).toMatch(/not a declared missing value \(declared: none\)/);
  });

  it('explains a Vietnamese thousands separator in a whole number', () => {
    expect(message(typeCell('1.830', field('integer'), missing))).toMatch(/without a thousands separator \(1830\)/);
  });

  it('asks whether "13,600" holds a thousands separator or a decimal comma', () => {
    expect(message(typeCell('13,600', field('number'), missing))).toMatch(/write 13600 if the comma separates thousands, 13\.600 if it is a decimal comma/);
    expect(message(typeCell('7,09', field('number'), missing))).toMatch(/use a dot as the decimal separator \(7\.09\)/);
  });

  it('asks for a bare number instead of "over 90"', () => {
    expect(message(typeCell('>90', field('number'), missing))).toMatch(/write the number alone/);
  });

  it('refuses decimals in a whole-number column and says how to allow them', () => {
    expect(message(typeCell('4.5', field('integer'), missing))).toMatch(/whole numbers only/);
  });

  it('suggests the ISO form of a date written day/month/year', () => {
    expect(message(typeCell('4/11/2021', field('date'), missing))).toMatch(/write 2021-11-04 if this is day\/month\/year/);
  });

  it('refuses a day that does not exist', () => {
    expect(message(typeCell('2025-02-30', field('date'), missing))).toMatch(/this day does not exist/);
  });

  it('reads years, months and booleans', () => {
    expect(typeCell('2023', field('year'), missing)).toEqual({ ok: true, value: 2023 });
    expect(typeCell('2025-08', field('yearmonth'), missing)).toEqual({ ok: true, value: '2025-08' });
    expect(typeCell('true', field('boolean'), missing)).toEqual({ ok: true, value: true });
    expect(message(typeCell('có', field('boolean'), missing))).toMatch(/expects true or false/);
  });

  it('checks minimum, length and pattern constraints', () => {
    expect(message(typeCell('-1', field('number', { constraints: { minimum: 0 } }), missing))).toMatch(/below its minimum 0/);
    expect(message(typeCell('abcd', field('string', { constraints: { maxLength: 3 } }), missing))).toMatch(/longer than its maximum length 3/);
    expect(message(typeCell('45a', field('string', { constraints: { pattern: '\\d+' } }), missing))).toMatch(/does not match the pattern/);
  });
});
