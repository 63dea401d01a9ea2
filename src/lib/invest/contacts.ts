/**
 * Contacts are official when their cited source is the body's own page: a grade A source on the same host
 * as the contact's website. Hosts are compared without a leading "www.", so kbritokyo.jp and
 * www.kbritokyo.jp count as one site, but a subdomain of another body (x.go.id vs y.go.id) does not.
 */
export function siteHost(url: string): string {
  return new URL(url).hostname.toLowerCase().replace(/^www\./, '');
}

export function sameSite(a: string, b: string): boolean {
  return siteHost(a) === siteHost(b);
}

/** Why a contact is not shown to be official, or undefined when it is. */
export function contactProblem(contactUrl: string, source: { id: string; url: string; grade: string } | undefined, sourceId: string): string | undefined {
  if (!source) return `unknown source id "${sourceId}"`;
  if (source.grade !== 'A') return `source "${source.id}" is grade ${source.grade}; a contact needs the body's own official page (grade A)`;
  if (!sameSite(contactUrl, source.url)) {
    return `${siteHost(contactUrl)} is not the site of source "${source.id}" (${siteHost(source.url)}); cite the body's own page`;
  }
  return undefined;
}
