// The CSV of every dataset resource, byte for byte as committed, at a stable address.
import type { APIRoute, GetStaticPaths } from 'astro';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getDatasets } from '../../../components/portal-data.ts';
import { portalRoot } from '../../../lib/astro-integration.ts';

export const getStaticPaths = (async () => {
  const datasets = await getDatasets();
  return datasets.flatMap((dataset) =>
    dataset.indicators.map(({ resource }) => ({
      params: { dataset: dataset.id, file: resource.path },
      // The validator has checked that the path stays inside the dataset's folder.
      props: { file: join(portalRoot(), dataset.dir, resource.path) },
    })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(readFileSync((props as { file: string }).file), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
