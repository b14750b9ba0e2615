// A dataset's changelog against a real git repository: the valid fixture portal committed, then a
// CSV row changed and one added in a second commit. The changelog must count those rows, name the
// version each commit carried, and give back each past file byte for byte.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { datasetHistory, historyFiles, lastUpdated, type GitSource, type HistorySubject } from '../../src/lib/downloads/dataset-history.ts';
import { historyState, readHistory, type GitRunner } from '../../src/lib/downloads/git-history.ts';
import { nodeGitBlobReader } from '../../src/site/node-git.ts';
import { portalGitSource } from '../../src/site/portal-git.ts';
import { SAMPLE_CSV, SAMPLE_DIR, SAMPLE_PACKAGE, VALID_ROOT } from '../support/fixture-files.ts';
import { fixtureGit } from '../support/fixture-git.ts';

const SUBJECT: HistorySubject = {
  dir: SAMPLE_DIR,
  resources: [{ name: 'sample-share', path: 'sample-share.csv', primaryKey: ['period', 'area', 'channel'] }],
};

let root: string;
let repo: string;
let first: string;
let second: string;

const git = fixtureGit;

const source = (cwd: string): GitSource => portalGitSource(cwd, historyFiles(SUBJECT));

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'portal-dataset-history-'));
  repo = join(root, 'portal');
  cpSync(VALID_ROOT, repo, { recursive: true });
  git(repo, '2026-01-10T09:00:00+07:00', 'init', '-q');
  git(repo, '2026-01-10T09:00:00+07:00', 'add', '-A');
  git(repo, '2026-01-10T09:00:00+07:00', 'commit', '-q', '-m', 'Publish the sample shares');
  first = git(repo, '2026-01-10T09:00:00+07:00', 'rev-parse', 'HEAD').trim();

  // 2023 web share revised from 47 to 48, and a 2026-Q2 row added; the package version raised.
  const csv = readFileSync(join(repo, SAMPLE_CSV), 'utf8');
  writeFileSync(join(repo, SAMPLE_CSV), `${csv.replace('2023,90,web,test-source,47', '2023,90,web,test-source,48')}2026-Q2,91,app,test-source,70\n`);
  const descriptor = readFileSync(join(repo, SAMPLE_PACKAGE), 'utf8');
  writeFileSync(join(repo, SAMPLE_PACKAGE), descriptor.replace('"version": "1.0.0"', '"version": "1.1.0"'));
  git(repo, '2026-02-20T09:00:00+07:00', 'add', '-A');
  git(repo, '2026-02-20T09:00:00+07:00', 'commit', '-q', '-m', 'Revise the 2023 web share; add 2026-Q2');
  second = git(repo, '2026-02-20T09:00:00+07:00', 'rev-parse', 'HEAD').trim();
});

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

describe('a dataset\'s changelog, read from git', () => {
  it('lists each commit newest first with its date, message, version and the rows it added, removed and changed', () => {
    const history = datasetHistory(source(repo), SUBJECT);
    expect(history.state).toBe('complete');
    expect(history.versions.map(({ commit, date, subject, version, added, removed, changed }) => ({ commit, date, subject, version, added, removed, changed }))).toEqual([
      { commit: second, date: '2026-02-20T09:00:00+07:00', subject: 'Revise the 2023 web share; add 2026-Q2', version: '1.1.0', added: 1, removed: 0, changed: 1 },
      { commit: first, date: '2026-01-10T09:00:00+07:00', subject: 'Publish the sample shares', version: '1.0.0', added: 5, removed: 0, changed: 0 },
    ]);
    // What the changelog says in words: the periods of the rows, from the data, not the message.
    expect(history.versions[0]!.periods).toEqual({ added: ['2026-Q2'], removed: [], changed: ['2023'] });
  });

  it('names each file the commit changed, with its rows then and its name in the dataset\'s folder', () => {
    const [latest] = datasetHistory(source(repo), SUBJECT).versions;
    expect(latest!.files).toEqual([
      { resource: 'sample-share', path: SAMPLE_CSV, file: 'sample-share.csv', exists: true, added: 1, removed: 0, changed: 1, periods: { added: ['2026-Q2'], removed: [], changed: ['2023'] }, rows: 6 },
      { resource: 'datapackage', path: SAMPLE_PACKAGE, file: 'datapackage.json', exists: true },
    ]);
  });

  it('gives back a past version byte for byte: the file as it was at that commit', () => {
    const blob = nodeGitBlobReader(repo);
    const past = blob(first, SAMPLE_CSV)!;
    expect(Buffer.from(past)).toEqual(execFileSync('git', ['show', `${first}:${SAMPLE_CSV}`], { cwd: repo }));
    expect(Buffer.from(past)).toEqual(readFileSync(join(VALID_ROOT, SAMPLE_CSV)));
    expect(Buffer.from(blob(second, SAMPLE_CSV)!)).toEqual(readFileSync(join(repo, SAMPLE_CSV)));
    expect(blob(first, 'data/no-such-file.csv')).toBeNull();
  });

  it('dates "last updated" from the newest commit, and says so', () => {
    const history = datasetHistory(source(repo), SUBJECT);
    expect(lastUpdated(history, { sources: [{ date: '2024-01-15' }] })).toEqual({ date: '2026-02-20', basis: 'history' });
  });

  it('asks once per file for its log and once per version for its bytes, never per row', () => {
    const real = source(repo);
    const logs: string[] = [];
    const blobs: string[] = [];
    const counting: GitSource = {
      state: real.state,
      log: (file) => {
        logs.push(file);
        return real.log(file);
      },
      blob: (commit, path) => {
        blobs.push(`${commit}:${path}`);
        return real.blob(commit, path);
      },
    };
    datasetHistory(counting, SUBJECT);
    // One log for the CSV, one for the descriptor; two versions of each.
    expect(logs).toHaveLength(2);
    expect(blobs).toHaveLength(4);
  });
});

describe('a dataset\'s changelog without full history', () => {
  it('is unavailable in a shallow clone, and "last updated" falls back to the newest source', () => {
    const shallow = join(root, 'shallow');
    git(root, '2026-02-20T09:00:00+07:00', 'clone', '-q', '--depth', '1', `file://${repo}`, shallow);
    const history = datasetHistory(source(shallow), SUBJECT);
    expect(history).toEqual({ state: 'shallow', versions: [] });
    expect(lastUpdated(history, { sources: [{ date: '2024-01-15' }, {}, { date: '2023-05-01' }] })).toEqual({ date: '2024-01-15', basis: 'sources' });
  });

  it('is unavailable, without a single git log, when the runner reports a shallow repository', () => {
    const calls: string[][] = [];
    const shallowRunner: GitRunner = (args) => {
      calls.push(args);
      return args.includes('--is-shallow-repository') ? 'true\n' : '';
    };
    const state = historyState(shallowRunner);
    expect(state).toBe('shallow');
    expect(datasetHistory({ log: (file) => readHistory(shallowRunner, file), blob: () => null, state }, SUBJECT).versions).toEqual([]);
    expect(calls).toHaveLength(1);
  });

  it('is unavailable when git is, and "last updated" then falls back to the package\'s creation day', () => {
    const noGit: GitRunner = () => null;
    const history = datasetHistory({ log: (file) => readHistory(noGit, file), blob: () => null, state: historyState(noGit) }, SUBJECT);
    expect(history).toEqual({ state: 'unavailable', versions: [] });
    expect(lastUpdated(history, { sources: [{}], created: '2026-11-26T00:00:00Z' })).toEqual({ date: '2026-11-26', basis: 'created' });
    expect(lastUpdated(history, { sources: [] })).toBeNull();
  });
});

describe('a dataset\'s changelog when a pull request is merged with a merge commit', () => {
  let merged: string;
  let branchTip: string;
  let pullRoot: string;
  let repoOfMerge: string;
  beforeAll(() => {
    pullRoot = mkdtempSync(join(tmpdir(), 'portal-history-merge-'));
    const clone = join(pullRoot, 'portal');
    git(pullRoot, '2026-03-01T09:00:00+07:00', 'clone', '-q', repo, clone);
    git(clone, '2026-03-01T09:00:00+07:00', 'checkout', '-q', '-b', 'add-2026-q3');
    // On the branch, as through GitHub's web editor: the figure first written wrongly, then fixed.
    const csv = readFileSync(join(clone, SAMPLE_CSV), 'utf8');
    writeFileSync(join(clone, SAMPLE_CSV), `${csv}2026-Q3,Tỉnh Mẫu,app,test-source,71\n`);
    git(clone, '2026-03-01T09:00:00+07:00', 'commit', '-q', '-am', 'Update sample-share.csv');
    writeFileSync(join(clone, SAMPLE_CSV), `${csv}2026-Q3,91,app,test-source,71\n`);
    git(clone, '2026-03-01T10:00:00+07:00', 'commit', '-q', '-am', 'Update sample-share.csv');
    branchTip = git(clone, '2026-03-01T10:00:00+07:00', 'rev-parse', 'HEAD').trim();
    // Meanwhile the main line moved on, so the merge is a real one.
    git(clone, '2026-03-02T09:00:00+07:00', 'checkout', '-q', 'main');
    writeFileSync(join(clone, 'data', 'notes-elsewhere.txt'), 'x\n');
    git(clone, '2026-03-02T09:00:00+07:00', 'add', '-A');
    git(clone, '2026-03-02T09:00:00+07:00', 'commit', '-q', '-m', 'Something else on main');
    git(clone, '2026-03-03T09:00:00+07:00', 'merge', '-q', '--no-ff', 'add-2026-q3', '-m', 'Merge pull request #7 from staff/add-2026-q3', '-m', 'Thêm số liệu quý III/2026 theo nguồn thử');
    merged = git(clone, '2026-03-03T09:00:00+07:00', 'rev-parse', 'HEAD').trim();
    repoOfMerge = clone;
  });
  afterAll(() => rmSync(pullRoot, { recursive: true, force: true }));

  it('is one version, the pull request\'s title and its net change, and the branch\'s own commits are no versions', () => {
    const history = datasetHistory(source(repoOfMerge), SUBJECT);
    const newest = history.versions[0]!;
    expect(newest).toMatchObject({ commit: merged, subject: 'Thêm số liệu quý III/2026 theo nguồn thử', added: 1, removed: 0, changed: 0 });
    expect(newest.periods.added).toEqual(['2026-Q3']);
    expect(history.versions.map((v) => v.commit)).not.toContain(branchTip);
    expect(history.versions).toHaveLength(3);
  });
});
