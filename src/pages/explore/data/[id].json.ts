// The figures the browser needs to draw other views of an indicator (see lib/explore/explore-data.ts),
// fetched only when a reader first changes a view. One file for both languages: it holds data, not words.
import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { getIndicators } from '../../../site/portal-data.ts';
import { writeExploreData } from '../../../lib/explore/explore-data.ts';
import { measurePair } from '../../../lib/explore/explore-view.ts';

export async function getStaticPaths() {
  const indicators = await getIndicators();
  return indicators.map((indicator) => ({ params: { id: indicator.id }, props: { indicator, pair: measurePair(indicator, indicators) } }));
}

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({ props }) =>
  new Response(writeExploreData(props.indicator, props.pair), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
