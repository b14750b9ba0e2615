// The portal's DCAT-AP 3 catalogue in JSON-LD: every dataset with its files, sizes and checksums.
import type { APIRoute } from 'astro';
import { getFileStore } from '../site/download-store.ts';
import { CATALOG_DOWNLOAD } from '../lib/downloads/urls.ts';

export const GET: APIRoute = async () => {
  const bytes = await (await getFileStore()).bytes(CATALOG_DOWNLOAD);
  return new Response(new Uint8Array(bytes), { headers: { 'Content-Type': 'application/ld+json; charset=utf-8' } });
};
