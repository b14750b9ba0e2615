// The feeds as a feed reader takes them: parsed by a feed library (@rowanmanning/feed-parser), not
// by the regular expressions of the other feed tests.
import { parseFeed } from '@rowanmanning/feed-parser';
import { describe, expect, it } from 'vitest';
import { articleMeta } from '../../src/lib/articles/article-meta.ts';
import { articleFeed } from '../../src/lib/articles/article-feed.ts';
import { ArticleFrontmatter } from '../../src/lib/contract/article.ts';
import { atomFeed } from '../../src/lib/downloads/atom.ts';
import { dataFeedEntries, entryId } from '../../src/lib/downloads/data-feed.ts';
import type { DatasetVersion } from '../../src/lib/downloads/dataset-history.ts';

const SITE = 'https://data.example.org/open-data/';
const isAbsoluteIri = (id: string | null) => id !== null && /^[a-z][a-z0-9+.-]*:/i.test(id) && URL.canParse(id);

const version: DatasetVersion = {
  commit: 'c'.repeat(40),
  date: '2026-03-01T10:00:00+07:00',
  subject: 'Add the 2024 ranking',
  version: '1.1.0',
  files: [],
  added: 1,
  removed: 0,
  changed: 0,
  periods: { added: ['2024'], removed: [], changed: [] },
};

function dataFeed(site: string | undefined) {
  const link = (path: string) => (site ? new URL(path.slice(1), site).href : path);
  const entries = dataFeedEntries([{ id: 'dti', title: 'Chỉ số chuyển đổi số (DTI)', link: link('/data/dti/'), versions: [version] }], { catalogueLink: link('/data/'), locale: 'vi', portal: 'quang-tri' });
  return atomFeed(entries, { id: entryId('data-feed', 'vi'), title: 'Cập nhật dữ liệu', link: link('/data/'), updated: version.date, selfLink: link('/data/feed.xml'), lang: 'vi' });
}

const article = articleMeta({
  id: 'vi/bai-mot',
  data: ArticleFrontmatter.parse({ title: 'Bài một', summary: 'Tóm tắt.', date: '2026-11-20', author: 'Nhóm biên tập', tags: ['x'], translationKey: 'bai-mot' }),
});
// Paths carry the base path, as the site's localePath gives them.
const articlesFeed = (site: string | undefined) =>
  articleFeed([article], { locale: 'vi', portal: 'quang-tri', title: 'Bài viết', author: 'Nhóm', listPath: '/open-data/articles/', feedPath: '/open-data/articles/feed.xml', articlePath: (a) => `/open-data/articles/${a.slug}/`, site });

describe('the feeds, read by a feed library', () => {
  it.each([
    ['data updates', dataFeed],
    ['articles', articlesFeed],
  ])('%s: every id is an absolute IRI, with or without the site\'s address, and links are absolute once it is known', (_, feed) => {
    for (const site of [undefined, SITE]) {
      const parsed = parseFeed(feed(site));
      expect(parsed.items.length).toBeGreaterThan(0);
      expect(parsed.language).toBe('vi');
      for (const item of parsed.items) expect(isAbsoluteIri(item.id), String(item.id)).toBe(true);
      if (site) for (const item of parsed.items) expect(item.url).toMatch(/^https:\/\/data\.example\.org\/open-data\//);
    }
  });

  it('data updates: the Vietnamese entry says in Vietnamese what changed, and its content links to the changelog', () => {
    const [item] = parseFeed(dataFeed(SITE)).items;
    expect(item!.title).toBe('Chỉ số chuyển đổi số (DTI): Thêm 1 số liệu (2024); phiên bản 1.1.0');
    expect(item!.content).toContain(`href="${SITE}data/dti/#version-${'c'.repeat(12)}"`);
    expect(item!.content).toContain('Ghi chú của người đăng: Add the 2024 ranking');
  });
});
