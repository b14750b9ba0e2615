/**
 * The site's security policy, defined once: the Content-Security-Policy that Astro writes into
 * every page as a <meta> tag (with the hashes of the scripts and styles it inlines), and the
 * response headers for static hosts that let a site set them (see headers-files.ts).
 *
 * Every resource the pages use is the site's own: no CDN, no remote font, no analytics. So the
 * policy allows 'self' and nothing else, with two exceptions, each for a reason:
 * - 'wasm-unsafe-eval' for scripts: Pagefind's search runs as WebAssembly, which browsers only
 *   compile under that keyword. It does not allow eval() or inline scripts.
 * - 'unsafe-inline' for style *attributes* only (style-src-attr): status badges and bars carry their
 *   colours and widths as inline custom properties. A style attribute cannot run script; <style>
 *   elements stay limited to Astro's hashes.
 */

/** Directives Astro adds to every page's policy, besides the script-src and style-src it computes. */
export const CSP_DIRECTIVES = [
  "default-src 'self'",
  // Charts in the page are inline SVG; the PNG previews and the favicon are files of the site.
  "img-src 'self' data:",
  "font-src 'self'",
  // Pagefind fetches its index from the site.
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
] as const;

/** script-src sources besides Astro's hashes of the scripts it inlines. */
export const SCRIPT_SOURCES = ["'self'", "'wasm-unsafe-eval'"] as const;

/** style-src sources besides Astro's hashes of the styles it inlines. */
export const STYLE_SOURCES = ["'self'", { resource: "'unsafe-inline'", kind: 'attribute' }] as const;

/** The `security.csp` value for astro.config.mjs. */
export function astroCspConfig() {
  return {
    algorithm: 'SHA-256' as const,
    directives: [...CSP_DIRECTIVES],
    scriptDirective: { resources: [...SCRIPT_SOURCES] },
    styleDirective: { resources: STYLE_SOURCES.map((source) => (typeof source === 'string' ? source : { ...source })) },
  };
}

/**
 * Who may show a page in a frame. Only the embed pages are meant to be framed by other sites
 * (that is what the embed code is for); every other page only by the site itself, against
 * clickjacking. A <meta> policy cannot say this (browsers ignore frame-ancestors there), so it
 * travels in the response headers only.
 */
export type Framing = 'anyone' | 'same-origin';

/**
 * Response headers for a path. The header policy holds only what a <meta> policy cannot carry
 * (frame-ancestors) and what narrows nothing the page needs: a page is checked against both
 * policies, so repeating script-src here without each page's hashes would block its own scripts.
 */
export function securityHeaders(framing: Framing): [name: string, value: string][] {
  const frameAncestors = framing === 'anyone' ? '*' : "'self'";
  const headers: [string, string][] = [
    ['Content-Security-Policy', `frame-ancestors ${frameAncestors}; object-src 'none'; base-uri 'self'; form-action 'self'`],
    ['X-Content-Type-Options', 'nosniff'],
    ['Referrer-Policy', 'strict-origin-when-cross-origin'],
    // The site uses none of these powerful features; say so, so that no embedded content can.
    ['Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=(), usb=()'],
    ['Cross-Origin-Opener-Policy', 'same-origin'],
  ];
  // The older header, for browsers without frame-ancestors; it has no "anyone" value, so embeds omit it.
  if (framing === 'same-origin') headers.push(['X-Frame-Options', 'SAMEORIGIN']);
  return headers;
}
