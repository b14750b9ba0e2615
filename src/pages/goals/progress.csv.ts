// The progress summary as CSV, in Vietnamese: the same rows as the table on /goals/progress/.
import type { APIRoute } from 'astro';
import { progressCsvResponse } from '../../site/goals.ts';

export const GET: APIRoute = ({ site }) => progressCsvResponse('vi', site);
