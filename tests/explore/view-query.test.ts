// A view in the address: a shared link opens the same view, and an old or mistyped link still opens.
import { describe, expect, it } from 'vitest';
import { defaultView, exploreChoices, MAX_COMPARED, type ExploreView } from '../../src/lib/explore/explore-view.ts';
import { parseViewQuery, viewQuery } from '../../src/lib/explore/view-query.ts';
import { realIndicators } from '../support/real-portal.ts';

const indicators = realIndicators();
const pci = indicators.find((i) => i.id === 'pci-score')!;
const choices = exploreChoices(pci, { value: pci.id, rank: indicators.find((i) => i.id === 'pci-rank')!.id });
const defaults = defaultView(pci, choices);

describe('viewQuery and parseViewQuery', () => {
  it('write nothing for the default view, so its address is the page’s own', () => {
    expect(viewQuery(defaults, defaults)).toBe('');
  });

  it('round-trip every part of a view', () => {
    const view: ExploreView = { areas: ['46', '44@1989-07-01'].filter((k) => choices.areas.some((a) => a.key === k)), from: 2018, to: 2022, measure: 'rank', display: 'table', since: null };
    expect(view.areas.length).toBeGreaterThan(0);
    const query = viewQuery(view, defaults);
    expect(query).toMatch(/^\?areas=46(,|&)/);
    expect(parseViewQuery(query, choices, defaults)).toEqual(view);
  });

  it('keep an empty comparison apart from the default one', () => {
    const none: ExploreView = { ...defaults, areas: [] };
    expect(parseViewQuery(viewQuery(none, defaults), choices, defaults)).toEqual(none);
  });

  it('drop what the data does not have, part by part', () => {
    const parsed = parseViewQuery('?areas=46,nowhere,46&from=1990&to=abc&measure=best&view=globe', choices, defaults);
    expect(parsed).toEqual({ ...defaults, areas: ['46'] });
  });

  it('put the years in order and keep at most five areas', () => {
    const keys = choices.areas.map((a) => a.key).slice(0, 8);
    const parsed = parseViewQuery(`?from=2022&to=2018&areas=${keys.join(',')}`, choices, defaults);
    expect([parsed.from, parsed.to]).toEqual([2018, 2022]);
    expect(parsed.areas).toEqual(keys.slice(0, MAX_COMPARED));
  });

  it('refuse a rank or a map the indicator does not have', () => {
    const population = indicators.find((i) => i.id === 'population')!;
    const own = exploreChoices(population, null);
    const base = defaultView(population, own);
    expect(parseViewQuery('?measure=rank&view=map', own, base)).toEqual(base);
  });
});
