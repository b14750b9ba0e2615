// The Atom feed of the vi articles, newest first.
import type { APIRoute } from 'astro';
import { articlesFeedResponse } from '../../site/feeds.ts';

export const GET: APIRoute = ({ site }) => articlesFeedResponse('vi', site);
