// The Atom feed of data updates, in English: one entry per commit that changed a dataset.
import type { APIRoute } from 'astro';
import { dataFeedResponse } from '../../../site/feeds.ts';

export const GET: APIRoute = () => dataFeedResponse('en');
