// The Atom feed of data updates, in Vietnamese: one entry per commit that changed a dataset.
import type { APIRoute } from 'astro';
import { dataFeedResponse } from '../../site/feeds.ts';

export const GET: APIRoute = () => dataFeedResponse('vi');
