import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSourceQuotes, passageStates } from '../src/lib/source-quotes.ts';
import { realPortal, REPO_ROOT } from './support/real-portal.ts';
import { datasetQuoteProblems } from '../src/site/quote-problems.ts';
import { formatProblem } from '../src/lib/validate/problems.ts';

describe('passageStates', () => {
  it('finds a figure however the source spells it', () => {
    expect(passageStates('đạt 0,4627 điểm', 0.4627)).toBe(true);
    expect(passageStates('scored 0.4627', 0.4627)).toBe(true);
    expect(passageStates('tỷ lệ 62,10%', 62.1)).toBe(true);
    expect(passageStates('hạng 55/63', 55)).toBe(true);
    expect(passageStates('có 1.234 dịch vụ', 1234)).toBe(true);
    expect(passageStates('có 1,234 services', 1234)).toBe(true);
    expect(passageStates('đạt 45,0%', 45)).toBe(true);
    expect(passageStates('Quảng Ninh 75.09 01', 1)).toBe(true);
  });

  it('does not find a figure inside another one', () => {
    expect(passageStates('hạng 55/63', 5)).toBe(false);
    expect(passageStates('đạt 0,55', 0.5)).toBe(false);
    expect(passageStates('đạt 10,5%', 5)).toBe(false);
    expect(passageStates('đạt 10,5%', 10)).toBe(false);
    expect(passageStates('năm 2022', 202)).toBe(false);
    expect(passageStates('năm 2005', 5)).toBe(false);
    expect(passageStates('đạt 0,05', 5)).toBe(false);
  });

  it('finds a fall written with a minus sign or in words, and never a fall in a rise', () => {
    expect(passageStates('xếp thứ 28/63, giảm 22 bậc so với năm 2020', -22)).toBe(true);
    expect(passageStates('down 22 places', -22)).toBe(true);
    expect(passageStates('thay đổi −22', -22)).toBe(true);
    expect(passageStates('tăng 26 bậc', -26)).toBe(false);
    expect(passageStates('xếp thứ 22/63', -22)).toBe(false);
  });
});

describe('parseSourceQuotes', () => {
  it('reads each source heading with its address and its quotes, a quote running over several lines', () => {
    const parsed = parseSourceQuotes('# Title\n\n## a-source\nURL: https://x.vn/a\n> first line\n> goes on\n\nComment.\n\n> second\n## b\n');
    expect(parsed.get('a-source')).toEqual({ id: 'a-source', url: 'https://x.vn/a', quotes: ['first line goes on', 'second'], line: 3 });
    expect(parsed.get('b')).toMatchObject({ url: null, quotes: [] });
    const twice = parseSourceQuotes('## a\nURL: https://x.vn/a\n> first\n## b\n## a\n> again\n');
    expect(twice.get('a')).toMatchObject({ url: 'https://x.vn/a', quotes: ['first', 'again'], line: 1 });
  });
});

describe('every figure under data/ is quoted from its source in docs/sources/', () => {
  const portal = realPortal();
  for (const dataset of portal.datasets) {
    it(`${dataset.id}: each value stands in a quote of the source its row cites`, () => {
      // The check npm run validate makes, each unquoted figure as path:line:column: message.
      expect(datasetQuoteProblems(REPO_ROOT, dataset).map(formatProblem)).toEqual([]);
    });
  }
});

describe('every target value in data/reference/targets.csv is quoted from its source in docs/sources/reference.md', () => {
  it('each target with a number has it in a quote of its source', () => {
    const quoted = parseSourceQuotes(readFileSync(join(REPO_ROOT, 'docs', 'sources', 'reference.md'), 'utf8'));
    const unquoted = realPortal()
      .targets.filter((t) => t.value !== null)
      .filter((t) => {
        const source = quoted.get(t.source);
        return !source?.url || !source.quotes.some((q) => passageStates(q, t.value!));
      })
      .map((t) => `${t.id}: ${t.value} from "${t.source}"`);
    expect(unquoted).toEqual([]);
  });
});
