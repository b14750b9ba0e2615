/**
 * What the content loader records of each load of data/ (content-loader.ts), for the build context
 * (build-context.ts) to key its caches by. Apart from build-context.ts so that the loader, which runs
 * before Astro's virtual modules exist, can import it.
 */
import { z } from 'astro/zod';

/** What the content loader records of each load of data/ (content-loader.ts). */
export const BuildInfo = z.object({
  /** The portal's folder (PORTAL_ROOT, or the repository). */
  root: z.string(),
  /** The day the data was validated as of and every status is assessed on, YYYY-MM-DD (build-day.ts). */
  day: z.string(),
  /** New for every load of data/. */
  revision: z.string(),
});
export type BuildInfo = z.infer<typeof BuildInfo>;
