// Accessibility of every page type, in both languages, checked by axe-core against WCAG 2.2 A and
// AA and axe's best practices: as the page loads, on a phone, without JavaScript, and in the
// states the scripts create (search results, a chart read from the keyboard, an opened data
// table). And nothing moves for a reader who asks for reduced motion.
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, type ExpectStatic } from 'vitest';
import { runAxe } from '../support/axe.ts';
import { it, openPage, site } from '../support/e2e.ts';
import { pageTypes, type Locale } from '../support/page-types.ts';

const types = pageTypes();
const pathOf = (kind: string, locale: Locale) => types.find((t) => t.kind === kind && t.locale === locale)!.path;

const contexts = new Map<string, BrowserContext>();

it.beforeAll(async ({ browser }) => {
  for (const locale of ['vi', 'en'] as const) {
    contexts.set(locale, await browser.newContext({ viewport: { width: 1280, height: 900 }, locale }));
  }
  contexts.set('phone', await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true }));
  contexts.set('no-js', await browser.newContext({ viewport: { width: 1280, height: 900 }, javaScriptEnabled: false }));
});

/**
 * Every id used more than once in the page. axe 4 checks only ids that ARIA refers to; a repeated
 * id elsewhere (the narrow and the wide drawing of a chart are both in the page) still breaks
 * label references and fragment links.
 */
const DUPLICATE_IDS = `(() => {
  const seen = new Map();
  for (const el of document.querySelectorAll('[id]')) seen.set(el.id, (seen.get(el.id) ?? 0) + 1);
  return [...seen].filter(([, n]) => n > 1).map(([id, n]) => id + ' (' + n + ' times)');
})()`;

/**
 * Opens `path` in the named context, lets `prepare` act on it, and asserts axe finds nothing.
 * `expect` is the test's own: these tests run concurrently.
 */
async function expectNoViolations(
  expect: ExpectStatic,
  context: string,
  path: string,
  prepare?: (page: Page) => Promise<void>,
): Promise<void> {
  const page = await openPage(contexts.get(context)!, path);
  try {
    await prepare?.(page);
    const { violations, passes } = await runAxe(page, { scriptsDisabled: context === 'no-js' });
    expect(passes, `axe checked nothing on ${path}`).toBeGreaterThan(0);
    expect(violations, `axe found violations on ${path} (${context})`).toEqual([]);
    expect(await page.evaluate(DUPLICATE_IDS), `ids used more than once on ${path} (${context})`).toEqual([]);
  } finally {
    await page.close();
  }
}

// Concurrently: most of the time goes to loading pages and axe, which two cores do side by side.
describe.concurrent('axe finds no violation', () => {
  it.for(types.map((t) => [t.kind, t.locale, t.path] as const))('on the %s page (%s) %s', async ([, locale, path], { expect }) => {
    await expectNoViolations(expect, locale, path);
  });

  it.for(['home', 'indicator'])('on the %s page on a phone', async (kind, { expect }) => {
    await expectNoViolations(expect, 'phone', pathOf(kind, 'vi'));
  });

  it('on the indicator page without JavaScript', async ({ expect }) => {
    await expectNoViolations(expect, 'no-js', pathOf('indicator', 'en'));
  });

  it('on the search page showing results', async ({ expect }) => {
    await expectNoViolations(expect, 'en', `${pathOf('search', 'en')}?q=dich+vu+cong`, async (page) => {
      await page.locator('[data-search-results] li').first().waitFor();
    });
  });

  it('on the indicator page with a point of the chart read from the keyboard and its tooltip shown', async ({ expect }) => {
    await expectNoViolations(expect, 'vi', pathOf('indicator', 'vi'), async (page) => {
      await page.locator('svg.chart-svg').filter({ visible: true }).first().focus();
      await page.keyboard.press('ArrowRight');
      await page.locator('.chart-tooltip').filter({ visible: true }).waitFor();
    });
  });

  it('on the indicator page with the explorer open, a province searched for and compared, and a point read', async ({ expect }) => {
    await expectNoViolations(expect, 'vi', '/indicators/pci-score/', async (page) => {
      await page.locator('[data-explore-toggle]').click();
      await page.locator('[data-explore-ready]').waitFor();
      await page.locator('input[type="search"]').first().fill('hue');
      await page.locator('.explore-area-list input:visible').first().check();
      await page.waitForURL(/areas=/);
      await page.locator('svg.chart-svg').filter({ visible: true }).first().focus();
      await page.keyboard.press('ArrowRight');
      await page.locator('.chart-tooltip').filter({ visible: true }).waitFor();
    });
  });

  it.for(['view=map&measure=rank', 'view=table&measure=rank', 'areas=46&since=2018'])('on the indicator page showing ?%s, on a phone', async (query, { expect }) => {
    await expectNoViolations(expect, 'phone', `/en/indicators/pci-score/?${query}`, async (page) => {
      await page.locator('[data-explore-ready]').waitFor();
    });
  });

  it('on the explore page with another indicator chosen', async ({ expect }) => {
    await expectNoViolations(expect, 'en', '/en/explore/?indicator=dti-score', async (page) => {
      await page.locator('[data-explore-ready]').waitFor();
    });
  });

  it('on the embed page with its data table opened', async ({ expect }) => {
    await expectNoViolations(expect, 'en', pathOf('embed', 'en'), async (page) => {
      await page.locator('.chart-data summary').click();
      await page.locator('.chart-data table').waitFor();
    });
  });
});

describe('the charts', () => {
  // Each chart is drawn twice, narrow and wide; a screen reader must meet it once, at any width.
  it.each(['vi', 'phone'])('are each one image in the accessibility tree, with a name (%s)', async (context) => {
    for (const kind of ['indicator', 'article']) {
      const page = await openPage(contexts.get(context)!, pathOf(kind, 'vi'));
      const frames = page.locator('.chart-frame');
      expect(await frames.count(), `${kind} page has charts`).toBeGreaterThan(0);
      for (const frame of await frames.all()) {
        const images = frame.getByRole('img');
        expect(await images.count(), `drawings of one chart announced on the ${kind} page`).toBe(1);
        const name = await images.first().evaluate((svg) =>
          (svg.getAttribute('aria-labelledby') ?? '').split(' ').map((id) => document.getElementById(id)?.textContent?.trim() ?? ''),
        );
        expect(name.length > 0 && name.every(Boolean), `every part of the chart's name is there: ${name.join(' | ')}`).toBe(true);
      }
      await page.close();
    }
  });
});

/** Every element (and ::before, ::after) that would move: a non-zero transition or animation, or smooth scrolling. */
const MOVING = `(() => {
  const moving = [];
  const busy = (list) => list.split(',').some((d) => parseFloat(d) > 0);
  for (const el of document.querySelectorAll('*')) {
    for (const pseudo of [null, '::before', '::after']) {
      const cs = getComputedStyle(el, pseudo);
      const what = [];
      if (busy(cs.transitionDuration)) what.push('transition ' + cs.transitionProperty + ' ' + cs.transitionDuration);
      if (cs.animationName !== 'none' && busy(cs.animationDuration)) what.push('animation ' + cs.animationName + ' ' + cs.animationDuration);
      if (cs.scrollBehavior === 'smooth') what.push('smooth scrolling');
      const classes = (el.getAttribute('class') ?? '').trim().split(/\\s+/).filter(Boolean);
      if (what.length > 0) moving.push([el.tagName.toLowerCase(), ...classes].join('.') + (pseudo ?? '') + ': ' + what.join(', '));
    }
  }
  return moving;
})()`;

describe('with prefers-reduced-motion: reduce', () => {
  /** Opens the indicator page and puts the chart's tooltip on screen: the parts that animate. */
  async function chartInMotion(reducedMotion: 'reduce' | 'no-preference'): Promise<Page> {
    const page = await contexts.get('vi')!.newPage();
    await page.emulateMedia({ reducedMotion });
    await page.goto(site.href(pathOf('indicator', 'vi')));
    await page.locator('svg.chart-svg').filter({ visible: true }).first().focus();
    await page.locator('.chart-tooltip').filter({ visible: true }).waitFor();
    return page;
  }

  it('the chart’s tooltip and points do animate otherwise', async () => {
    const page = await chartInMotion('no-preference');
    expect(await page.evaluate(MOVING)).toEqual(expect.arrayContaining([expect.stringMatching(/^div\.chart-tooltip: transition/), expect.stringMatching(/^circle\.mark(\.[\w-]+)*\.is-active: transition/)]));
    await page.close();
  });

  it('nothing moves on the indicator page with the chart’s tooltip shown', async () => {
    const page = await chartInMotion('reduce');
    expect(await page.evaluate(MOVING)).toEqual([]);
    await page.close();
  });

  it.each(['home', 'search', 'progress summary'])('nothing moves on the %s page', async (kind) => {
    const page = await contexts.get('en')!.newPage();
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(site.href(pathOf(kind, 'en')));
    expect(await page.evaluate(MOVING)).toEqual([]);
    await page.close();
  });
});
