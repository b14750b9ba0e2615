// Security as a reader's browser sees it: every page type carries a strict Content-Security-Policy
// that the page itself never breaks and that stops an injected script; and a dataset whose texts
// are full of HTML and script shows them as inert text on every page that renders them.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { eachConcurrently, EXTRA_SITE_TIMEOUT, it, openPage, serveExtraSite, site } from '../support/e2e.ts';
import { HOSTILE_DATASET, hostileIndicators, PAYLOAD } from '../support/hostile-portal.ts';
import { pageTypes } from '../support/page-types.ts';
import { distDir, type StaticServer } from '../support/static-server.ts';
import { SVG_POLICY } from '../../src/lib/security/headers-files.ts';

/** The page's <meta http-equiv="content-security-policy">, as directive name → sources. */
function metaPolicy(html: string): Map<string, string[]> | undefined {
  const meta = /<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(html);
  if (!meta) return undefined;
  const directives = meta[1]!.split(';').map((d) => d.trim().split(/\s+/)).filter((d) => d[0]);
  return new Map(directives.map(([name, ...sources]) => [name!, sources]));
}

const htmlOf = (path: string) => readFileSync(join(distDir, path.endsWith('.html') ? path : join(path, 'index.html')), 'utf8');

/** CSP violations and script errors a page reports while it loads and is used. */
function recordProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(`script error: ${error.message}`));
  return problems;
}

describe('Content-Security-Policy', () => {
  it.each(pageTypes().map((type) => [`${type.kind} (${type.locale})`, type.path] as const))(
    'the %s page carries a strict policy before any script',
    (_name, path) => {
      const html = htmlOf(path);
      const policy = metaPolicy(html);
      expect(policy, `${path} has no Content-Security-Policy <meta>`).toBeDefined();
      const scriptSources = policy!.get('script-src') ?? [];
      expect(scriptSources, `${path}: script-src`).toContain("'self'");
      for (const unsafe of ["'unsafe-inline'", "'unsafe-eval'", '*', 'http:', 'https:', 'data:']) {
        expect(scriptSources, `${path}: script-src allows ${unsafe}`).not.toContain(unsafe);
      }
      expect(policy!.get('default-src'), `${path}: default-src`).toEqual(["'self'"]);
      expect(policy!.get('object-src'), `${path}: object-src`).toEqual(["'none'"]);
      expect(policy!.get('base-uri'), `${path}: base-uri`).toEqual(["'self'"]);
      // A <meta> policy only governs what follows it.
      const metaAt = html.search(/<meta http-equiv="content-security-policy"/i);
      // (Data blocks such as JSON-LD are not scripts: no policy applies to them.)
      const firstScript = html.search(/<script(?![^>]*type="application\/ld\+json")[\s>]/i);
      if (firstScript !== -1) expect(metaAt, `${path}: the policy comes after a script`).toBeLessThan(firstScript);
    },
  );

  it('no page type breaks its own policy, nor does a search', async ({ browser }) => {
    const context = await browser.newContext();
    const found: string[] = [];
    // A few pages at a time: most of each visit is waiting for the network to go idle.
    await eachConcurrently(pageTypes(), 4, async ({ path }) => {
      const page = await context.newPage();
      const problems = recordProblems(page);
      const response = await page.goto(site.href(path));
      expect(response?.status(), path).toBe(200);
      await page.waitForLoadState('networkidle');
      found.push(...problems.map((problem) => `${path}: ${problem}`));
      await page.close();
    });
    // Search runs Pagefind's WebAssembly and fetches its index.
    const search = await context.newPage();
    const searchProblems = recordProblems(search);
    await search.goto(site.href('/search/?q=dich+vu+cong'));
    await search.waitForSelector('[data-search-results] li');
    found.push(...searchProblems.map((problem) => `/search/?q=…: ${problem}`));
    await context.close();
    expect(found, found.join('\n')).toEqual([]);
  }, 240_000);

  it('writes header files for static hosts that cover every section of the built site', () => {
    const headers = readFileSync(join(distDir, '_headers'), 'utf8');
    const htaccess = readFileSync(join(distDir, '.htaccess'), 'utf8');
    const sections = readdirSync(distDir, { withFileTypes: true }).filter((e) => e.isDirectory() && e.name !== 'en');
    expect(sections.length).toBeGreaterThan(5);
    for (const section of sections) expect(headers, `_headers has no rule for /${section.name}/`).toContain(`\n/${section.name}/*\n`);
    expect(headers).toContain('\n/en/embed/*\n  Content-Security-Policy: frame-ancestors *;');
    expect(htaccess).toContain('ErrorDocument 404 /404.html');
  });

  it('stops a script injected into a page, which runs when the policy is bypassed', async ({ browser }) => {
    const inject = async (page: Page) => {
      // An inline <script> element, as an HTML injection would add it (Playwright reports the block as an error)…
      await page.addScriptTag({ content: 'window.__injected = true' }).catch(() => undefined);
      // …and an inline event handler.
      await page.evaluate(() => {
        document.body.insertAdjacentHTML('beforeend', '<img src="/favicon.svg" onload="window.__injectedHandler = true">');
        return new Promise((resolve) => setTimeout(resolve, 300));
      });
    };
    const ran = (page: Page) => page.evaluate(() => ({ script: '__injected' in window, handler: '__injectedHandler' in window }));
    const path = pageTypes().find((type) => type.kind === 'indicator')!.path;

    const enforced = await browser.newContext();
    const page = await openPage(enforced, path);
    const problems = recordProblems(page);
    await inject(page);
    expect(await ran(page)).toEqual({ script: false, handler: false });
    expect(problems.join('\n')).toMatch(/Content Security Policy/);
    await enforced.close();

    // The same injection without the policy runs: the check above can tell the difference.
    const bypassed = await browser.newContext({ bypassCSP: true });
    const unprotected = await openPage(bypassed, path);
    await inject(unprotected);
    expect(await ran(unprotected)).toEqual({ script: true, handler: true });
    await bypassed.close();
  });

  it('runs nothing in a hostile SVG opened on its own under the policy the site gives SVG files', async ({ browser }) => {
    // A logo the validator would refuse, served as a host reading _headers or .htaccess serves it.
    const hostile = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10" onload="document.documentElement.setAttribute(\'data-handler\', \'ran\')"><rect width="10" height="10"/><script>document.documentElement.setAttribute(\'data-script\', \'ran\')</script></svg>';
    const open = async (headers: Record<string, string>) => {
      const context = await browser.newContext();
      await context.route('**/hostile-logo.svg', (route) => route.fulfill({ status: 200, body: hostile, headers: { 'Content-Type': 'image/svg+xml', ...headers } }));
      const page = await context.newPage();
      await page.goto(`${site.url}/hostile-logo.svg`);
      await page.waitForTimeout(200);
      const ran = await page.evaluate(() => [document.documentElement.getAttribute('data-script'), document.documentElement.getAttribute('data-handler')]);
      await context.close();
      return ran;
    };
    expect(await open({ 'Content-Security-Policy': SVG_POLICY })).toEqual([null, null]);
    // Without the policy both run: the check above can tell the difference.
    expect(await open({})).toEqual(['ran', 'ran']);
  });
});

describe('a dataset whose texts hold HTML and script', () => {
  // The site built from them (tests/support/extra-sites.ts, "hostile").
  const indicators = hostileIndicators();
  let outDir: string;
  let server: StaticServer;
  let context: BrowserContext;

  it.beforeAll(async ({ browser }) => {
    ({ dir: outDir, server } = await serveExtraSite('hostile'));
    // Without the policy: escaping alone must keep the payloads inert.
    context = await browser.newContext({ bypassCSP: true });
  }, EXTRA_SITE_TIMEOUT);
  it.afterAll(async () => {
    await server?.close();
  });

  const pages = () => [
    `/data/${HOSTILE_DATASET}/`,
    `/en/data/${HOSTILE_DATASET}/`,
    '/data/',
    '/en/indicators/',
    ...indicators.flatMap((id) => [`/indicators/${id}/`, `/en/indicators/${id}/`, `/embed/indicators/${id}/`]),
  ];

  it('renders them as text on every page that shows them, and runs none of them', async () => {
    const failures: string[] = [];
    await eachConcurrently(pages(), 4, async (path) => {
      const page = await openPage(context, path, server);
      await page.waitForLoadState('networkidle');
      const state = await page.evaluate(() => ({
        pwned: (window as { __pwned?: string }).__pwned ?? null,
        injectedElements: document.querySelectorAll('img[src="x"], svg[onload], b').length,
        handlers: [...document.querySelectorAll('*')].flatMap((el) => el.getAttributeNames().filter((name) => name.startsWith('on'))),
        text: document.body.innerText,
      }));
      if (state.pwned !== null) failures.push(`${path}: a payload ran (${state.pwned})`);
      if (state.injectedElements > 0) failures.push(`${path}: ${state.injectedElements} element(s) from the payload were created`);
      if (state.handlers.length > 0) failures.push(`${path}: event-handler attributes ${state.handlers.join(', ')}`);
      if (!state.text.includes("<script>window.__pwned='script'</script>")) failures.push(`${path}: the payload is not shown as text`);
      await page.close();
    });
    expect(failures, failures.join('\n')).toEqual([]);
  });

  it('keeps the JSON-LD, the chart SVG files and the feed well-formed', async () => {
    const page = await openPage(context, `/data/${HOSTILE_DATASET}/`, server);
    const jsonLd = await page.locator('script[type="application/ld+json"]').first().textContent();
    const parsed = JSON.parse(jsonLd ?? '') as { name?: string };
    expect(parsed.name).toContain(PAYLOAD);
    for (const file of [`/charts/vi/${indicators[0]}.svg`, '/data/feed.xml']) {
      const body = readFileSync(join(outDir, file), 'utf8');
      const mime = file.endsWith('.svg') ? 'image/svg+xml' : 'application/xml';
      const error = await page.evaluate(
        ([text, type]) => new DOMParser().parseFromString(text!, type as DOMParserSupportedType).querySelector('parsererror')?.textContent ?? null,
        [body, mime],
      );
      expect(error, `${file} is not well-formed`).toBeNull();
      expect(body, `${file} holds an unescaped payload`).not.toContain('<script>');
    }
    await page.close();
  });
});
