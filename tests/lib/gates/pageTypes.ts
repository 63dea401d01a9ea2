import { sitePages, type Site, type SitePage } from './site.ts';

export interface PageType {
  /** e.g. "/", "/404.html", "/{lang}/", "/{lang}/about/", "/{lang}/news/*\/". */
  shape: string;
  lang: string;
  /** The first page of that shape, in URL order. */
  sample: SitePage;
  count: number;
}

const LANG_SEGMENT = /^[a-z]{2}(-[a-z0-9]+)?$/i;

/**
 * Page types discovered from the build, not from a list: pages are grouped by language and URL shape.
 * Every page directly under a language (/ja/about/, /ja/fisheries/, /ja/search/) is its own type, because
 * each such route is typically its own template; deeper pages group by their first segment and depth
 * (/ja/news/<slug>/ → "/{lang}/news/*\/"). A folder in front of the language groups the same way
 * (/embed/ja/<chart>/ → "/embed/{lang}/*\/"). Other pages outside a language folder (the chooser, 404) are their own type.
 */
export function pageTypes(site: Site, options: { langs?: readonly string[] } = {}): PageType[] {
  const groups = new Map<string, PageType>();
  for (const page of [...sitePages(site)].sort((a, b) => a.url.localeCompare(b.url))) {
    // A moved-page notice (an instant meta refresh to the new address) is not a page type: its target is.
    if (page.root.querySelector('meta[http-equiv="refresh"]')) continue;
    const segments = page.url.split('/').filter(Boolean);
    const first = segments[0];
    const isLangSegment = (s: string | undefined): s is string => s !== undefined && LANG_SEGMENT.test(s) && (!options.langs || options.langs.includes(s));
    const isLang = isLangSegment(first) && page.url !== `/${first}`;
    let shape: string;
    let lang = '';
    if (!isLang && segments.length > 2 && isLangSegment(segments[1])) {
      // A prefix before the language (/embed/<lang>/<chart>/): one type per prefix, language and depth.
      lang = segments[1];
      shape = `/${first}/{lang}/${segments.slice(2).map(() => '*').join('/')}${page.url.endsWith('/') ? '/' : ''}`;
    } else if (!isLang) shape = page.url;
    else {
      lang = first;
      const rest = segments.slice(1);
      const trailing = page.url.endsWith('/') ? '/' : '';
      shape = rest.length <= 1 ? `/{lang}/${rest.join('/')}${rest.length ? trailing : ''}` : `/{lang}/${rest[0]}/${rest.slice(1).map(() => '*').join('/')}${trailing}`;
    }
    const key = `${lang} ${shape}`;
    const group = groups.get(key);
    if (group) group.count++;
    else groups.set(key, { shape, lang, sample: page, count: 1 });
  }
  return [...groups.values()];
}
