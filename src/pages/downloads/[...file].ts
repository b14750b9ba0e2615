// Every current download, at a stable address that always gives the latest: the CSV as committed,
// the CSV for Excel, the workbooks, the JSON, the descriptor, and the ZIP of the whole portal. The
// bytes come from the build's file store, the same the pages take their sizes and checksums from.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getFileStore, storePaths } from '../../site/download-store.ts';

const PREFIX = '/downloads/';

export const getStaticPaths = (() => storePaths(PREFIX)) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const store = await getFileStore();
  const url = `${PREFIX}${params.file}`;
  const bytes = await store.bytes(url);
  return new Response(new Uint8Array(bytes), { headers: { 'Content-Type': contentType(store.get(url)!.format) } });
};

const contentType = (format: string) => (format.startsWith('text/') || format.endsWith('json') ? `${format}; charset=utf-8` : format);
