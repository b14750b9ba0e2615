import { describe, expect, it } from 'vitest';
import { decodeEntities, distFile, jsonUrls, pagePath, resolveLink, scanHtml, srcsetUrls } from '../support/links.ts';

const urls = (html: string) => scanHtml(html).links.map((l) => `${l.attr} ${l.url}`);

describe('scanHtml()', () => {
  it('finds href, src, srcset, form action and SVG use links, entities decoded', () => {
    const html = `<a href="/goals/?a=1&amp;b=2">x</a><img src='/a.png' srcset="/a-2x.png 2x, /a-3x.png 3x">
      <form action=/search/ method=get></form><svg><use href="#icon"/><a xlink:href="/data/"/></svg>`;
    expect(urls(html)).toEqual([
      'href /goals/?a=1&b=2',
      'src /a.png',
      'srcset /a-2x.png',
      'srcset /a-3x.png',
      'action /search/',
      'href #icon',
      'xlink:href /data/',
    ]);
  });

  it('takes <meta content> as a URL when it is site-relative or an Open Graph URL, not otherwise', () => {
    const html = `<meta name="description" content="Số liệu / nguồn"><meta property="og:image" content="https://x.example/a.png">
      <meta name="thumb" content="/charts/vi/a.png">`;
    expect(urls(html)).toEqual(['meta content https://x.example/a.png', 'meta content /charts/vi/a.png']);
  });

  it('does not read tags inside comments, scripts, styles or titles', () => {
    const html = `<!-- <a href="/commented/"> --><script>document.write('<a href="/scripted/">')</script>
      <style>a[href="/styled/"]{}</style><title><a href="/titled/"></title><a href="/real/">`;
    expect(urls(html)).toEqual(['href /real/']);
  });

  it('collects ids and <a name> as fragment targets', () => {
    const { ids } = scanHtml(`<h2 id="method">M</h2><a name="old-anchor"></a><p ID="Upper">`);
    expect([...ids]).toEqual(['method', 'old-anchor', 'Upper']);
  });

  it('gives the line of each link', () => {
    const { links } = scanHtml('<p>\n<a href="/a/">\n\n<a href="/b/">');
    expect(links.map((l) => l.line)).toEqual([2, 4]);
  });

  it('returns the text of JSON-LD scripts, not of other scripts', () => {
    const { jsonLd } = scanHtml(`<script>var a = 1</script><script type="application/ld+json">{"@id":"/data/x/"}</script>`);
    expect(jsonLd).toEqual([{ text: '{"@id":"/data/x/"}', line: 1 }]);
  });

  // Linear: a scan that went back over the page for each tag would take minutes here.
  it('reads a page of a million characters, 50,000 tags, in a few seconds at most', () => {
    const html = '<p id="x">text</p><a href="/a/#x">a</a>\n'.repeat(25_000);
    const started = performance.now();
    expect(scanHtml(html).links).toHaveLength(25_000);
    expect(performance.now() - started).toBeLessThan(3000);
  });
});

describe('srcsetUrls()', () => {
  it('splits candidates on commas, keeps commas inside a URL, drops descriptors', () => {
    expect(srcsetUrls('/a.png 1x,/b.png 2x')).toEqual(['/a.png', '/b.png']);
    expect(srcsetUrls('/a,b.png 100w, /c.png')).toEqual(['/a,b.png', '/c.png']);
    expect(srcsetUrls('/a.png, /b.png')).toEqual(['/a.png', '/b.png']);
  });
});

describe('decodeEntities()', () => {
  it('decodes numeric and the common named references, and leaves unknown ones', () => {
    expect(decodeEntities('a&amp;b&#39;c&#x2F;d&unknown;')).toBe("a&b'c/d&unknown;");
  });
});

describe('resolveLink()', () => {
  it('resolves relative, root-relative and fragment-only links against the page', () => {
    expect(resolveLink('../data/', '/en/goals/', undefined)).toEqual({ kind: 'site', path: '/en/data/' });
    expect(resolveLink('/search/?q=a#results', '/goals/', undefined)).toEqual({ kind: 'site', path: '/search/', fragment: 'results' });
    expect(resolveLink('#main', '/404.html', undefined)).toEqual({ kind: 'site', path: '/404.html', fragment: 'main' });
  });

  it('decodes percent-encoded paths and fragments', () => {
    expect(resolveLink('/t%E1%BB%95/#m%E1%BB%A5c', '/', undefined)).toEqual({ kind: 'site', path: '/tổ/', fragment: 'mục' });
  });

  it('lists other origins as external, and takes the published origin as the site', () => {
    expect(resolveLink('https://dti.gov.vn/x', '/', undefined)).toEqual({ kind: 'external', url: 'https://dti.gov.vn/x' });
    expect(resolveLink('//cdn.example/a.js', '/', undefined)).toEqual({ kind: 'external', url: 'http://cdn.example/a.js' });
    expect(resolveLink('https://data.example.vn/goals/', '/', 'https://data.example.vn')).toEqual({ kind: 'site', path: '/goals/' });
  });

  it('reads a page of a site under a base path as served there, and gives the path below the base', () => {
    expect(resolveLink('/open-data/en/data/', '/en/goals/', undefined, '/open-data/')).toEqual({ kind: 'site', path: '/en/data/' });
    expect(resolveLink('../data/', '/en/goals/', undefined, '/open-data/')).toEqual({ kind: 'site', path: '/en/data/' });
    expect(resolveLink('/open-data', '/goals/', undefined, '/open-data/')).toEqual({ kind: 'site', path: '/' });
    expect(resolveLink('http://127.0.0.1/open-data/goals/#a', '/', 'http://127.0.0.1', '/open-data/')).toEqual({ kind: 'site', path: '/goals/', fragment: 'a' });
  });

  it('tells a link that forgot the base path from a link to the site', () => {
    expect(resolveLink('/goals/', '/', undefined, '/open-data/')).toEqual({ kind: 'outside-base', url: 'http://site.invalid/goals/' });
    expect(resolveLink('http://127.0.0.1/catalog.jsonld', '/', 'http://127.0.0.1', '/open-data/')).toEqual({
      kind: 'outside-base',
      url: 'http://127.0.0.1/catalog.jsonld',
    });
  });

  it('has nothing to resolve for mailto:, tel: and data:', () => {
    for (const url of ['mailto:a@b.vn', 'tel:+84', 'data:image/png;base64,AA']) expect(resolveLink(url, '/', undefined)).toEqual({ kind: 'other' });
  });
});

describe('distFile()', () => {
  const files = new Set(['index.html', 'goals/index.html', 'catalog.jsonld', '404.html']);
  const isFile = (file: string) => files.has(file);

  it('serves a folder from its index.html, with or without the trailing slash', () => {
    expect(distFile('/', isFile)).toBe('index.html');
    expect(distFile('/goals/', isFile)).toBe('goals/index.html');
    expect(distFile('/goals', isFile)).toBe('goals/index.html');
  });

  it('serves a file as it is, and nothing for a path without a file', () => {
    expect(distFile('/catalog.jsonld', isFile)).toBe('catalog.jsonld');
    expect(distFile('/data/', isFile)).toBeUndefined();
    expect(distFile('/goals/index.htm', isFile)).toBeUndefined();
  });
});

describe('pagePath()', () => {
  it('is the URL a page in dist/ is served at', () => {
    expect(pagePath('index.html')).toBe('/');
    expect(pagePath('en/goals/index.html')).toBe('/en/goals/');
    expect(pagePath('404.html')).toBe('/404.html');
  });
});

describe('jsonUrls()', () => {
  it('finds site-relative and http(s) strings at any depth, and nothing else', () => {
    const json = { '@id': '/catalog.jsonld', a: [{ b: 'https://x.vn/' }, 'plain', '//cdn'], n: 3, c: { d: 'urn:uuid:1' } };
    expect(jsonUrls(json)).toEqual(['/catalog.jsonld', 'https://x.vn/']);
  });
});
