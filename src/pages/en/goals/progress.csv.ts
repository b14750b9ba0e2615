// The progress summary as CSV, in English: the same rows as the table on /en/goals/progress/.
import type { APIRoute } from 'astro';
import { progressCsvResponse } from '../../../site/goals.ts';

export const GET: APIRoute = ({ site }) => progressCsvResponse('en', site);
