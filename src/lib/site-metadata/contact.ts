/**
 * The link a reader (or a harvester) follows to reach the portal's team: site.json's `contact` is a
 * web address or an e-mail address. Told apart by the scheme, not by an "@", which web addresses may
 * hold too (https://facebook.com/@page).
 */
export interface ContactLink {
  kind: 'web' | 'email';
  href: string;
}

export function contactLink(contact: string): ContactLink {
  return /^https?:\/\//i.test(contact) ? { kind: 'web', href: contact } : { kind: 'email', href: `mailto:${contact}` };
}
