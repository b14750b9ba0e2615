// The columns that say how exactly a source states a figure: value_qualifier, period_qualifier,
// note and note_en (src/lib/contract/observation.ts), checked as path:line:column like every cell.
import { describe, expect, it } from 'vitest';
import { validatePortal } from '../../src/lib/validate/portal.ts';
import { formatProblem } from '../../src/lib/validate/problems.ts';
import { fixtureFiles, SAMPLE_CSV, SAMPLE_PACKAGE, TODAY } from '../support/fixture-files.ts';

const text = (path: string) => new TextDecoder().decode(fixtureFiles().read(path));

/** The sample package with the four columns declared, and a second source that states no exact period. */
function qualifiedPackage(change: (pkg: any) => void = () => {}): string {
  const pkg = JSON.parse(text(SAMPLE_PACKAGE));
  const fields = pkg.resources[0].schema.fields;
  const column = (name: string, title: string) => ({ name, type: 'string', title, title_en: title });
  // period, period_qualifier, area, channel, source, note, note_en, value_qualifier, value
  fields.splice(1, 0, column('period_qualifier', 'Kỳ: mức chính xác'));
  fields.splice(fields.length - 1, 0, column('note', 'Ghi chú'), column('note_en', 'Note'), column('value_qualifier', 'Giá trị: mức chính xác'));
  pkg.sources.push({ ...pkg.sources[0], id: 'vague-source', leaves_open: ['period'] });
  change(pkg);
  return JSON.stringify(pkg, null, 2);
}

const HEADER = 'period,period_qualifier,area,channel,source,note,note_en,value_qualifier,value';

/** Validates the portal with the qualified package and this CSV body (after the header). */
function validate(body: string, pkg = qualifiedPackage()) {
  return validatePortal(fixtureFiles({}, { [SAMPLE_PACKAGE]: pkg, [SAMPLE_CSV]: `${HEADER}\n${body}` }), TODAY);
}
const problems = (body: string, pkg?: string) => validate(body, pkg).problems.map(formatProblem);

describe('qualifier columns', () => {
  it('accept a lower bound, an approximate period, a period not stated and a note in each language', () => {
    const result = validate(
      [
        '2023,about,90,web,vague-source,,,,47',
        '2026-Q1,,91,app,test-source,"nguồn ghi ""hơn 13.600""","the source says “over 13,600”",over,65',
        '2024-01-15,not-stated,90,app,vague-source,,,about,12.5',
      ].join('\n') + '\n',
    );
    expect(result.problems.map(formatProblem)).toEqual([]);
    const rows = result.portal!.datasets[0]!.indicators[0]!.rows;
    expect(rows.map((r) => [r.period_qualifier, r.value_qualifier])).toEqual([['about', null], [null, 'over'], ['not-stated', 'about']]);
  });

  it('refuse an unknown code, naming the codes there are', () => {
    expect(problems('2023,roughly,90,web,test-source,,,hon,47\n')).toEqual([
      `${SAMPLE_CSV}:2:6: period_qualifier "roughly" is not a qualifier: use "about", "not-stated" ("about" for "khoảng năm 2023", "not-stated" when the source names no period), or leave it empty when the period is exact`,
      `${SAMPLE_CSV}:2:35: value_qualifier "hon" is not a qualifier: use "over", "under", "about" ("over" for "hơn"/"trên", "under" for "dưới", "about" for "khoảng"), or leave it empty when the source gives the value plainly`,
    ]);
  });

  it('refuse a bound on a missing value', () => {
    expect(problems('2023,,90,web,test-source,,,over,\n').join('\n')).toContain(`${SAMPLE_CSV}:2:28: value_qualifier is "over" but the value is missing`);
  });

  it('want the day of publication, not a guessed period, when the period is not stated', () => {
    expect(problems('2023,not-stated,90,web,test-source,,,,47\n').join('\n')).toContain(
      `${SAMPLE_CSV}:2:1: period_qualifier is "not-stated", so period must be the day the source published the figure (YYYY-MM-DD, e.g. 2023-12-30), not "2023"`,
    );
  });

  it('report a row citing a source that leaves its period open without saying how its period is known', () => {
    expect(problems('2023,,90,web,vague-source,,,,47\n')).toEqual([
      `${SAMPLE_CSV}:2:6: source "vague-source" does not state an exact period ("leaves_open" names "period"), so this row must say how its period is known: set period_qualifier to "about" or "not-stated"`,
    ]);
  });

  it('point at the period when the table has no period_qualifier column to fill', () => {
    const pkg = JSON.parse(text(SAMPLE_PACKAGE));
    pkg.sources[0].leaves_open = ['period'];
    const found = validatePortal(fixtureFiles({}, { [SAMPLE_PACKAGE]: JSON.stringify(pkg, null, 2) }), TODAY).problems.map(formatProblem);
    expect(found[0]).toBe(
      `${SAMPLE_CSV}:2:1: source "test-source" does not state an exact period ("leaves_open" names "period"), so this row must say how its period is known: add a period_qualifier column and set it to "about" or "not-stated"`,
    );
  });

  it('report a value from a source that gives only bounds, when the row does not say which', () => {
    const pkg = qualifiedPackage((p) => (p.sources[0].leaves_open = ['value']));
    expect(problems('2023,,90,web,test-source,,,,47\n', pkg)).toEqual([
      `${SAMPLE_CSV}:2:28: source "test-source" gives only bounds or approximate values ("leaves_open" names "value"), so this row must say which: set value_qualifier to "over", "under" or "about"`,
    ]);
  });

  it('want the columns declared as text and kept out of the primary key', () => {
    const pkg = qualifiedPackage((p) => {
      const schema = p.resources[0].schema;
      schema.fields.find((f: { name: string }) => f.name === 'value_qualifier').type = 'integer';
      schema.primaryKey.push('period_qualifier');
    });
    const found = problems('2023,about,90,web,test-source,,,,47\n', pkg).join('\n');
    expect(found).toMatch(/the "value_qualifier" field has type "integer"; it holds words, so its type is "string"/);
    expect(found).toMatch(/"period_qualifier" is in the primary key, but it only describes a figure: remove it from "primaryKey"/);
  });
});
