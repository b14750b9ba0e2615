// `npm run validate` names, as notices, the articles whose datasets gained or changed figures after
// the article's date, reading the datasets' history from git; a real repository, made for the test.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { validatePortal } from '../../src/lib/validate/portal.ts';
import { diskFiles } from '../../src/site/disk-files.ts';
import { overtakenNotices } from '../../src/site/overtaken-notices.ts';
import { fixtureGit } from '../support/fixture-git.ts';
import { SAMPLE_CSV, TODAY, VALID_ROOT } from '../support/fixture-files.ts';

const repo = mkdtempSync(join(tmpdir(), 'overtaken-'));
afterAll(() => rmSync(repo, { recursive: true, force: true }));

const article = (locale: 'vi' | 'en', updated?: string) => `---
title: Bài thử ${locale}
summary: Tóm tắt.
date: 2026-01-15
${updated ? `updated: ${updated}\n` : ''}author: Nhóm biên tập
tags: [thử]
translationKey: bai-thu
relatedDatasets: [sample-services]
---

Văn bản.
`;

function writeArticles(updated?: string): void {
  for (const locale of ['vi', 'en'] as const) {
    mkdirSync(join(repo, 'data/articles', locale), { recursive: true });
    writeFileSync(join(repo, 'data/articles', locale, 'bai-thu.mdx'), article(locale, updated));
  }
}

function notices(): string[] {
  const result = validatePortal(diskFiles(repo), TODAY);
  expect(result.problems).toEqual([]);
  return overtakenNotices(repo, result.portal!, result.articles);
}

describe('notices of articles the data has overtaken', () => {
  cpSync(join(VALID_ROOT, 'data'), join(repo, 'data'), { recursive: true });
  writeArticles();
  fixtureGit(repo, '2026-01-10T09:00:00+07:00', 'init', '-q');
  fixtureGit(repo, '2026-01-10T09:00:00+07:00', 'add', '-A');
  fixtureGit(repo, '2026-01-10T09:00:00+07:00', 'commit', '-q', '-m', 'Publish the sample shares and an article');

  it('say nothing while the data is older than the article', () => {
    expect(notices()).toEqual([]);
  });

  it('name the article, the dataset and the day its figures changed, once a figure changes after it', () => {
    const csv = readFileSync(join(repo, SAMPLE_CSV), 'utf8').replace('2023,90,web,test-source,47', '2023,90,web,test-source,48');
    writeFileSync(join(repo, SAMPLE_CSV), csv);
    fixtureGit(repo, '2026-02-20T09:00:00+07:00', 'commit', '-q', '-am', 'Revise the 2023 web share');
    expect(notices()).toEqual([
      'data/articles/en/bai-thu.mdx: notice: figures of "sample-services" (2026-02-20) changed after the article\'s date 2026-01-15: read the article again, and when it is current, set "updated: 2026-02-20" in its frontmatter',
      'data/articles/vi/bai-thu.mdx: notice: figures of "sample-services" (2026-02-20) changed after the article\'s date 2026-01-15: read the article again, and when it is current, set "updated: 2026-02-20" in its frontmatter',
    ]);
  });

  it('stop once the article says it was brought up to date', () => {
    writeArticles('2026-02-20');
    fixtureGit(repo, '2026-02-21T09:00:00+07:00', 'commit', '-q', '-am', 'Bring the article up to date');
    expect(notices()).toEqual([]);
  });
});
