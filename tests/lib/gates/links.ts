import { classifyRef, fileForPath, hasFile, sitePages, srcsetUrls, urlForFile, type Site, type SitePage } from './site.ts';

export interface LinkProblem {
  from: string;
  ref: string;
  reason: string;
}

export interface ExternalLink {
  from: string;
  url: string;
  /** The element that carries it: "a", "link", "img"… */
  tag: string;
}

/** Every URL-bearing attribute of a page, with the element it sits on. */
export function pageRefs(page: SitePage): { tag: string; attr: string; ref: string; rel: string }[] {
  const out: { tag: string; attr: string; ref: string; rel: string }[] = [];
  for (const el of page.root.querySelectorAll('[href], [src], [srcset], [poster], object[data], form[action]')) {
    const tag = el.tagName.toLowerCase();
    const rel = (el.getAttribute('rel') ?? '').toLowerCase();
    for (const attr of ['href', 'src', 'poster', 'data', 'action'] as const) {
      if (attr === 'data' && tag !== 'object') continue;
      if (attr === 'action' && tag !== 'form') continue;
      const value = el.getAttribute(attr);
      if (value !== undefined && value !== '') out.push({ tag, attr, ref: value, rel });
    }
    const srcset = el.getAttribute('srcset');
    if (srcset) for (const ref of srcsetUrls(srcset)) out.push({ tag, attr: 'srcset', ref, rel });
  }
  return out;
}

function hasAnchor(page: SitePage, id: string): boolean {
  return Boolean(page.root.getElementById(id)) || page.root.querySelectorAll('a[name]').some((a) => a.getAttribute('name') === id);
}

/**
 * Link integrity: every internal href/src/srcset resolves to a built file, and every #fragment pointing
 * at an HTML page names an element id there. Query strings are ignored (a static host ignores them too).
 */
export function checkInternalLinks(site: Site): LinkProblem[] {
  const pages = sitePages(site);
  const byFile = new Map(pages.map((p) => [p.file, p]));
  const problems: LinkProblem[] = [];
  for (const page of pages) {
    for (const { ref } of pageRefs(page)) {
      const target = classifyRef(site, ref, page.url);
      if (target.kind !== 'internal') continue;
      if (target.outsideBase) {
        problems.push({ from: page.url, ref, reason: `outside the base path ${site.base}` });
        continue;
      }
      const file = fileForPath(site, target.path);
      if (!file) {
        problems.push({ from: page.url, ref, reason: 'no such file' });
        continue;
      }
      if (target.hash && file.endsWith('.html')) {
        const dest = byFile.get(file);
        if (dest && !hasAnchor(dest, target.hash)) problems.push({ from: page.url, ref, reason: `no element with id "${target.hash}" on ${urlForFile(file)}` });
      }
    }
  }
  return problems;
}

/** Every link or resource that points off the site, for the external-link report (never fetched). */
export function externalLinks(site: Site): ExternalLink[] {
  const out: ExternalLink[] = [];
  for (const page of sitePages(site)) {
    for (const { tag, ref } of pageRefs(page)) {
      const target = classifyRef(site, ref, page.url);
      if (target.kind === 'external') out.push({ from: page.url, url: target.url, tag });
    }
  }
  return out;
}

/** Page URLs listed by sitemap-index.xml (following its child sitemaps), as site paths. */
export function sitemapPaths(site: Site): { paths: string[]; problems: LinkProblem[] } {
  const problems: LinkProblem[] = [];
  const paths: string[] = [];
  const locs = (file: string) => [...site.read(file).toString('utf8').matchAll(/<loc>\s*([^<\s]+)\s*<\/loc>/g)].map((m) => m[1]!);
  if (!hasFile(site, 'sitemap-index.xml')) return { paths, problems: [{ from: '/', ref: 'sitemap-index.xml', reason: 'no sitemap index' }] };
  for (const child of locs('sitemap-index.xml')) {
    const target = classifyRef(site, child, '/');
    const file = target.kind === 'internal' ? fileForPath(site, target.path) : undefined;
    if (!file) {
      problems.push({ from: '/sitemap-index.xml', ref: child, reason: 'child sitemap missing or on another origin' });
      continue;
    }
    for (const loc of locs(file)) {
      const t = classifyRef(site, loc, '/');
      if (t.kind !== 'internal' || !fileForPath(site, t.path)) problems.push({ from: `/${file}`, ref: loc, reason: 'listed in the sitemap but not built' });
      else paths.push(t.path);
    }
  }
  return { paths, problems };
}

function isNoindex(page: SitePage): boolean {
  const robots = page.root.querySelector('meta[name="robots"]')?.getAttribute('content') ?? '';
  return /noindex/i.test(robots);
}

/**
 * Reachability: crawl <a href> links from the root page and from every sitemap URL; every indexable HTML
 * page (no robots noindex) must be reached. Pages marked noindex (the 404 page, embeds) are exempt: hosts
 * serve them by convention or other pages include them.
 */
export function unreachablePages(site: Site, starts: string[]): { unreachable: string[]; exempt: string[] } {
  const pages = sitePages(site);
  const byFile = new Map(pages.map((p) => [p.file, p]));
  const seen = new Set<string>();
  const queue: string[] = [];
  const visit = (path: string) => {
    const file = fileForPath(site, path);
    if (file && byFile.has(file) && !seen.has(file)) {
      seen.add(file);
      queue.push(file);
    }
  };
  for (const s of ['/', ...starts]) visit(s);
  while (queue.length) {
    const page = byFile.get(queue.shift()!)!;
    for (const a of page.root.querySelectorAll('a[href]')) {
      const t = classifyRef(site, a.getAttribute('href')!, page.url);
      if (t.kind === 'internal' && !t.outsideBase) visit(t.path);
    }
  }
  const missed = pages.filter((p) => !seen.has(p.file));
  return { unreachable: missed.filter((p) => !isNoindex(p)).map((p) => p.url), exempt: missed.filter(isNoindex).map((p) => p.url) };
}

/** External links whose rel lacks "noopener" (the page opening them must not be scriptable by them). */
export function externalLinksWithoutNoopener(site: Site): LinkProblem[] {
  const problems: LinkProblem[] = [];
  for (const page of sitePages(site)) {
    for (const a of page.root.querySelectorAll('a[href], area[href]')) {
      const href = a.getAttribute('href')!;
      if (classifyRef(site, href, page.url).kind !== 'external') continue;
      const rel = (a.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
      if (!rel.includes('noopener')) problems.push({ from: page.url, ref: href, reason: 'external link without rel="noopener"' });
    }
  }
  return problems;
}
