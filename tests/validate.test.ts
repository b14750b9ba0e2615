import { describe, expect, it } from 'vitest';
import { validatePortal } from '../src/lib/validate/portal.ts';
import { formatProblem } from '../src/lib/validate/problems.ts';
import { reservedCellExplainer } from '../src/lib/validate/reserved-cells.ts';
import type { Field } from '../src/lib/contract/table-schema.ts';
import type { Resource } from '../src/lib/contract/data-package.ts';
import { MAX_TABLE_ROWS } from '../src/lib/validate/table.ts';
import { reportLines, REPORT_LIMIT } from '../src/lib/validate/report.ts';
import { hiddenDifference } from '../src/lib/validate/unseen-characters.ts';
import { UTF16_MESSAGE } from '../src/lib/validate/text-encoding.ts';
import { fixtureFiles, SAMPLE_CSV, SAMPLE_DIR, SAMPLE_PACKAGE, TODAY } from './support/fixture-files.ts';

const TARGETS = 'data/reference/targets.csv';
const AREAS = 'data/reference/areas.csv';
const SITE = 'data/site.json';

/** Validates the fixture portal with one file replaced, and returns the problems as printed. */
const problemsWith = (path: string, fixture: string) =>
  validatePortal(fixtureFiles({ [path]: fixture }), TODAY).problems.map(formatProblem);

/** [fixture, file it replaces, the problem expected at path:line:column, words the message must hold] */
type Case = [fixture: string, replaces: string, place: string, message: RegExp];

const csvCases: Case[] = [
  ['decimal-comma.csv', SAMPLE_CSV, '3:25', /expects a number but holds "47,5": use a dot as the decimal separator \(47\.5\)/],
  ['decimal-comma-unquoted.csv', SAMPLE_CSV, '3:28', /this row has 6 cells, the header has 5: remove the extra cells/],
  ['percent-sign-in-cell.csv', SAMPLE_CSV, '3:25', /holds "47%".*unit belongs in datapackage\.json/],
  ['not-a-number.csv', SAMPLE_CSV, '3:25', /column "value" expects a number but holds "n\/a"/],
  ['infinite-number.csv', SAMPLE_CSV, '3:25', /only finite numbers are allowed/],
  ['wrong-header-name.csv', SAMPLE_CSV, '1:28', /column "Value" that the schema does not declare \(did you mean "value"\?\)/],
  ['missing-column.csv', SAMPLE_CSV, '1:26', /the header lacks the column source/],
  ['value-not-last.csv', SAMPLE_CSV, '1:21', /columns are in the wrong order: the header must be period,area,channel,source,value/],
  ['header-with-spaces.csv', SAMPLE_CSV, '1:8', /header cell " area" has spaces around it/],
  ['row-too-short.csv', SAMPLE_CSV, '4:25', /this row has 4 cells, the header has 5: add the missing cell for value/],
  ['blank-line-between-rows.csv', SAMPLE_CSV, '4:1', /a blank line: remove it/],
  ['unclosed-quote.csv', SAMPLE_CSV, '4:10', /quoted cell is never closed/],
  ['spaces-around-cell.csv', SAMPLE_CSV, '3:6', /holds " 90" with spaces around it/],
  ['empty-required-cell.csv', SAMPLE_CSV, '3:6', /column "area" is required but holds an empty cell/],
  ['unknown-category.csv', SAMPLE_CSV, '3:9', /holds "sms", which is not one of its codes \(web, app\)/],
  ['above-maximum.csv', SAMPLE_CSV, '3:25', /holds 120, above its maximum 100/],
  ['duplicate-primary-key.csv', SAMPLE_CSV, '7:1', /repeats the primary key \(period=2022, area=90, channel=web\) of line 2/],
  ['unknown-area.csv', SAMPLE_CSV, '3:6', /area "99" is not a code in data\/reference\/areas\.csv/],
  ['area-not-valid-for-period.csv', SAMPLE_CSV, '6:9', /area "90" .* existed from 2000-01-01 to 2025-06-30, not in period 2026-Q1: for that period use "91"/],
  ['future-period.csv', SAMPLE_CSV, '3:1', /period 2031 starts after today \(2026-11-26\)/],
  ['malformed-period.csv', SAMPLE_CSV, '3:1', /period "Q1\/2023" is not a period: write a year \(2023\), a quarter \(2026-Q1\)/],
  ['period-day-month-year.csv', SAMPLE_CSV, '5:1', /period "26\/09\/2025" is not a period/],
  ['period-too-early.csv', SAMPLE_CSV, '3:1', /period 1990 is before 2000/],
  ['unknown-source.csv', SAMPLE_CSV, '3:13', /source "baochi" is not an id in the "sources" of data\/datasets\/sample-services\/datapackage\.json \(ids: test-source\)/],
  ['semicolon-delimiter.csv', SAMPLE_CSV, '1:1', /separated by a semicolon \(;\), not a comma: Excel writes this on a computer set to Vietnamese, even as "CSV UTF-8 \(Comma delimited\)"\. Save the file from Google Sheets .* list separator to "," .* docs\/huong-dan-cap-nhat-du-lieu\.md/],
  ['semicolon-decimal-comma.csv', SAMPLE_CSV, '1:1', /separated by a semicolon \(;\), not a comma, and decimals are written with a comma \(41,5\): Excel writes this .* the decimal symbol to "\."/],
  ['empty-file.csv', SAMPLE_CSV, '1:1', /the file is empty/],
  ['mixed-line-endings.csv', SAMPLE_CSV, '3:27', /this line ends differently from the others \(LF where the file uses CRLF\)/],
  ['not-utf8.csv', SAMPLE_CSV, '4:14', /not UTF-8.*Save it again as "CSV UTF-8/],
  ['target-unknown-indicator.csv', TARGETS, '2:99', /indicator "sample-shares" is not the name of any dataset resource/],
  ['target-unknown-pillar.csv', TARGETS, '2:25', /pillar "economy" is not found in data\/reference\/pillars\.csv/],
  ['target-bad-direction.csv', TARGETS, '2:90', /column "direction" holds "more" but allows only at-least, at-most/],
  ['area-ends-before-it-starts.csv', AREAS, '2:59', /valid_to 2025-06-30 is before valid_from 2026-01-01/],
];

const jsonCases: Case[] = [
  ['trailing-comma.json', SAMPLE_PACKAGE, '8:22', /invalid JSON: expected a "name" in double quotes but found ","/],
  ['single-quotes.json', SAMPLE_PACKAGE, '8:3', /single quote: JSON strings use double quotes/],
  ['duplicate-member.json', SAMPLE_PACKAGE, '9:3', /the name "version" appears twice/],
  ['not-closed.json', SAMPLE_PACKAGE, '', /expected "," or "}" .* but found the end of the file/],
  ['missing-title-en.json', SAMPLE_PACKAGE, '1:1', /"title_en" is missing: add it/],
  ['version-not-semver.json', SAMPLE_PACKAGE, '8:3', /"version" is "v1": a version is written MAJOR\.MINOR\.PATCH/],
  ['keywords-not-a-list.json', SAMPLE_PACKAGE, '9:3', /"keywords" should be a list \[ … \] but is "test"/],
  ['no-publisher.json', SAMPLE_PACKAGE, '12:3', /one contributor must have the role "publisher"/],
  ['source-without-provenance.json', SAMPLE_PACKAGE, '', /"sources\[0\]\.provenance" is missing/],
  ['licence-path-not-web-address.json', SAMPLE_PACKAGE, '', /"licenses\[0\]\.path" .*a web address starting with https:\/\/ or http:\/\//],
  ['resource-path-leaves-folder.json', SAMPLE_PACKAGE, '', /"path" is "\.\.\/\.\.\/reference\/areas\.csv", which leaves or wanders the dataset's folder/],
  ['resource-path-absolute.json', SAMPLE_PACKAGE, '', /"path" is "\/etc\/passwd": write it relative to the dataset's folder/],
  ['resource-path-url.json', SAMPLE_PACKAGE, '', /a web address: the CSV must be a file in the dataset's folder/],
  ['resource-file-missing.json', SAMPLE_PACKAGE, '', /"path" is "sample-shares\.csv" but there is no such file in data\/datasets\/sample-services\/ \(CSV files there: sample-share\.csv\)/],
  ['unknown-pillar.json', SAMPLE_PACKAGE, '', /pillar "economy" is not in data\/reference\/pillars\.csv \(ids: government\)/],
  ['name-differs-from-folder.json', SAMPLE_PACKAGE, '3:3', /"name" is "sample" but the folder is "sample-services"/],
  ['value-without-unit.json', SAMPLE_PACKAGE, '', /the "value" field has no "unit"/],
  ['unknown-unit.json', SAMPLE_PACKAGE, '', /unit "percentage" is not in data\/reference\/units\.csv \(codes: percent\)/],
  ['field-type-unknown.json', SAMPLE_PACKAGE, '', /"resources\[0\]\.schema\.fields\[4\]\.type" is "float", expected "string" or "integer" or "number"/],
  ['primary-key-names-unknown-field.json', SAMPLE_PACKAGE, '', /the primary key names "kenh", which is not a field/],
  ['primary-key-without-area.json', SAMPLE_PACKAGE, '', /it must include "period" and "area"/],
  ['missing-value-without-label.json', SAMPLE_PACKAGE, '', /"resources\[0\]\.schema\.missingValues\[0\]\.label" is missing/],
  ['period-not-first.json', SAMPLE_PACKAGE, '', /the first field is "area": an indicator table has the columns period, area/],
  ['no-source-column.json', SAMPLE_PACKAGE, '', /there is no "source" field/],
  ['invalid-pattern.json', SAMPLE_PACKAGE, '', /the pattern "\(\[0-9\]" is not a valid regular expression/],
  ['foreign-key-to-unknown-resource.json', 'data/reference/datapackage.json', '', /the foreign key refers to a resource "pillar", which this package does not have/],
  ['site-unknown-resolution.json', SITE, '', /"resolution" is "02-nq-test", which is not an id in data\/reference\/resolutions\.csv/],
  ['site-pale-colour.json', SITE, '15:3', /the colour #6fa8dc has a contrast of 2\.\d:1 on white \(#ffffff\) and 2\.\d:1 on the light grey panels \(#f1f4f8\); links and headings in it need at least 4\.5:1 \(WCAG AA\): choose a darker colour/],
  ['site-logo-leaves-data.json', SITE, '16:3', /the logo is an SVG file inside data\/, written relative to data\/ without "\.\." or a leading "\/"/],
  ['site-logo-missing.json', SITE, '16:3', /"logo" is "images\/logo\.svg" but there is no such file data\/images\/logo\.svg/],
  ['site-unknown-headline.json', SITE, '18:5', /headline indicator "no-such-indicator" is not the name of any dataset resource/],
];

describe('the validator', () => {
  it('finds nothing wrong in a valid portal and returns its data typed', () => {
    const result = validatePortal(fixtureFiles(), TODAY);
    expect(result.problems).toEqual([]);
    const rows = result.portal!.datasets[0]!.indicators[0]!.rows;
    expect(rows[0]).toEqual({ period: '2022', area: '90', channel: 'web', source: 'test-source', value: 41.5 });
    expect(rows[3]!.value).toBeNull();
  });

  it('accepts a CSV saved by Excel with a byte-order mark and CRLF line ends', () => {
    expect(problemsWith(SAMPLE_CSV, 'bom-and-crlf.csv')).toEqual([]);
  });

  it.each([...csvCases, ...jsonCases])('reports %s in %s at its line and column', (fixture, path, place, message) => {
    const problems = problemsWith(path, fixture);
    const match = problems.find((p) => p.startsWith(`${path}:${place}`) && message.test(p));
    expect(match, `expected ${path}:${place} ~ ${message}\ngot:\n${problems.join('\n')}`).toBeDefined();
    expect(validatePortal(fixtureFiles({ [path]: fixture }), TODAY).portal).toBeNull();
  });

  it('says once that a file was saved with semicolons, without a cascade of header problems', () => {
    const problems = problemsWith(SAMPLE_CSV, 'semicolon-decimal-comma.csv').filter((p) => p.startsWith(SAMPLE_CSV));
    expect(problems).toHaveLength(1);
    expect(problems[0]).not.toContain('dialect');
  });

  it('tells a staff member who wrote an area by name which code to write for that period, and where codes are listed', () => {
    const csv = 'period,area,channel,source,value\n2022,Tỉnh Mẫu,web,test-source,41.5\n2026-Q1,tinh mau,web,test-source,47\n';
    const problems = validatePortal(fixtureFiles({}, { [SAMPLE_CSV]: csv }), TODAY).problems.map(formatProblem);
    expect(problems).toContain(`${SAMPLE_CSV}:2:6: column "area" holds "Tỉnh Mẫu", a place's name, not its code: write the code listed in data/reference/areas.csv; for 2022 that is "90" (Tỉnh Mẫu (cũ))`);
    expect(problems).toContain(`${SAMPLE_CSV}:3:9: column "area" holds "tinh mau", a place's name, not its code: write the code listed in data/reference/areas.csv; for 2026-Q1 that is "91" (Tỉnh Mẫu (mới))`);
  });

  it('says a descriptor\'s broken JSON once, without telling staff to remove the CSV files it describes', () => {
    const text = new TextDecoder().decode(fixtureFiles().read(SAMPLE_PACKAGE)!);
    // A source block added without the comma before it.
    const broken = text.replace(/\n  "sources": \[\n    \{/, '\n  "sources": [\n    {"id": "x"}\n    {');
    expect(broken).not.toBe(text);
    const problems = validatePortal(fixtureFiles({}, { [SAMPLE_PACKAGE]: broken }), TODAY).problems.map(formatProblem);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.every((p) => p.startsWith(SAMPLE_PACKAGE)), problems.join('\n')).toBe(true);
  });

  it('says an area code lost its leading zero, as Excel writes it, and which code to write', () => {
    const areas = 'code,name,name_en,level,parent,valid_from,valid_to\n09,Tỉnh Chín,Province nine,province,,2000-01-01,\n004,Huyện Bốn,District four,district,09,2000-01-01,\n04,Tỉnh Bốn,Province four,province,,2000-01-01,\n90,Tỉnh Mẫu (cũ),Old sample province,province,,2000-01-01,2025-06-30\n901,Huyện Một,District One,district,90,2000-01-01,2025-06-30\n91,Tỉnh Mẫu (mới),New sample province,province,,2025-07-01,\n';
    const csv = 'period,area,channel,source,value\n2022,9,web,test-source,41.5\n2022,4,web,test-source,41.5\n';
    const problems = validatePortal(fixtureFiles({}, { 'data/reference/areas.csv': areas, [SAMPLE_CSV]: csv }), TODAY).problems.map(formatProblem);
    // Every code it may have been, when zeros were lost from more than one.
    expect(problems).toContain(`${SAMPLE_CSV}:3:6: column "area" holds "4": a code "004" (Huyện Bốn) or "04" (Tỉnh Bốn) without its leading zeros, as Excel writes it after opening a CSV: write the code in full (and see the staff guide, section 6, on saving from Excel)`);
    expect(problems).toContain(`${SAMPLE_CSV}:2:6: column "area" holds "9": the code "09" (Tỉnh Chín) without its leading zeros, as Excel writes it after opening a CSV: write the code in full (and see the staff guide, section 6, on saving from Excel)`);
  });

  it('names the code a place had in the period, not the first area of its level then, and no code for a unit that was abolished', () => {
    // Another province listed before the renamed one, as Hà Nội stands before Quảng Trị in the real list.
    const areas = 'code,name,name_en,level,parent,valid_from,valid_to\n01,Tỉnh Khác,Other province,province,,2000-01-01,\n90,Tỉnh Mẫu (cũ),Old sample province,province,,2000-01-01,2025-06-30\n901,Huyện Một,District One,district,90,2000-01-01,2025-06-30\n91,Tỉnh Mẫu (mới),New sample province,province,,2025-07-01,\n';
    const csv = 'period,area,channel,source,value\n2026-Q1,90,web,test-source,41.5\n2026-Q1,901,web,test-source,47\n';
    const problems = validatePortal(fixtureFiles({}, { 'data/reference/areas.csv': areas, [SAMPLE_CSV]: csv }), TODAY).problems.map(formatProblem);
    expect(problems).toContain(`${SAMPLE_CSV}:2:9: area "90" (Tỉnh Mẫu (cũ)) existed from 2000-01-01 to 2025-06-30, not in period 2026-Q1: for that period use "91" (Tỉnh Mẫu (mới))`);
    expect(problems).toContain(`${SAMPLE_CSV}:3:9: area "901" (Huyện Một) existed from 2000-01-01 to 2025-06-30, not in period 2026-Q1: use a code of data/reference/areas.csv valid in that period`);
  });

  it('checks a source column without an "enum" against the package\'s "sources": one problem at the cell, where to declare it, the nearest id', () => {
    const field = JSON.parse(new TextDecoder().decode(fixtureFiles().read(SAMPLE_PACKAGE)!)).resources[0].schema.fields[3];
    expect(field).toMatchObject({ name: 'source', constraints: { required: true } });
    expect(field.constraints).not.toHaveProperty('enum');
    const csv = 'period,area,channel,source,value\n2022,90,web,test-sourse,41.5\n2023,90,web,test-source,47\n';
    expect(validatePortal(fixtureFiles({}, { [SAMPLE_CSV]: csv }), TODAY).problems.map(formatProblem)).toEqual([
      `${SAMPLE_CSV}:2:13: source "test-sourse" is not an id in the "sources" of ${SAMPLE_PACKAGE} (did you mean "test-source"?) (ids: test-source): correct the id, or add the new source to "sources" there (its id, title, path, publisher and date)`,
    ]);
  });

  it('accepts a row citing a source declared only in the package\'s "sources", with no "enum" to add it to', () => {
    const pkg = JSON.parse(new TextDecoder().decode(fixtureFiles().read(SAMPLE_PACKAGE)!));
    pkg.sources.push({ ...pkg.sources[0], id: 'second-source' });
    const csv = 'period,area,channel,source,value\n2022,90,web,second-source,41.5\n';
    const result = validatePortal(fixtureFiles({}, { [SAMPLE_PACKAGE]: JSON.stringify(pkg, null, 2), [SAMPLE_CSV]: csv }), TODAY);
    expect(result.problems.map(formatProblem)).toEqual([]);
    expect(result.portal!.datasets[0]!.indicators[0]!.rows[0]!.source).toBe('second-source');
  });

  it('keeps a table\'s "enum" of sources working: it narrows what that table may cite, and says where to add an id', () => {
    const pkg = JSON.parse(new TextDecoder().decode(fixtureFiles().read(SAMPLE_PACKAGE)!));
    pkg.sources.push({ ...pkg.sources[0], id: 'second-source' });
    pkg.resources[0].schema.fields[3].constraints.enum = ['test-source'];
    const csv = 'period,area,channel,source,value\n2022,90,web,second-source,41.5\n2023,90,web,test-source,47\n';
    expect(validatePortal(fixtureFiles({}, { [SAMPLE_PACKAGE]: JSON.stringify(pkg, null, 2), [SAMPLE_CSV]: csv }), TODAY).problems.map(formatProblem)).toEqual([
      `${SAMPLE_CSV}:2:13: column "source" holds "second-source", which is in the "sources" of ${SAMPLE_PACKAGE} but not in the list of sources this table may cite: add "second-source" to the "enum" of the "source" field of resource "sample-share" in the same file`,
    ]);
  });

  it('explains a source outside a table\'s list of sources: where the new id goes, in both places', () => {
    const explain = reservedCellExplainer(null, 'data/reference/areas.csv');
    const field = { name: 'source', type: 'string', constraints: { enum: ['xanhx-dti-2020', 'dti-gov-vn-2022'] } } as Field;
    const resource = { name: 'dti-score' } as Resource;
    const base = { field, row: {}, resource, descriptorPath: 'data/datasets/dti/datapackage.json' };
    expect(explain({ ...base, text: 'xanhx-dti-2021', packageSources: ['xanhx-dti-2020', 'dti-gov-vn-2022'] })).toBe(
      'column "source" holds "xanhx-dti-2021", which is not a source of this table (did you mean "xanhx-dti-2020"?): if it is a new source, declare it in data/datasets/dti/datapackage.json, once in "sources" (its id, title, path, publisher and date) and once in the "enum" of the "source" field of resource "dti-score"',
    );
    expect(explain({ ...base, text: 'dantri-2025', packageSources: ['xanhx-dti-2020', 'dantri-2025'] })).toMatch(/is in the "sources" of .* but not in the list of sources this table may cite: add "dantri-2025" to the "enum"/);
    expect(explain({ ...base, text: 'xanhx-dti-2020', packageSources: [] })).toBeNull();
  });

  it('suggests the nearest code of a category, and nothing when no code is near', () => {
    const near = problemsWith(SAMPLE_CSV, 'unknown-category.csv').join('\n');
    expect(near).not.toContain('did you mean');
    const csv = 'period,area,channel,source,value\n2022,90,wb,test-source,41.5\n';
    expect(validatePortal(fixtureFiles({}, { [SAMPLE_CSV]: csv }), TODAY).problems.map(formatProblem).join('\n')).toContain('holds "wb", which is not one of its codes (did you mean "web"?)');
  });

  it('reports every problem of a file in one run, top to bottom', () => {
    const problems = validatePortal(fixtureFiles({}, { [`${SAMPLE_DIR}/sample-share.csv`]: 'period,area,channel,source,value\n2031,99,sms,nope,x\n1990,90,web,test-source,200\n' }), TODAY).problems;
    expect(problems.map((p) => `${p.line}:${p.column}`)).toEqual(['2:1', '2:6', '2:9', '2:13', '2:18', '3:1', '3:6', '3:25']);
    expect(problems.every((p) => p.path === SAMPLE_CSV)).toBe(true);
  });

  it('accepts a logo that is an SVG file inside data/, and refuses one that is not an SVG', () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect width="10" height="10"/></svg>';
    const site = (logo: string) => JSON.stringify({ ...JSON.parse(new TextDecoder().decode(fixtureFiles().read(SITE))), logo });
    expect(validatePortal(fixtureFiles({}, { [SITE]: site('images/logo.svg'), 'data/images/logo.svg': svg }), TODAY).problems).toEqual([]);
    const problems = validatePortal(fixtureFiles({}, { [SITE]: site('images/logo.svg'), 'data/images/logo.svg': 'PNG' }), TODAY).problems.map(formatProblem);
    expect(problems.join('\n')).toMatch(/data\/site\.json:1:\d+: "logo" is "images\/logo\.svg", but data\/images\/logo\.svg is not an SVG image/);
  });

  it('reports a CSV left in a dataset folder without a resource describing it', () => {
    const problems = validatePortal(fixtureFiles({}, { [`${SAMPLE_DIR}/extra.csv`]: 'a,b\n1,2\n' }), TODAY).problems.map(formatProblem);
    expect(problems).toContain(`${SAMPLE_DIR}/extra.csv:1:1: this CSV is not described in ${SAMPLE_PACKAGE}: add a resource with "path": "extra.csv", or remove the file`);
  });

  it('reports an indicator name used by two datasets', () => {
    const pkg = new TextDecoder().decode(fixtureFiles().read(SAMPLE_PACKAGE)).replace('"sample-services"', '"copy"');
    const csv = new TextDecoder().decode(fixtureFiles().read(SAMPLE_CSV));
    const problems = validatePortal(fixtureFiles({}, { 'data/datasets/copy/datapackage.json': pkg, 'data/datasets/copy/sample-share.csv': csv }), TODAY).problems;
    expect(problems.map(formatProblem).join('\n')).toMatch(/data\/datasets\/sample-services\/datapackage\.json:\d+:\d+: the indicator name "sample-share" is already used in data\/datasets\/copy\/datapackage\.json/);
  });
});

/** Inputs that once crashed validate (and the build and dev server with it): each is now a problem. */
describe('inputs that used to crash the validator', () => {
  const csv = () => new TextDecoder().decode(fixtureFiles().read(SAMPLE_CSV));
  const printed = (files: Record<string, string>) => validatePortal(fixtureFiles({}, files), TODAY).problems.map(formatProblem);

  it('a CSV whose lines end with a lone CR (old Mac style) is one problem, and its other problems are on their own lines', () => {
    const oldMac = csv().trim().split('\n').join('\r').replace('41.5', 'x') + '\r';
    const problems = printed({ [SAMPLE_CSV]: oldMac });
    expect(problems[0]).toMatch(/^data\/datasets\/sample-services\/sample-share\.csv:1:\d+: the lines end with a lone CR \(the old Mac way\)/);
    expect(problems.join('\n')).toMatch(/sample-share\.csv:2:\d+: column "value" expects a number but holds "x"/);
  });

  it('a CSV mixing LF with a lone CR names the line that differs', () => {
    const lines = csv().trim().split('\n');
    const mixed = `${lines[0]}\n${lines[1]}\r${lines.slice(2).join('\n')}\n`;
    expect(printed({ [SAMPLE_CSV]: mixed }).join('\n')).toMatch(/sample-share\.csv:2:\d+: this line ends differently from the others \(a lone CR where the file uses LF\)/);
  });

  it('JSON nested thousands of levels deep is refused at the level where it goes too deep', () => {
    const deep = `{"name": ${'['.repeat(5000)}${']'.repeat(5000)}}`;
    const problems = printed({ [SAMPLE_PACKAGE]: deep });
    expect(problems.join('\n')).toMatch(/datapackage\.json:1:\d+: invalid JSON: more than 64 levels of \{ and \[ inside one another/);
  });

  it('a control character in an indicator title is named by its code point (the chart picture failed on it)', () => {
    const pkg = new TextDecoder().decode(fixtureFiles().read(SAMPLE_PACKAGE));
    const title = (JSON.parse(pkg) as { resources: { title: string }[] }).resources[0]!.title;
    const problems = printed({ [SAMPLE_PACKAGE]: pkg.replace(`"title": ${JSON.stringify(title)}`, `"title": ${JSON.stringify(`${title}\u0001`)}`) });
    expect(problems.join('\n')).toMatch(/datapackage\.json:\d+:\d+: "resources\[0\]\.title" contains U\+0001 \(a control character\) after ".+", which cannot be published/);
  });

  it('a form feed in a CSV cell, and a right-to-left override in a category label, are refused by name', () => {
    const withFormFeed = csv().replace('test-source', 'test-source\f');
    expect(printed({ [SAMPLE_CSV]: withFormFeed }).join('\n')).toMatch(/sample-share\.csv:2:\d+: column "source" contains U\+000C FORM FEED after "test-source"/);
    const pkg = new TextDecoder().decode(fixtureFiles().read(SAMPLE_PACKAGE));
    const flipped = pkg.replace('"label": "', '"label": "\u202e');
    expect(printed({ [SAMPLE_PACKAGE]: flipped }).join('\n')).toMatch(/contains U\+202E RIGHT-TO-LEFT OVERRIDE at its start, which cannot be published \(it changes the direction the text is read in\)/);
  });

  it('two resources that the site would serve at one download address are refused (the build failed on them)', () => {
    const pkg = JSON.parse(new TextDecoder().decode(fixtureFiles().read(SAMPLE_PACKAGE))) as { resources: { name: string; path: string; title: string }[] };
    const first = pkg.resources[0]!;
    const samePath = { ...pkg, resources: [first, { ...first, name: 'sample-share-copy' }] };
    expect(printed({ [SAMPLE_PACKAGE]: JSON.stringify(samePath, null, 2) }).join('\n')).toMatch(
      /datapackage\.json:\d+:\d+: "sample-share\.csv" would serve its CSV at \/downloads\/sample-services\/sample-share\.csv, the address of the CSV of resources\[0\] \("sample-share"\): rename the file/,
    );
    const generatedName = { ...pkg, resources: [first, { ...first, name: 'sample-share-excel', path: 'sample-share.excel.csv' }] };
    const problems = printed({ [SAMPLE_PACKAGE]: JSON.stringify(generatedName, null, 2), [`${SAMPLE_DIR}/sample-share.excel.csv`]: csv() });
    expect(problems.join('\n')).toMatch(/"sample-share\.excel\.csv" would serve its CSV at \/downloads\/sample-services\/sample-share\.excel\.csv, the address of the CSV for Excel of resources\[0\]/);
  });

  it('a file under data/ that is not part of the data (a notes.txt, a secrets.env, a broken datapackage.json in a subfolder) is reported, not published', () => {
    const problems = printed({ 'data/notes.txt': 'todo', [`${SAMPLE_DIR}/secrets.env`]: 'KEY=1', [`${SAMPLE_DIR}/old/datapackage.json`]: '{ "name": ' });
    for (const path of ['data/notes.txt', `${SAMPLE_DIR}/secrets.env`, `${SAMPLE_DIR}/old/datapackage.json`]) {
      expect(problems).toContain(`${path}:1:1: this file is not part of the portal's data (a dataset's datapackage.json or the tables it describes, data/reference/, data/site.json or the logo it names): it would not be published; remove it or move it out of data/`);
    }
    // Hidden files are left alone; articles have checks of their own (describe 'articles').
    expect(printed({ 'data/.gitkeep': '' })).toEqual([]);
  });

  it('lists every file it read, which is all the portal may publish as data', () => {
    const { portal } = validatePortal(fixtureFiles(), TODAY);
    expect(portal!.dataFiles).toContain(SAMPLE_CSV);
    expect(portal!.dataFiles).toContain(SAMPLE_PACKAGE);
    expect(portal!.dataFiles).toContain(SITE);
    expect(portal!.dataFiles.every((path) => path.startsWith('data/'))).toBe(true);
  });

  it('a datapackage.json, or a dataset folder, that is a link is refused, never published from where it points', () => {
    const files = fixtureFiles();
    const linkedDescriptor = { ...files, resolve: (path: string) => (path === SAMPLE_PACKAGE ? 'data/reference/datapackage.json' : files.resolve(path)) };
    expect(validatePortal(linkedDescriptor, TODAY).problems.map(formatProblem)).toContain(
      `${SAMPLE_PACKAGE}:1:1: this datapackage.json is a link to data/reference/datapackage.json: copy the file into ${SAMPLE_DIR}/ instead of linking`,
    );
    const linkedFolder = {
      ...files,
      list: (path: string) => (path === 'data/datasets' ? [...files.list(path), { name: 'linked', isFolder: false }] : files.list(path)),
      resolve: (path: string) => (path === 'data/datasets/linked' ? 'elsewhere/linked' : files.resolve(path)),
    };
    expect(validatePortal(linkedFolder, TODAY).problems.map(formatProblem)).toContain(
      'data/datasets/linked:1:1: this is a link to elsewhere/linked: the portal publishes only files and folders that are really inside data/; copy it here instead of linking',
    );
  });

  it('a table beyond the size the portal supports is one problem at its first row too many, not a crash in the build', () => {
    const [header, first] = csv().trim().split('\n');
    const rows = Array.from({ length: MAX_TABLE_ROWS + 2 }, () => first!);
    const problems = printed({ [SAMPLE_CSV]: `${[header, ...rows].join('\n')}\n` });
    expect(problems.join('\n')).toContain(`${SAMPLE_CSV}:${MAX_TABLE_ROWS + 2}:1: this table has ${MAX_TABLE_ROWS + 2} rows; the portal supports at most ${MAX_TABLE_ROWS} in one table`);
  });
});

/** What the fuzz test (tests/validate/fuzz.test.ts) found: problems placed past the end of their line. */
describe('problems found by fuzzing, placed inside the file', () => {
  const csv = () => new TextDecoder().decode(fixtureFiles().read(SAMPLE_CSV));
  const printed = (files: Record<string, string>) => validatePortal(fixtureFiles({}, files), TODAY).problems.map(formatProblem);

  it('a quote in the middle of an unquoted cell does not shift the cells after it', () => {
    const lines = csv().trim().split('\n');
    const [period, area, channel, source] = lines[1]!.split(',');
    lines[1] = `${period},${area},${channel}"x,${source}`;
    const problem = printed({ [SAMPLE_CSV]: `${lines.join('\n')}\n` }).find((p) => p.includes('this row has 4 cells'))!;
    const [, line, column] = /:(\d+):(\d+):/.exec(problem)!;
    expect(Number(line)).toBe(2);
    expect(Number(column)).toBeLessThanOrEqual(lines[1]!.length + 1);
  });

  it('a header whose first cell opens a quote that runs over lines is reported where the quote ends', () => {
    const text = `"${csv().slice(1)}`;
    for (const problem of printed({ [SAMPLE_CSV]: text })) {
      const [, line, column] = /:(\d+):(\d+):/.exec(problem)!;
      const lines = text.split('\n');
      expect(Number(line)).toBeLessThanOrEqual(lines.length);
      expect(Number(column), problem).toBeLessThanOrEqual(lines[Number(line) - 1]!.length + 1);
    }
  });

  it('"resources" written as an object, or a descriptor that is not an object, is a problem (the first threw a TypeError)', () => {
    const pkg = JSON.parse(new TextDecoder().decode(fixtureFiles().read(SAMPLE_PACKAGE))) as Record<string, unknown>;
    expect(printed({ [SAMPLE_PACKAGE]: JSON.stringify({ ...pkg, resources: {} }, null, 2) }).join('\n')).toMatch(/datapackage\.json:\d+:\d+: "resources" should be a list/);
    expect(printed({ [SAMPLE_PACKAGE]: 'null' })).toContain(`${SAMPLE_PACKAGE}:1:1: the file must hold one JSON object, { … }, with its members inside`);
  });

  it('a logo that can run script is refused at the place in the logo where it can', () => {
    const site = (logo: string) => JSON.stringify({ ...JSON.parse(new TextDecoder().decode(fixtureFiles().read(SITE))), logo });
    const hostile = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10">\n  <rect width="10" height="10"/>\n  <script>alert(document.domain)</script>\n</svg>';
    expect(printed({ [SITE]: site('images/logo.svg'), 'data/images/logo.svg': hostile })).toContain(
      "data/images/logo.svg:3:3: the logo holds the element <script>; it is served as the site's own file, so it may hold only drawing (shapes, text, gradients): remove it, or save the logo again as a plain SVG",
    );
  });
});

/** Messages that show what an editor does not: invisible characters, encodings, long cells, many problems. */
describe('messages that show invisible differences', () => {
  const csv = () => new TextDecoder().decode(fixtureFiles().read(SAMPLE_CSV));
  const printed = (files: Record<string, string>) => validatePortal(fixtureFiles({}, files), TODAY).problems.map(formatProblem);

  it('names a zero-width space inside a code, and full-width digits in a number', () => {
    const withSpace = csv().replace(',web,', ',web\u200b,');
    expect(printed({ [SAMPLE_CSV]: withSpace }).join('\n')).toMatch(/holds "web\u200b", which is not one of its codes \(did you mean "web"\?\) \(web, app\).* \(it contains U\+200B ZERO WIDTH SPACE after "web", which an editor does not show: delete and retype the cell\)/);
    const fullWidth = csv().replace('41.5', '４１.５');
    expect(printed({ [SAMPLE_CSV]: fullWidth }).join('\n')).toMatch(/expects a number but holds "４１\.５".*\(its digits are full-width, as some input methods type them: retype them as 0–9\)/);
  });

  it('says a decomposed letter is one (NFD), which looks the same as a composed one', () => {
    expect(hiddenDifference('Qua\u0309ng Tri\u0323')).toMatch(/written decomposed, a letter and a separate accent \(NFD\)/);
    expect(hiddenDifference('Quảng Trị')).toBe('');
  });

  it('reports a UTF-16 file without its byte-order mark as not UTF-8, not as a header problem', () => {
    const text = csv();
    const utf16 = Buffer.from(text, 'utf16le').toString('latin1');
    const files = fixtureFiles();
    const withUtf16 = { ...files, read: (path: string) => (path === SAMPLE_CSV ? new Uint8Array(Buffer.from(utf16, 'latin1')) : files.read(path)) };
    const problems = validatePortal(withUtf16, TODAY).problems.map(formatProblem);
    expect(problems).toEqual([`${SAMPLE_CSV}:1:1: ${UTF16_MESSAGE}`]);
  });

  it('cuts a long cell it echoes, and calls C:\\… a Windows path, not a web address', () => {
    const long = 'x'.repeat(500);
    expect(printed({ [SAMPLE_CSV]: csv().replace('41.5', long) }).join('\n')).toContain(`holds "${'x'.repeat(60)}"… (500 characters)`);
    const pkg = JSON.parse(new TextDecoder().decode(fixtureFiles().read(SAMPLE_PACKAGE))) as { resources: { path: string }[] };
    pkg.resources[0]!.path = 'C:\\Users\\staff\\share.csv';
    expect(printed({ [SAMPLE_PACKAGE]: JSON.stringify(pkg, null, 2) }).join('\n')).toMatch(/"path" is "C:\\\\Users.*", a path on a Windows computer/);
  });

  it('lists 200 problems and says how many more there are', () => {
    const [header, first] = csv().trim().split('\n');
    const bad = Array.from({ length: 300 }, (_, k) => first!.replace('41.5', `x${k}`));
    const lines = reportLines(validatePortal(fixtureFiles({}, { [SAMPLE_CSV]: [header, ...bad].join('\n') + '\n' }), TODAY));
    expect(lines.filter((line) => line.startsWith(SAMPLE_CSV))).toHaveLength(REPORT_LIMIT);
    expect(lines).toContainEqual(expect.stringMatching(/^… and \d+ more problems, not listed/));
  });
});

/** Articles are data too: validate checks them as the build would, each problem at its line and column. */
describe('articles', () => {
  const article = (front: string, body = 'Text.') => `---\n${front}\n---\n\n${body}\n`;
  const good = (key: string) =>
    ['title: Bài thử', 'summary: Tóm tắt.', 'date: 2026-11-26', 'author: Nhóm biên tập', 'tags: [thử]', `translationKey: ${key}`, 'relatedIndicators: [sample-share]'].join('\n');
  const both = (key: string, vi: string, en = article(good(key))) => ({ [`data/articles/vi/${key}.mdx`]: vi, [`data/articles/en/${key}.mdx`]: en });
  const printed = (files: Record<string, string>) => validatePortal(fixtureFiles({}, files), TODAY).problems.map(formatProblem);

  it('accepts an article in both languages whose ids exist', () => {
    expect(printed(both('bai-thu', article(good('bai-thu'), '<IndicatorChart id="sample-share" />')))).toEqual([]);
  });

  it('names an unknown chart id at its place, with the id it may have meant', () => {
    const problems = printed(both('bai-thu', article(good('bai-thu'), 'Trước.\n\n<IndicatorChart id="sample-shares" />')));
    expect(problems).toContain('data/articles/vi/bai-thu.mdx:13:21: <IndicatorChart id="sample-shares"> names no indicator (did you mean "sample-share"?): use a resource name from a datapackage.json');
  });

  it('names a missing field, an unknown related id and a missing translation', () => {
    const noTitle = article(good('bai-thu').replace('title: Bài thử\n', ''));
    expect(printed(both('bai-thu', noTitle)).join('\n')).toMatch(/data\/articles\/vi\/bai-thu\.mdx:1:1: frontmatter "title": /);
    const unknownId = article(good('bai-thu').replace('[sample-share]', '[no-such-indicator]'));
    expect(printed(both('bai-thu', unknownId))).toContain('data/articles/vi/bai-thu.mdx:8:1: relatedIndicators names "no-such-indicator", which is not an indicator id (a resource name in a datapackage.json): correct the id or remove it');
    expect(printed({ 'data/articles/vi/chi-mot.mdx': article(good('chi-mot')) })).toContain('data/articles/vi/chi-mot.mdx:1:1: translationKey "chi-mot" has no en version: add data/articles/en/chi-mot.mdx with the same translationKey');
  });

  it('says a wrong date once, on its article, without saying its translation has no pair', () => {
    const wrongDate = article(good('bai-thu').replace('date: 2026-11-26', 'date: 26/11/2026'));
    expect(printed(both('bai-thu', wrongDate))).toEqual(['data/articles/vi/bai-thu.mdx:4:1: frontmatter "date": a date is written YYYY-MM-DD, e.g. "2021-11-04"']);
  });

  it('offers the id a chart meant when letters are swapped, not only when one id holds the other', () => {
    const problems = printed(both('bai-thu', article(good('bai-thu'), '<IndicatorChart id="sample-shaer" />')));
    expect(problems.join('\n')).toContain('names no indicator (did you mean "sample-share"?)');
  });
});

