/** The parts of an @astrojs/sitemap entry this module touches. */
export interface SitemapEntry {
  url: string;
  links?: { url: string; lang: string }[];
}

/**
 * Fixes the language alternates @astrojs/sitemap writes for a site whose every language has a prefix.
 * Its i18n mode takes unprefixed URLs for the default language, so it lists the root language chooser
 * ("/") as a second English version of every home page. The chooser has no language: it is dropped from
 * the alternates, gets none itself, and is named as x-default instead, as the pages' own <head> does.
 * @example sitemapEntry({ url: 'https://x.org/ja/', links: [{ lang: 'en', url: 'https://x.org/' }, { lang: 'ja', url: 'https://x.org/ja/' }] }, 'https://x.org/')
 * // => { url: 'https://x.org/ja/', links: [{ lang: 'ja', url: 'https://x.org/ja/' }, { lang: 'x-default', url: 'https://x.org/' }] }
 */
export function sitemapEntry<T extends SitemapEntry>(entry: T, siteRoot: string): T {
  const trim = (url: string) => url.replace(/\/+$/, '');
  const root = `${trim(siteRoot)}/`;
  const isRoot = (url: string) => trim(url) === trim(root);
  if (isRoot(entry.url)) return { ...entry, links: undefined };
  if (!entry.links || entry.links.length === 0) return entry;
  const links = entry.links.filter((l) => !isRoot(l.url));
  return { ...entry, links: [...links, { lang: 'x-default', url: root }] };
}
