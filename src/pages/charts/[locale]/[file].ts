// Every indicator's chart as a standalone SVG and PNG, in each language, drawn at build time.
import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { getIndicators } from '../../../site/portal-data.ts';
import { locales } from '../../../i18n/index.ts';
import { renderChartSvg } from '../../../lib/charts/render.ts';
import { svgToPng } from '../../../lib/charts/png.ts';
import { DOWNLOAD_CHART_SIZE } from '../../../lib/downloads/urls.ts';
import { thisBuild } from '../../../site/build-context.ts';

export async function getStaticPaths() {
  const indicators = await getIndicators();
  return locales.flatMap((locale) =>
    indicators.flatMap((indicator) =>
      (['svg', 'png'] as const).map((format) => ({ params: { locale, file: `${indicator.id}.${format}` }, props: { indicator, locale, format } })),
    ),
  );
}

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = async ({ props }) => {
  const { indicator, locale, format } = props;
  const svg = renderChartSvg(indicator, { ...DOWNLOAD_CHART_SIZE, locale, idPrefix: indicator.id, today: (await thisBuild()).day });
  if (format === 'svg') return new Response(svg, { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
  return new Response(svgToPng(svg), { headers: { 'Content-Type': 'image/png' } });
};
