// The Atom feed of data updates, in Vietnamese: one entry per commit that changed a dataset.
import type { APIRoute } from 'astro';
import { dataFeedXml } from '../../site/download-store.ts';

export const GET: APIRoute = async () =>
  new Response(await dataFeedXml('vi'), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
