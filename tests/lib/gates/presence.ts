import type { HTMLElement } from 'node-html-parser';

/**
 * Checks that a page has what it exists for. Each returns problems as lines, and an empty list only when the
 * thing was found and is right: a missing page, map, contact or link is a problem, never a reason to skip
 * (docs/quality.md, "a test that can pass when the thing it checks is missing is a defect").
 */
export interface PageLike {
  url: string;
  root: HTMLElement;
}

const byUrl = (pages: readonly PageLike[], url: string) => pages.find((p) => p.url === url);

/** A regency symbol map: an SVG map with title and desc, a table beside it, and at least one bubble. */
export function regencyMapProblems(pages: readonly PageLike[], url: string): string[] {
  const page = byUrl(pages, url);
  if (!page) return [`${url}: no such page in the build`];
  const maps = page.root.querySelectorAll('svg.map-svg[role="img"]');
  if (maps.length === 0) return [`${url}: no map`];
  const problems: string[] = [];
  for (const svg of maps) {
    const [titleId, descId] = (svg.getAttribute('aria-labelledby') ?? '').split(' ');
    if (!svg.querySelector(`title#${titleId}`)?.text.trim()) problems.push(`${url}: map without <title>`);
    if (!svg.querySelector(`desc#${descId}`)?.text.trim()) problems.push(`${url}: map without <desc>`);
    if (!svg.closest('figure')?.querySelector('table')) problems.push(`${url}: map without a table`);
  }
  if (page.root.querySelectorAll('svg.map-svg circle.bubble').length === 0) problems.push(`${url}: the regency map has no symbols`);
  return problems;
}

/**
 * UI dictionary keys printed as text ("nav.data", "section.comingSoon"): what a page shows when a string is
 * looked up wrongly. Keys are matched as whole words in the visible text.
 */
export function leakedKeys(page: PageLike, keys: readonly string[]): string[] {
  const text = (page.root.querySelector('body') ?? page.root).structuredText;
  const pattern = new RegExp(`(?:^|[^\\w.])(${keys.map((k) => k.replace(/\./g, '\\.')).join('|')})(?=$|[^\\w.])`, 'g');
  const found = new Set([...text.matchAll(pattern)].map((m) => m[1]!));
  return [...found].map((key) => `${page.url}: shows the UI key "${key}" instead of its text`);
}

/** An opportunity's contacts: exactly the expected number, each with a name link. */
export function contactProblems(page: PageLike, expected: number): string[] {
  const items = page.root.querySelectorAll('.desk-contacts li');
  const problems = items.length === expected ? [] : [`${page.url}: ${items.length} contact(s) shown, ${expected} in the content`];
  for (const li of items) if (!li.querySelector('a.contact-name')?.getAttribute('href')) problems.push(`${page.url}: a contact without its link`);
  return problems;
}

/**
 * The "not yet translated" list on a news index: exactly the articles missing in this language, each link in
 * another language, marked with that language (hreflang and lang) and pointing into its news section. When
 * nothing is missing, the list must be absent.
 */
export function notTranslatedProblems(page: PageLike, lang: string, missing: readonly string[]): string[] {
  const section = page.root.querySelector('#not-yet-translated')?.parentNode;
  if (missing.length === 0) return section ? [`${page.url}: a "not yet translated" list although every article is translated`] : [];
  if (!section) return [`${page.url}: no "not yet translated" list for ${missing.join(', ')}`];
  const links = section.querySelectorAll('a');
  const problems: string[] = [];
  const keys = new Set(links.map((a) => (a.getAttribute('href') ?? '').split('/')[3]));
  for (const key of missing) if (!keys.has(key)) problems.push(`${page.url}: "${key}" is missing from the "not yet translated" list`);
  for (const key of keys) if (!missing.includes(key!)) problems.push(`${page.url}: "${key}" is listed as not translated but exists in ${lang}`);
  for (const a of links) {
    const other = a.getAttribute('hreflang');
    const href = a.getAttribute('href') ?? '';
    if (!other || other === lang) problems.push(`${page.url}: ${href} has hreflang "${other}"`);
    if (a.getAttribute('lang') !== other) problems.push(`${page.url}: ${href} has lang "${a.getAttribute('lang')}" but hreflang "${other}"`);
    if (!href.startsWith(`/${other}/news/`)) problems.push(`${page.url}: ${href} does not point into /${other}/news/`);
  }
  return problems;
}

/**
 * hreflang alternates: each page lists itself under its own language, every alternate exists, and every
 * alternate lists the page back. `langOf` names a page's language; `exists` says whether a path is built.
 */
export function hreflangProblems(pages: readonly PageLike[], origin: string, langOf: (url: string) => string | undefined): string[] {
  const problems: string[] = [];
  const alternatesOf = (p: PageLike) =>
    p.root
      .querySelectorAll('link[rel="alternate"][hreflang]')
      .map((l) => [l.getAttribute('hreflang')!, l.getAttribute('href')!] as const)
      .filter(([hreflang]) => hreflang !== 'x-default');
  for (const p of pages) {
    const self = new URL(p.url, origin).toString();
    const alternates = alternatesOf(p);
    const own = alternates.find(([hreflang]) => hreflang === langOf(p.url));
    if (own?.[1] !== self) problems.push(`${p.url}: does not list itself as its ${langOf(p.url)} alternate`);
    for (const [hreflang, href] of alternates) {
      const target = byUrl(pages, new URL(href).pathname);
      if (!target) {
        problems.push(`${p.url}: ${hreflang} alternate ${href} is not built`);
        continue;
      }
      if (!alternatesOf(target).some(([, back]) => back === self)) problems.push(`${p.url}: ${target.url} does not point back`);
    }
  }
  return problems;
}
