import { describe, expect, it } from 'vitest';
import { contactLink } from '../src/lib/site-metadata/contact.ts';

describe('the portal team\'s contact link', () => {
  it('writes an e-mail address as mailto:, and a web address as it is, even one that holds an "@"', () => {
    expect(contactLink('du-lieu@quangtri.gov.vn')).toEqual({ kind: 'email', href: 'mailto:du-lieu@quangtri.gov.vn' });
    expect(contactLink('https://facebook.com/@congdulieu')).toEqual({ kind: 'web', href: 'https://facebook.com/@congdulieu' });
    expect(contactLink('http://example.org/lien-he')).toEqual({ kind: 'web', href: 'http://example.org/lien-he' });
  });
});
