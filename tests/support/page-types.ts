/**
 * One page of every kind the site has, in both languages: what the quality gates (accessibility,
 * Lighthouse, budgets, third-party requests) check. The pages are picked from the real data so
 * that a renamed indicator or article does not silently drop a page type from the gates.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { distDir } from './static-server.ts';
import { realIndicators, realPortal } from './real-portal.ts';

export type Locale = 'vi' | 'en';

export interface PageType {
  /** e.g. "indicator" */
  kind: string;
  locale: Locale;
  /** Site-relative path, e.g. "/en/indicators/dti-rank/" */
  path: string;
}

function localised(locale: Locale, path: string): string {
  return locale === 'vi' ? path : `/en${path}`;
}

/** The first article folder in the built site (articles are content, not data). */
function firstArticleSlug(): string {
  const folder = join(distDir, 'articles');
  const slug = readdirSync(folder)
    .filter((name) => statSync(join(folder, name)).isDirectory())
    .sort()[0];
  if (!slug) throw new Error(`${folder} holds no article: build the site first`);
  return slug;
}

/** Every page type in both languages. The 404 page is one page for both languages. */
export function pageTypes(): PageType[] {
  const portal = realPortal();
  // The indicator measured against a target with the most observations: the fullest chart (with
  // the target and the path to it), table and downloads; its target's page carries that chart.
  const indicators = realIndicators(portal).filter((candidate) => candidate.targets.length > 0);
  const indicator = indicators.sort((a, b) => b.observations.length - a.observations.length)[0];
  const target = indicator?.targets[0];
  // The indicator a reader can compare across the most provinces: the page where the explorer has
  // every control (provinces, years, rank, map).
  const compared = realIndicators(portal).sort((a, b) => b.peers.length - a.peers.length || b.observations.length - a.observations.length)[0];
  const dataset = portal.datasets[0];
  if (!indicator || !target || !dataset || !compared) throw new Error('the real data has no indicator, target or dataset');
  const article = firstArticleSlug();

  const perLocale: [kind: string, path: string][] = [
    ['home', '/'],
    ['goals', '/goals/'],
    ['target', `/goals/${target.id}/`],
    ['progress summary', '/goals/progress/'],
    ['methodology', '/about/methodology/'],
    ['terms', '/about/terms/'],
    ['indicators', '/indicators/'],
    ['indicator', `/indicators/${indicator.id}/`],
    ['compared indicator', `/indicators/${compared.id}/`],
    ['catalogue', '/data/'],
    ['dataset', `/data/${dataset.id}/`],
    ['articles', '/articles/'],
    ['article', `/articles/${article}/`],
    ['search', '/search/'],
    ['embed', `/embed/indicators/${indicator.id}/`],
    ['explore', '/explore/'],
  ];
  const types: PageType[] = [];
  for (const locale of ['vi', 'en'] as const) {
    for (const [kind, path] of perLocale) types.push({ kind, locale, path: localised(locale, path) });
  }
  types.push({ kind: '404', locale: 'vi', path: '/404.html' });
  return types;
}
