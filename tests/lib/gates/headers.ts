import { sitePages, type Site } from './site.ts';

/**
 * The `_headers` file as Netlify and Cloudflare Pages read it, and the framing rule it must express: every
 * page refuses to be framed by other sites (CSP frame-ancestors 'none' or 'self') except the chart embeds
 * under /embed/, which anyone may frame. When several rules match one path the hosts differ (Netlify keeps
 * the later rule's value of a header, Cloudflare joins all values with commas), so a header given by two
 * rules for one page is a problem too: the hosts would send different policies.
 */
export interface HeaderRule {
  path: string;
  headers: [name: string, value: string][];
}

export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const raw of text.split(/\r?\n/)) {
    if (!raw.trim() || raw.trim().startsWith('#')) continue;
    if (!/^\s/.test(raw)) rules.push({ path: raw.trim(), headers: [] });
    else {
      const line = raw.trim();
      const colon = line.indexOf(':');
      if (colon > 0 && rules.length) rules.at(-1)!.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
    }
  }
  return rules;
}

/** Path matching shared by both hosts: `*` matches the rest of the path, `:name` one segment. */
export function ruleMatches(rule: string, path: string): boolean {
  const pattern = rule
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/:[a-zA-Z]\w*/g, '[^/]+'))
    .join('.*');
  return new RegExp(`^${pattern}$`).test(path);
}

/** Headers a host sends for `path`: Netlify (later rule wins) or Cloudflare Pages (values joined). */
export function headersFor(rules: readonly HeaderRule[], path: string, host: 'netlify' | 'cloudflare'): Map<string, string> {
  const out = new Map<string, string>();
  for (const rule of rules.filter((r) => ruleMatches(r.path, path))) {
    for (const [name, value] of rule.headers) {
      const key = name.toLowerCase();
      out.set(key, host === 'cloudflare' && out.has(key) ? `${out.get(key)}, ${value}` : value);
    }
  }
  return out;
}

const FRAME_ANCESTORS = /frame-ancestors\s+([^;,]+)/i;

/** One line per page whose framing rule is wrong under either host, or whose hosts would disagree. */
export function framingProblems(site: Site, headersFile: string): string[] {
  const rules = parseHeadersFile(headersFile);
  const base = site.base.endsWith('/') ? site.base : `${site.base}/`;
  const problems: string[] = [];
  for (const page of sitePages(site)) {
    const path = page.url;
    if (page.root.querySelector('meta[http-equiv="refresh"]')) continue; // a moved-page notice, not content
    const isEmbed = path.startsWith(`${base}embed/`) || path.startsWith('/embed/');
    const netlify = headersFor(rules, path, 'netlify').get('content-security-policy') ?? '';
    const cloudflare = headersFor(rules, path, 'cloudflare').get('content-security-policy') ?? '';
    if (netlify !== cloudflare) {
      problems.push(`${path}: two rules set Content-Security-Policy, so Netlify ("${netlify}") and Cloudflare ("${cloudflare}") would differ`);
      continue;
    }
    const ancestors = FRAME_ANCESTORS.exec(netlify)?.[1]?.trim();
    if (isEmbed && ancestors) problems.push(`${path}: an embed page must be frameable, but gets frame-ancestors ${ancestors}`);
    if (!isEmbed && ancestors !== "'none'" && ancestors !== "'self'") problems.push(`${path}: no frame-ancestors 'none' (or 'self') in its Content-Security-Policy header`);
  }
  return problems;
}
