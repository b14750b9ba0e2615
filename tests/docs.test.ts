/**
 * The README and the documents under docs/ are how staff and developers find their way: a link
 * that leads nowhere, a section of the Vietnamese guide missing from its English twin, or a
 * validator message that names a guide that does not exist is a dead end for a reader.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from './support/real-portal.ts';

const DOCS = ['README.md', ...readdirSync(join(REPO_ROOT, 'docs')).filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`)];
const read = (path: string) => readFileSync(join(REPO_ROOT, path), 'utf8');

/** Markdown without its fenced code blocks, where brackets and hashes are code, not links or headings. */
const prose = (text: string) => text.replace(/^```[\s\S]*?^```/gm, '');

/** GitHub's anchor for each heading: lower case, punctuation dropped, spaces to hyphens, repeats numbered. */
export function headingAnchors(markdown: string): Set<string> {
  const anchors = new Set<string>();
  const seen = new Map<string, number>();
  for (const [, title] of prose(markdown).matchAll(/^#{1,6} (.+)$/gm)) {
    const text = title!.replace(/`/g, '').replace(/\[([^\]]*)\]\([^)]*\)/g, '$1');
    const base = text.trim().toLowerCase().replace(/[^\p{L}\p{M}\p{N}\s_-]/gu, '').replace(/\s/g, '-');
    const count = seen.get(base) ?? 0;
    anchors.add(count ? `${base}-${count}` : base);
    seen.set(base, count + 1);
  }
  return anchors;
}

const links = (markdown: string) => [...prose(markdown).matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1]!).filter((href) => !/^[a-z]+:/i.test(href));

describe('the documentation', () => {
  it('counts anchors the way GitHub does, Vietnamese letters kept', () => {
    expect([...headingAnchors('## 8.1 Trên trình duyệt, không cài gì\n## 7. The checker\'s messages\n## A\n## A\n')]).toEqual([
      '81-trên-trình-duyệt-không-cài-gì',
      '7-the-checkers-messages',
      'a',
      'a-1',
    ]);
  });

  it.each(DOCS)('%s: every link leads to a file of the repository, and every #anchor to a heading there', (doc) => {
    const broken: string[] = [];
    for (const href of links(read(doc))) {
      const [file, anchor] = href.split('#') as [string, string | undefined];
      const target = file === '' ? doc : relative(REPO_ROOT, join(REPO_ROOT, dirname(doc), decodeURI(file)));
      if (!existsSync(join(REPO_ROOT, target))) broken.push(`${href}: no file ${target}`);
      else if (anchor !== undefined && target.endsWith('.md') && !headingAnchors(read(target)).has(decodeURIComponent(anchor))) broken.push(`${href}: no heading #${anchor} in ${target}`);
    }
    expect(broken).toEqual([]);
  });

  it('the English staff guide has every section of the Vietnamese one, in the same order', () => {
    const outline = (path: string) => [...prose(read(path)).matchAll(/^(#{2,3}) (\d+(?:\.\d+)?)\.? /gm)].map((m) => `${m[1]} ${m[2]}`);
    const vi = outline('docs/huong-dan-cap-nhat-du-lieu.md');
    expect(vi.length).toBeGreaterThan(10);
    expect(outline('docs/staff-guide.md')).toEqual(vi);
  });

  it('the README opens with the two commands, then sends staff to the guide in Vietnamese and in English', () => {
    const readme = read('README.md');
    const commands = /```sh\nnpm start[^\n]*\nnpm test[^\n]*\n```/.exec(readme);
    expect(commands).not.toBeNull();
    const guide = readme.indexOf('docs/huong-dan-cap-nhat-du-lieu.md');
    expect(guide).toBeGreaterThan(commands!.index);
    expect(readme.indexOf('docs/staff-guide.md')).toBeGreaterThan(commands!.index);
    // The developer material lives in docs/, not before the guide.
    expect(readme.slice(0, guide)).not.toMatch(/Lighthouse|vitest|Benchmark/);
  });

  it('every document a message of the code names exists', () => {
    const named = new Set<string>();
    const walk = (dir: string) => {
      for (const entry of readdirSync(join(REPO_ROOT, dir), { withFileTypes: true })) {
        const path = `${dir}/${entry.name}`;
        if (entry.isDirectory()) walk(path);
        else if (/\.(ts|astro)$/.test(entry.name)) for (const m of read(path).matchAll(/docs\/[\w-]+\.md/g)) named.add(m[0]);
      }
    };
    walk('src');
    walk('scripts');
    expect(named.size).toBeGreaterThan(0);
    expect([...named].filter((path) => !existsSync(join(REPO_ROOT, path)))).toEqual([]);
  });
});
