/**
 * The desk's contact address: one configuration value, SITE_CONTACT, that a deployer sets (an e-mail address
 * or an https:// page such as a contact form). The About page's contact block and the corrections line print
 * it. Default: unset, and the block then says that this copy of the site publishes no address (none is invented).
 * A value that is neither an e-mail address nor an https URL fails the build with one line.
 */
export const SITE_CONTACT_ENV = 'SITE_CONTACT';

export type SiteContact = { kind: 'email' | 'url'; value: string; href: string };

const EMAIL = /^[^\s@<>":/]+@[^\s@<>"]+\.[^\s@<>".]{2,}$/;

/** The configured contact, undefined when unset; throws one line when the value cannot be a contact. */
export function siteContact(env: Record<string, string | undefined>): SiteContact | undefined {
  const value = env[SITE_CONTACT_ENV]?.trim();
  if (!value) return undefined;
  if (EMAIL.test(value)) return { kind: 'email', value, href: `mailto:${value}` };
  let url: URL | undefined;
  try {
    url = new URL(value);
  } catch {
    url = undefined;
  }
  if (url?.protocol === 'https:' && url.hostname.includes('.')) return { kind: 'url', value, href: url.toString() };
  throw new Error(`${SITE_CONTACT_ENV} "${value}" is neither an e-mail address nor an https:// address (e.g. SITE_CONTACT=desk@atlas.example.org)`);
}
