/**
 * The one reader of the built site for build-output tests and gates: dist/ (or ATLAS_OUT_DIR) as a Site
 * (./gates/site.ts), served at SITE_URL under BASE_PATH, so links are resolved the way the host will serve them.
 */
import { resolve } from 'node:path';
import { LANGS } from '~/i18n/langs';
import { classifyRef, fileForPath as siteFileForPath, folderSite, sitePages, type Site, type SitePage } from './gates/site';

/** The built site the dist tests read; ATLAS_OUT_DIR points them at another build. */
export const DIST = resolve(process.env.ATLAS_OUT_DIR ?? 'dist');
export const SITE = process.env.SITE_URL ?? 'http://localhost:4321';
/** The base path the build was made for: "/" or "/sub/". */
export const BASE = `/${(process.env.BASE_PATH ?? '').replace(/^\/+|\/+$/g, '')}/`.replace(/\/+$/, '/');

let built: Site | undefined;
/** The build as a Site; throws with a hint when there is none. */
export function distSite(): Site {
  return (built ??= folderSite(DIST, { origin: SITE, base: BASE }));
}

export function requireDist(): void {
  distSite();
}

/** Every built file, as a path relative to dist/ with forward slashes. */
export const distFiles = (): string[] => [...distSite().files];

export type Page = SitePage;

/** All HTML pages except Pagefind's own files, parsed once. */
export const pages = (): Page[] => sitePages(distSite());

let byUrl: Map<string, Page> | undefined;

/** The page at a site path ("/ja/data/", "/404.html"), without the base path. */
export function page(url: string): Page {
  byUrl ??= new Map(pages().map((p) => [p.url, p]));
  const found = byUrl.get(url);
  if (!found) throw new Error(`no built page at ${url}`);
  return found;
}

/** Resolves an href found on `from` to a site path (base stripped) without query, and its hash; undefined if not internal. */
export function internalTarget(href: string, from: string): { path: string; hash: string } | undefined {
  const ref = classifyRef(distSite(), href, from);
  return ref.kind === 'internal' ? { path: ref.path, hash: ref.hash } : undefined;
}

/** The file a site path serves, as a static host would resolve it, or undefined. */
export const fileForPath = (path: string): string | undefined => siteFileForPath(distSite(), path);

/**
 * A pattern over site paths in which "{lang}" stands for any site language (captured), from src/i18n/langs.ts.
 * @example pathPattern('^/{lang}/data/[a-z0-9-]+/$').test('/ja/data/grdp/') // => true
 */
export const pathPattern = (source: string): RegExp => new RegExp(source.replaceAll('{lang}', `(${LANGS.join('|')})`));
