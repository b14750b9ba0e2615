/**
 * The site's identity, from data/site.json: everything that names this province and its resolution,
 * so that another province can reuse the portal by changing data, not code. The resolution's number,
 * date and title are in data/reference/resolutions.csv, named here by its id.
 */
import { z } from 'astro/zod';
import { contrastRatio } from '../charts/palette.ts';
import { AreaCode, IndicatorId } from './ids.ts';

export const Locale = z.enum(['vi', 'en']);
export type Locale = z.infer<typeof Locale>;

/** The backgrounds the accent colour is printed on: the page, and the light grey panels. */
export const ACCENT_BACKGROUNDS = { white: '#ffffff', 'the light grey panels': '#f1f4f8' } as const;

/** WCAG AA for normal-size text: the accent colours links and headings. */
export const ACCENT_MIN_CONTRAST = 4.5;

const HexColour = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'a colour is written #rrggbb, e.g. "#1f5f8b"');

/** The accent, readable as text on every background it is printed on. */
const AccentColour = HexColour.superRefine((colour, ctx) => {
  const short = Object.entries(ACCENT_BACKGROUNDS)
    .map(([name, background]) => ({ name, background, ratio: contrastRatio(colour, background) }))
    .filter((b) => b.ratio < ACCENT_MIN_CONTRAST);
  if (short.length === 0) return;
  const found = short.map((b) => `${b.ratio.toFixed(1)}:1 on ${b.name} (${b.background})`).join(' and ');
  ctx.addIssue({
    code: 'custom',
    message: `the colour ${colour} has a contrast of ${found}; links and headings in it need at least ${ACCENT_MIN_CONTRAST}:1 (WCAG AA): choose a darker colour`,
  });
});

/** A file inside data/, written relative to it (the folder of site.json): no "..", no leading "/", no web address. */
const DataSvgPath = z
  .string()
  .regex(
    /^(?!.*(?:^|\/)\.\.?(?:\/|$))[A-Za-z0-9_-][A-Za-z0-9._/-]*\.svg$/,
    'the logo is an SVG file inside data/, written relative to data/ without ".." or a leading "/", e.g. "logo.svg"',
  );

export const SiteConfig = z.object({
  /** The portal's name, in the header and the page titles. */
  name: z.string().min(1),
  name_en: z.string().min(1),
  /** One sentence under the name on the home page. */
  tagline: z.string().min(1),
  tagline_en: z.string().min(1),
  /** The province's name as readers know it, e.g. in "data for {province}" and in the ZIP's name. */
  province: z.string().min(1),
  province_en: z.string().min(1),
  /**
   * The province's code(s) in data/reference/areas.csv: the province-level areas this portal reports
   * on, oldest first (a merger adds a new code).
   */
  provinceAreas: z.array(AreaCode).min(1),
  /** The id, in data/reference/resolutions.csv, of the resolution the portal tracks (its number, date and title are there). */
  resolution: z.string().min(1),
  /** Who publishes the portal, named in every page's footer and in the downloads. */
  publisher: z.string().min(1),
  publisher_en: z.string().min(1),
  /** Where readers report an error or ask a question: a web address or an e-mail address; the footer links to it when given. */
  contact: z.union([z.url({ protocol: /^https?$/ }), z.email()]).optional(),
  /**
   * The address the site is published at, its path the base path ("https://example.org/open-data/");
   * canonical links and feeds need it. PORTAL_SITE_URL overrides it at build (src/lib/site-metadata/site-address.ts).
   */
  url: z.url({ protocol: /^https?$/ }).optional(),
  /** The accent colour of links, headings and charts' highlights, as #rrggbb; at least 4.5:1 on white and on the grey panels. */
  colour: AccentColour,
  /** The province's or publisher's logo, an SVG file inside data/ (e.g. "logo.svg"), shown in the header beside the name. */
  logo: DataSvgPath.optional(),
  /** The indicators whose latest figure and history the home page shows first, in that order; none when left out. */
  headlines: z.array(IndicatorId).default([]),
});
export type SiteConfig = z.infer<typeof SiteConfig>;
