import { describe, expect, it } from 'vitest';
import { linkedDataIri, portalSlug, uuidV5 } from '../../src/lib/downloads/identifiers.ts';

describe('identifiers in the linked data', () => {
  it('makes RFC 9562 version 5 UUIDs: the DNS namespace example gives its published value', () => {
    // RFC 9562, appendix A.4: "www.example.com" in the DNS namespace.
    expect(uuidV5('www.example.com', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe('2ed6657d-e927-568b-95e1-2665a8aea6a2');
  });

  it('is the absolute address under the site when the address is known', () => {
    expect(linkedDataIri('/open-data/data/dti/#dataset', { siteUrl: 'https://example.org/open-data/', slug: 'quang-tri' })).toBe(
      'https://example.org/open-data/data/dti/#dataset',
    );
  });

  it('is a URN the same on every build before the address is known, and differs between portals and things', () => {
    const scope = { slug: portalSlug({ province_en: 'Quảng Trị', name_en: 'x' }) };
    expect(scope.slug).toBe('quang-tri');
    const dti = linkedDataIri('/data/dti/#dataset', scope);
    expect(dti).toMatch(/^urn:uuid:[0-9a-f-]{36}$/);
    expect(linkedDataIri('/data/dti/#dataset', scope)).toBe(dti);
    expect(linkedDataIri('/data/ict-index/#dataset', scope)).not.toBe(dti);
    expect(linkedDataIri('/data/dti/#dataset', { slug: 'other-province' })).not.toBe(dti);
  });
});
