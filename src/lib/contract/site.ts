/**
 * The site's identity, from data/site.json: everything that names this province and its resolution,
 * so that another province can reuse the portal by changing data, not code.
 */
import { z } from 'astro/zod';
import { AreaCode } from './ids.ts';

export const Locale = z.enum(['vi', 'en']);
export type Locale = z.infer<typeof Locale>;

export const SiteConfig = z.object({
  /** The portal's name, in the header and the page titles. */
  name: z.string().min(1),
  name_en: z.string().min(1),
  /** One sentence under the name on the home page. */
  tagline: z.string().min(1),
  tagline_en: z.string().min(1),
  province: z.string().min(1),
  province_en: z.string().min(1),
  /** Province-level area codes this portal reports on, oldest first (a merger adds a new code). */
  provinceAreas: z.array(AreaCode).min(1),
  /** The id, in data/reference/resolutions.csv, of the resolution the portal tracks. */
  resolution: z.string().min(1),
  publisher: z.string().min(1),
  publisher_en: z.string().min(1),
  /** Where readers report an error or ask a question: a web address or an e-mail address. */
  contact: z.union([z.url({ protocol: /^https?$/ }), z.email()]).optional(),
  /**
   * The address the site is published at, its path the base path ("https://example.org/open-data/");
   * canonical links and feeds need it. PORTAL_SITE_URL overrides it at build (src/lib/site-address.ts).
   */
  url: z.url({ protocol: /^https?$/ }).optional(),
  /** The accent colour, as #rrggbb; it must reach 4.5:1 contrast on white. */
  colour: z.string().regex(/^#[0-9a-fA-F]{6}$/, 'a colour is written #rrggbb, e.g. "#0b5394"'),
});
export type SiteConfig = z.infer<typeof SiteConfig>;
