// A table of parts (parts_of): the sub-indices or pillars of another indicator, each on its own scale.
import { describe, expect, it } from 'vitest';
import { validatePortal } from '../../src/lib/validate/portal.ts';
import { formatProblem } from '../../src/lib/validate/problems.ts';
import { fixtureFiles, SAMPLE_CSV, SAMPLE_DIR, SAMPLE_PACKAGE, TODAY } from '../support/fixture-files.ts';

const text = (path: string) => new TextDecoder().decode(fixtureFiles().read(path));
const WHOLE_CSV = `${SAMPLE_DIR}/sample-total.csv`;

/** The sample package, its channel table made the parts of a new "sample-total" table. */
function withParts(change: (pkg: any) => void = () => {}): string {
  const pkg = JSON.parse(text(SAMPLE_PACKAGE));
  const parts = pkg.resources[0];
  const whole = structuredClone(parts);
  whole.name = 'sample-total';
  whole.path = 'sample-total.csv';
  whole.schema.fields = whole.schema.fields.filter((f: any) => f.name !== 'channel');
  whole.schema.primaryKey = ['period', 'area'];
  pkg.resources.push(whole);
  parts.parts_of = 'sample-total';
  const channel = parts.schema.fields.find((f: any) => f.name === 'channel');
  channel.categories[0].minimum = 0;
  channel.categories[0].maximum = 50;
  change(pkg);
  return JSON.stringify(pkg, null, 2);
}

const problems = (pkg: string, partsCsv?: string) =>
  validatePortal(fixtureFiles({}, { [SAMPLE_PACKAGE]: pkg, [WHOLE_CSV]: 'period,area,source,value\n2023,90,test-source,60\n', ...(partsCsv ? { [SAMPLE_CSV]: partsCsv } : {}) }), TODAY).problems.map(formatProblem);

describe('a parts table', () => {
  it('is accepted beside its whole, and the site knows which whole it belongs to', () => {
    const result = validatePortal(fixtureFiles({}, { [SAMPLE_CSV]: 'period,area,channel,source,value\n2023,90,web,test-source,40\n2023,90,app,test-source,70\n', [SAMPLE_PACKAGE]: withParts(), [WHOLE_CSV]: 'period,area,source,value\n2023,90,test-source,60\n' }), TODAY);
    expect(result.problems.map(formatProblem)).toEqual([]);
    expect(result.portal!.datasets[0]!.descriptor.resources.find((r) => r.name === 'sample-share')!.parts_of).toBe('sample-total');
  });

  it('names a whole that is another table of the package', () => {
    expect(problems(withParts((pkg) => (pkg.resources[0].parts_of = 'sample-missing'))).join('\n')).toMatch(
      /"parts_of" is "sample-missing", which is not another resource of this package \(names: sample-total\)/,
    );
  });

  it('has one dimension with categories naming the parts', () => {
    const noCategories = withParts((pkg) => delete pkg.resources[0].schema.fields.find((f: any) => f.name === 'channel').categories);
    expect(problems(noCategories).join('\n')).toMatch(/a parts table has exactly one dimension column.*"sample-share" has "channel" without categories/);
  });

  it('holds each figure within its part’s stated scale, naming the cell', () => {
    const found = problems(withParts(), 'period,area,channel,source,value\n2023,90,web,test-source,55\n');
    expect(found, found.join('\n')).toContain(`${SAMPLE_CSV}:2:25: 55 is outside the scale of "Website" (0 to 50): check the figure or the part's minimum and maximum`);
  });

  it('refuses a scale whose maximum is not above its minimum', () => {
    const upside = withParts((pkg) => (pkg.resources[0].schema.fields.find((f: any) => f.name === 'channel').categories[0].minimum = 80));
    expect(problems(upside).join('\n')).toMatch(/the part "web" has maximum 50, not above its minimum 80/);
  });
});
