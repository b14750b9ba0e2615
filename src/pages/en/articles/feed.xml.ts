// The Atom feed of the en articles, newest first.
import type { APIRoute } from 'astro';
import { articlesFeedResponse } from '../../../site/feeds.ts';

export const GET: APIRoute = ({ site }) => articlesFeedResponse('en', site);
