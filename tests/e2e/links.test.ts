// Links across the whole built site, and the 404 page. Every HTML file in dist/ is read (no
// browser): each site link (href, src, srcset, form action, URL <meta content>) must lead to a file
// in dist/ and each fragment to an id on its page; so must the links of the Atom feeds, the
// sitemap (when the site has an address), catalog.jsonld and each dataset page's JSON-LD. Links
// to other sites are counted, not fetched (these machines have no internet). Then, in a browser,
// an unknown address gets the bilingual 404 page with status 404.
import { readFileSync } from 'node:fs';
import { describe, expect } from 'vitest';
import { t } from '../../src/i18n/translate.ts';
import { it, site } from '../support/e2e.ts';
import { checkLinks } from '../support/link-check.ts';
import { distDir } from '../support/static-server.ts';

describe('every link in dist/', () => {
  it('leads to a file of the site, and every fragment to an id on its page', () => {
    const started = performance.now();
    const siteUrl = (JSON.parse(readFileSync(new URL('../../data/site.json', import.meta.url), 'utf8')) as { url?: string }).url;
    const report = checkLinks(distDir, siteUrl ? { siteOrigin: new URL(siteUrl).origin, base: new URL(siteUrl).pathname } : {});
    console.info(
      `links: ${report.checked} checked in ${report.files} files in ${Math.round(performance.now() - started)} ms; ` +
        `${report.external.length} distinct links to other sites listed, not fetched:\n  ${report.external.join('\n  ')}`,
    );
    // Proof that the checker read the site: any province's portal has hundreds of links (the
    // template of docs/reuse.md, two datasets, has under a thousand; Quảng Trị's, many more).
    expect(report.checked).toBeGreaterThan(100);
    expect(report.broken, `${report.broken.length} broken links in dist/`).toEqual([]);
  });
});

describe('an address the site does not have', () => {
  it.for(['/khong-co-trang-nay/', '/en/no-such-page/', '/indicators/no-such-indicator/'])(
    '%s answers 404 with the not-found page, in both languages, linking to both home pages',
    async (path, { browser }) => {
      const page = await browser.newPage();
      const response = await page.goto(site.href(path));
      expect(response?.status()).toBe(404);
      const text = await page.locator('main, body').first().innerText();
      for (const locale of ['vi', 'en'] as const) expect(text).toContain(t(locale)('notFound.text'));
      for (const home of ['/', '/en/']) {
        expect(await page.locator(`main a[href="${home}"]`).count(), `a link to ${home}`).toBeGreaterThan(0);
      }
      await page.close();
    },
  );
});
