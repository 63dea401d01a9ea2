import { LANGS, type Lang, type UiKey } from '~/i18n/index';
import { SECTOR_HUBS, SECTORS, type Sector } from '~/schemas/common';

/** Joins the configured base path with a site path, keeping exactly one slash between parts. */
export function withBase(path: string, base: string = import.meta.env.BASE_URL ?? '/'): string {
  const cleanBase = base.endsWith('/') ? base : `${base}/`;
  return `${cleanBase}${path.replace(/^\/+/, '')}`;
}

/**
 * URL of a page in a language. `path` is the language-independent part ("data/minimum-wage/");
 * pages end in a slash, files (".csv", ".json", ".xml") do not.
 * @example pageUrl('ja', 'data/') // => '/ja/data/'
 */
export function pageUrl(lang: Lang, path = '', base?: string): string {
  const clean = path.replace(/^\/+/, '');
  const needsSlash = clean !== '' && !clean.endsWith('/') && !/\.[a-z0-9]+$/i.test(clean);
  return withBase(`${lang}/${clean}${needsSlash ? '/' : ''}`, base);
}

/**
 * URL of a chart's embed page. Embeds live under their own prefix, /embed/<lang>/<dataset>/, so a host's header
 * rules can let other sites frame them while every other page refuses framing (public/_headers).
 */
export function embedUrl(lang: Lang, chart: string, base?: string): string {
  return withBase(`embed/${lang}/${chart}/`, base);
}

/** Splits "/ja/data/x/" into its language and the language-independent rest. */
export function splitLangPath(pathname: string, base: string = import.meta.env.BASE_URL ?? '/'): { lang?: Lang; rest: string } {
  const cleanBase = base.endsWith('/') ? base : `${base}/`;
  const local = pathname.startsWith(cleanBase) ? pathname.slice(cleanBase.length) : pathname.replace(/^\/+/, '');
  const [first, ...rest] = local.split('/');
  const lang = LANGS.find((l) => l === first);
  return lang ? { lang, rest: rest.join('/') } : { rest: local };
}

/** Hub path of each sector, e.g. "work-in-japan/" for labour (src/schemas/common.ts declares them). */
export const SECTOR_PATHS = Object.fromEntries(SECTORS.map((s) => [s, `${SECTOR_HUBS[s].path}/`])) as Record<Sector, string>;

/** Sections of the site in header order; `key` names the UI string, `path` the folder under /[lang]/. */
export const SECTIONS: readonly { key: UiKey; path: string; sector?: Sector }[] = [
  ...SECTORS.filter((s) => SECTOR_HUBS[s].inHeader).map((s) => ({ key: `sector.${s}` as const, path: SECTOR_PATHS[s], sector: s })),
  { key: 'nav.data', path: 'data/' },
  { key: 'nav.news', path: 'news/' },
  { key: 'nav.invest', path: 'invest/' },
  { key: 'nav.about', path: 'about/' },
];
