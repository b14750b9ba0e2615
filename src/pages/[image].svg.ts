// The favicon, in the site's colour, and the logo named in data/site.json when there is one.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { getSiteData } from '../site/portal-data.ts';
import { thisBuild } from '../site/build-context.ts';
import { DATA_DIR } from '../lib/validate/portal.ts';
import { faviconSvg } from '../lib/site-metadata/site-images.ts';

export async function getStaticPaths() {
  const [{ site }, { root }] = await Promise.all([getSiteData(), thisBuild()]);
  return [
    { params: { image: 'favicon' }, props: { svg: faviconSvg(site.colour) } },
    // The validator has checked that the file is an SVG inside data/.
    ...(site.logo ? [{ params: { image: 'logo' }, props: { svg: readFileSync(join(root, DATA_DIR, site.logo), 'utf8') } }] : []),
  ];
}

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({ props }) => new Response(props.svg, { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
