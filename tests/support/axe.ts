/**
 * Runs axe-core (https://github.com/dequelabs/axe-core) in a page of the built site and reports
 * its violations as lines a developer can act on: the page, the rule, and the offending elements.
 * axe is handed to the page as source text and evaluated there, which also works in a context with
 * JavaScript disabled (the page's own scripts stay off; the test's evaluation still runs). Code
 * for the page goes as strings: Vitest rewrites functions passed to page.evaluate.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** WCAG 2.2 levels A and AA (axe tags each rule with the version that introduced it), and axe's best practices. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] as const;

export interface AxeReport {
  /** One line per rule violated: "rule (impact): help — selector; selector …". */
  violations: string[];
  /** How many rules passed: zero means axe did not really look at the page. */
  passes: number;
}

interface AxeNode {
  target: unknown[];
  failureSummary?: string;
}
interface AxeRule {
  id: string;
  impact: string | null;
  help: string;
  nodes: AxeNode[];
}

/**
 * With scripting disabled the page runs no timers and no queued microtasks, only promise
 * reactions, and axe waits on setTimeout and queueMicrotask between steps: both become promise
 * reactions. axe's only long timers are time limits for frames and preloading (the pages checked
 * this way have no frames; preloading is turned off), which must not fire early.
 */
const TIMERS_AS_PROMISES = `window.setTimeout = (fn, _ms, ...args) => { Promise.resolve().then(() => fn(...args)); return 0; };
window.clearTimeout = () => {};
window.queueMicrotask = (fn) => { Promise.resolve().then(fn); };`;

/**
 * Runs axe over the whole page as it is now (after any interaction the test made). Pass
 * `scriptsDisabled` for a page opened in a context with JavaScript disabled.
 */
export async function runAxe(page: Page, { scriptsDisabled = false } = {}): Promise<AxeReport> {
  if (!(await page.evaluate('typeof window.axe === "object"'))) {
    if (scriptsDisabled) await page.evaluate(TIMERS_AS_PROMISES);
    await page.evaluate(AXE_SOURCE);
  }
  const options = { runOnly: { type: 'tag', values: AXE_TAGS }, resultTypes: ['violations'], preload: !scriptsDisabled };
  const result = (await page.evaluate(
    `axe.run(document, ${JSON.stringify(options)}).then((r) => ({ violations: r.violations, passes: r.passes.length }))`,
  )) as { violations: AxeRule[]; passes: number };
  return {
    passes: result.passes,
    violations: result.violations.map((rule) => {
      const where = rule.nodes.map((node) => {
        const summary = node.failureSummary?.split('\n').slice(1).join(' ').trim();
        return `${node.target.map(String).join(' >>> ')}${summary ? ` [${summary}]` : ''}`;
      });
      return `${rule.id} (${rule.impact}): ${rule.help} — ${where.join('; ')}`;
    }),
  };
}
