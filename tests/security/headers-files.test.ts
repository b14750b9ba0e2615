import { describe, expect, it } from 'vitest';
import { apacheHtaccess, framingRules, netlifyHeaders, SVG_POLICY } from '../../src/lib/security/headers-files.ts';

const SECTIONS = ['_astro', 'goals', 'indicators', 'embed', 'data', 'en/goals', 'en/embed', 'en/data'];
const PAGES = ['index.html', '404.html', 'en/index.html'];

/**
 * The headers a host reading `_headers` sends for a path, as Netlify and Cloudflare Pages do it:
 * every rule whose pattern matches applies (`*` matches anything, slashes included), and a header
 * set by several rules gets their values joined by ", ".
 */
function servedHeaders(file: string, path: string): Map<string, string> {
  const headers = new Map<string, string>();
  const blocks = file.split(/\n\s*\n/).filter((block) => !block.startsWith('#'));
  for (const block of blocks) {
    const [pattern, ...lines] = block.trim().split('\n');
    const regex = new RegExp(`^${pattern!.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
    if (!regex.test(path)) continue;
    for (const line of lines) {
      const [name, ...rest] = line.trim().split(': ');
      const value = rest.join(': ');
      headers.set(name!, headers.has(name!) ? `${headers.get(name!)}, ${value}` : value);
    }
  }
  return headers;
}

describe('_headers for Netlify and Cloudflare Pages', () => {
  const file = netlifyHeaders('/', framingRules('/', SECTIONS, PAGES));

  it.each(['/embed/indicators/dti-rank/', '/en/embed/indicators/dti-rank/'])('lets any site frame the embed page %s', (path) => {
    const headers = servedHeaders(file, path);
    expect(headers.get('Content-Security-Policy')).toMatch(/^frame-ancestors \*;[^,]*$/);
    expect(headers.has('X-Frame-Options')).toBe(false);
  });

  it.each(['/', '/index.html', '/en/', '/404.html', '/goals/dti-rank-improve/', '/en/data/dti/', '/indicators/'])(
    'lets only the site itself frame %s, with one policy',
    (path) => {
      const headers = servedHeaders(file, path);
      expect(headers.get('Content-Security-Policy')).toMatch(/^frame-ancestors 'self';[^,]*$/);
      expect(headers.get('X-Frame-Options')).toBe('SAMEORIGIN');
    },
  );

  it('sends the common headers everywhere, embeds included', () => {
    for (const path of ['/', '/embed/indicators/x/', '/_astro/app.css', '/en/goals/']) {
      expect(servedHeaders(file, path).get('X-Content-Type-Options'), path).toBe('nosniff');
      expect(servedHeaders(file, path).get('Referrer-Policy'), path).toBe('strict-origin-when-cross-origin');
    }
  });

  it('puts every pattern under the base path', () => {
    const based = netlifyHeaders('/open-data/', framingRules('/open-data/', SECTIONS, PAGES));
    const patterns = based.split('\n').filter((line) => line.startsWith('/'));
    expect(patterns.length).toBeGreaterThan(SECTIONS.length);
    for (const pattern of patterns) expect(pattern).toMatch(/^\/open-data\//);
    expect(servedHeaders(based, '/open-data/en/embed/indicators/x/').get('Content-Security-Policy')).toMatch(/^frame-ancestors \*/);
    expect(servedHeaders(based, '/open-data/').get('X-Frame-Options')).toBe('SAMEORIGIN');
  });
});

describe('.htaccess for Apache', () => {
  /** The <If> condition's regular expression, as Apache would apply it to the request path. */
  const embedCondition = (file: string) => new RegExp(/m#(.*)#"/.exec(file)![1]!);

  it('frames embeds for anyone and every other path for the site only', () => {
    const file = apacheHtaccess('/');
    const isEmbed = embedCondition(file);
    expect(isEmbed.test('/embed/indicators/dti-rank/')).toBe(true);
    expect(isEmbed.test('/en/embed/indicators/dti-rank/')).toBe(true);
    expect(isEmbed.test('/indicators/dti-rank/')).toBe(false);
    expect(isEmbed.test('/articles/embed-a-chart/')).toBe(false);
    const [embedBlock, otherBlock] = file.split('<Else>');
    expect(embedBlock).toContain(`Content-Security-Policy "frame-ancestors *;`);
    expect(otherBlock).toContain(`Content-Security-Policy "frame-ancestors 'self';`);
    expect(otherBlock).toContain('X-Frame-Options "SAMEORIGIN"');
  });

  it('serves the 404 page and matches embeds under the base path', () => {
    const file = apacheHtaccess('/open-data/');
    expect(file).toContain('ErrorDocument 404 /open-data/404.html');
    expect(embedCondition(file).test('/open-data/en/embed/indicators/x/')).toBe(true);
    expect(embedCondition(file).test('/embed/indicators/x/')).toBe(false);
  });
});

describe('SVG files the site serves', () => {
  const file = netlifyHeaders('/', framingRules('/', [...SECTIONS, 'charts'], PAGES));

  it.each(['/logo.svg', '/favicon.svg', '/charts/vi/dti-rank.svg', '/charts/en/pci-score.svg'])('%s gets a policy under which no script runs, beside its framing one', (path) => {
    const policies = servedHeaders(file, path).get('Content-Security-Policy')!.split(', ');
    expect(policies).toContain(SVG_POLICY);
    expect(SVG_POLICY).toContain("script-src 'none'");
  });

  it('pages keep their own policy only', () => {
    expect(servedHeaders(file, '/goals/').get('Content-Security-Policy')).not.toContain("script-src 'none'");
  });

  it('Apache adds the policy to every .svg as a second header', () => {
    expect(apacheHtaccess('/')).toContain(`<FilesMatch "\\.svg$">\n    Header always add Content-Security-Policy "${SVG_POLICY}"\n  </FilesMatch>`);
  });
});
