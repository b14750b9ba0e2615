// The Atom feed of data updates, in English: one entry per commit that changed a dataset.
import type { APIRoute } from 'astro';
import { dataFeedXml } from '../../../site/download-store.ts';

export const GET: APIRoute = async () =>
  new Response(await dataFeedXml('en'), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
