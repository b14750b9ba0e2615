// Every indicator's chart as a standalone SVG and PNG, in each language, drawn at build time.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getIndicators } from '../../../site/portal-data.ts';
import { locales, type Locale } from '../../../i18n/index.ts';
import { renderChartSvg } from '../../../lib/charts/render.ts';
import { svgToPng } from '../../../lib/charts/png.ts';
import { DOWNLOAD_CHART_SIZE } from '../../../lib/downloads/urls.ts';
import type { Indicator } from '../../../lib/indicators/model.ts';
import { thisBuild } from '../../../site/build-context.ts';

export const getStaticPaths = (async () => {
  const indicators = await getIndicators();
  return locales.flatMap((locale) =>
    indicators.flatMap((indicator) =>
      (['svg', 'png'] as const).map((format) => ({ params: { locale, file: `${indicator.id}.${format}` }, props: { indicator, locale, format } })),
    ),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { indicator, locale, format } = props as { indicator: Indicator; locale: Locale; format: 'svg' | 'png' };
  const svg = renderChartSvg(indicator, { ...DOWNLOAD_CHART_SIZE, locale, idPrefix: indicator.id, today: (await thisBuild()).day });
  if (format === 'svg') return new Response(svg, { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
  return new Response(svgToPng(svg), { headers: { 'Content-Type': 'image/png' } });
};
