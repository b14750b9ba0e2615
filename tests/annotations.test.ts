import { describe, expect, it } from 'vitest';
import { ANNOTATION_TITLE, githubAnnotation, onGitHubActions } from '../src/lib/validate/annotations.ts';

const title = 'title=Invalid data (npm run validate)';

describe('githubAnnotation()', () => {
  it('places a problem on its file, line and column', () => {
    const problem = { path: 'data/datasets/dti/dti-rank.csv', line: 3, column: 21, message: 'column "value" expects a whole number but holds "5x"' };
    expect(githubAnnotation(problem)).toBe(`::error file=data/datasets/dti/dti-rank.csv,line=3,col=21,${title}::column "value" expects a whole number but holds "5x"`);
  });

  it('leaves out line and col when the problem has no line', () => {
    expect(githubAnnotation({ path: 'data/datasets', message: 'there are no dataset folders' })).toBe(`::error file=data/datasets,${title}::there are no dataset folders`);
    expect(githubAnnotation({ path: 'data/site.json', line: 0, column: 0, message: 'x' })).toBe(`::error file=data/site.json,${title}::x`);
  });

  it('escapes %, carriage returns and line breaks in the message, and keeps its colons and commas', () => {
    const line = githubAnnotation({ path: 'a.csv', line: 1, column: 1, message: '100% of rows: a, b\r\nthen more' });
    expect(line.endsWith('::100%25 of rows: a, b%0D%0Athen more')).toBe(true);
    expect(line.split('\n')).toHaveLength(1);
  });

  it('escapes : and , in properties, so a path or title cannot start another property', () => {
    const line = githubAnnotation({ path: 'data/a,b:c%.csv', line: 2, column: 5, message: 'm' }, 'Data: bad, very');
    expect(line).toBe('::error file=data/a%2Cb%3Ac%25.csv,line=2,col=5,title=Data%3A bad%2C very::m');
  });

  it('has a short default title', () => {
    expect(ANNOTATION_TITLE.length).toBeLessThan(40);
  });
});

describe('onGitHubActions()', () => {
  it('is true only when GITHUB_ACTIONS is "true"', () => {
    expect(onGitHubActions({ GITHUB_ACTIONS: 'true' })).toBe(true);
    expect(onGitHubActions({ GITHUB_ACTIONS: 'false' })).toBe(false);
    expect(onGitHubActions({})).toBe(false);
  });
});
