import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';

/** The built site the dist tests read; ATLAS_OUT_DIR points them at another build. */
export const DIST = resolve(process.env.ATLAS_OUT_DIR ?? 'dist');
export const SITE = process.env.SITE_URL ?? 'http://localhost:4321';

export function requireDist(): void {
  if (!existsSync(join(DIST, 'index.html'))) {
    throw new Error(`No build in ${DIST}. Run "npm run build" first (npm test builds for you).`);
  }
}

function walk(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) walk(full, out);
    else out.push(full);
  }
  return out;
}

/** Every built file, as a path relative to dist/ with forward slashes. */
export function distFiles(): string[] {
  requireDist();
  return walk(DIST).map((f) => relative(DIST, f).split(sep).join('/'));
}

export interface Page {
  /** Site path, e.g. "/ja/data/minimum-wage/". */
  url: string;
  file: string;
  html: string;
  root: HTMLElement;
}

const cache = new Map<string, Page>();

/** All HTML pages except Pagefind's own files. */
export function pages(): Page[] {
  return distFiles()
    .filter((f) => f.endsWith('.html') && !f.startsWith('pagefind/'))
    .map((file) => {
      const cached = cache.get(file);
      if (cached) return cached;
      const html = readFileSync(join(DIST, file), 'utf8');
      const url = '/' + file.replace(/index\.html$/, '').replace(/\.html$/, '');
      const page = { url, file, html, root: parse(html, { comment: false }) };
      cache.set(file, page);
      return page;
    });
}

let byUrl: Map<string, Page> | undefined;

export function page(url: string): Page {
  byUrl ??= new Map(pages().map((p) => [p.url, p]));
  const found = byUrl.get(url);
  if (!found) throw new Error(`no built page at ${url}`);
  return found;
}

/** Resolves an href found on `from` to a site path without query or hash, or undefined if external. */
export function internalTarget(href: string, from: string): { path: string; hash: string } | undefined {
  if (/^(mailto:|tel:|javascript:|data:)/i.test(href)) return undefined;
  const base = new URL(from, SITE);
  const url = new URL(href, base);
  if (url.origin !== new URL(SITE).origin) return undefined;
  return { path: decodeURIComponent(url.pathname), hash: decodeURIComponent(url.hash.slice(1)) };
}

/** The file a site path serves, as a static host would resolve it, or undefined. */
export function fileForPath(path: string): string | undefined {
  const clean = path.replace(/^\//, '');
  const candidates = clean === '' || clean.endsWith('/') ? [`${clean}index.html`] : [clean, `${clean}/index.html`];
  return candidates.find((c) => existsSync(join(DIST, c)) && statSync(join(DIST, c)).isFile());
}
