import { describe, expect, it } from 'vitest';
import { isPageRequest, problemsPage } from '../src/site/dev-data-check.ts';

describe('problemsPage()', () => {
  const problems = [
    { path: 'data/datasets/dti/dti-rank.csv', line: 3, column: 21, message: 'column "value" expects a whole number but holds "<5x>"' },
    { path: 'data/site.json', line: 1, column: 1, message: 'x & y' },
  ];

  it('lists every problem as path:line:column: message, escaped for HTML', () => {
    const html = problemsPage(problems);
    expect(html).toContain('<li><code>data/datasets/dti/dti-rank.csv:3:21: column &quot;value&quot; expects a whole number but holds &quot;&lt;5x&gt;&quot;</code></li>');
    expect(html).toContain('<li><code>data/site.json:1:1: x &amp; y</code></li>');
    expect(html).toContain('<h1>data/ has 2 problems</h1>');
  });

  it('loads Vite\'s client under the site\'s base, so the page reloads when a file is saved', () => {
    expect(problemsPage(problems)).toContain('<script type="module" src="/@vite/client">');
    expect(problemsPage(problems, '/portal')).toContain('src="/portal/@vite/client"');
  });
});

describe('isPageRequest()', () => {
  it('is true for pages of the site', () => {
    for (const url of ['/', '/en/', '/indicators/dti-rank/', '/indicators/dti-rank', '/404.html', '/?q=1']) expect(isPageRequest(url), url).toBe(true);
  });

  it('is false for Vite\'s modules, scripts, styles and images', () => {
    for (const url of ['/@vite/client', '/@id/astro:scripts/page.js', '/@fs/work/x.ts', '/node_modules/.vite/deps/a.js', '/src/styles/global.css', '/favicon.svg', '/_astro/a.js']) {
      expect(isPageRequest(url), url).toBe(false);
    }
  });
});
