import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';

/**
 * A built site as the gates see it: a set of files addressed by their path relative to the site root
 * ("ja/index.html", "_astro/x.js"). The gates are pure functions over this, so a test can hand them a few
 * files written inline (fixtures) and the dist tests hand them the real build.
 */
export interface Site {
  /** Every file path, forward slashes, no leading slash. */
  files: readonly string[];
  read(file: string): Buffer;
  /** Public origin the pages were built for (SITE_URL); links to it count as internal. */
  origin: string;
  /** Base path the site is served from ("/" or "/sub/"). */
  base: string;
}

export interface SitePage {
  /** Site path, e.g. "/ja/data/minimum-wage/" or "/404.html". */
  url: string;
  file: string;
  html: string;
  root: HTMLElement;
}

/** A site held in memory: the fixture form. Strings are stored as UTF-8. */
export function memorySite(entries: Record<string, string | Buffer>, options: { origin?: string; base?: string } = {}): Site {
  const map = new Map(Object.entries(entries).map(([k, v]) => [k.replace(/^\//, ''), Buffer.isBuffer(v) ? v : Buffer.from(v)]));
  return {
    files: [...map.keys()].sort(),
    read(file) {
      const found = map.get(file);
      if (!found) throw new Error(`no file ${file}`);
      return found;
    },
    origin: options.origin ?? 'http://localhost:4321',
    base: options.base ?? '/',
  };
}

function walk(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) walk(full, out);
    else out.push(full);
  }
  return out;
}

/** A site read from a build folder (dist/ or ATLAS_OUT_DIR). */
export function folderSite(dir: string, options: { origin?: string; base?: string } = {}): Site {
  if (!existsSync(join(dir, 'index.html'))) throw new Error(`No build in ${dir}. Run "npm run build" first (npm test builds for you).`);
  const files = walk(dir).map((f) => relative(dir, f).split(sep).join('/')).sort();
  const cache = new Map<string, Buffer>();
  return {
    files,
    read(file) {
      let buf = cache.get(file);
      if (!buf) {
        buf = readFileSync(join(dir, file));
        cache.set(file, buf);
      }
      return buf;
    },
    origin: new URL(options.origin ?? 'http://localhost:4321').origin,
    base: options.base ?? '/',
  };
}

const pageCache = new WeakMap<Site, SitePage[]>();

/** Site path for an HTML file: "ja/index.html" → "/ja/", "404.html" → "/404.html". */
export function urlForFile(file: string): string {
  return '/' + file.replace(/(^|\/)index\.html$/, '$1');
}

/** Every HTML page except Pagefind's own files. Parsed once per site. */
export function sitePages(site: Site): SitePage[] {
  let cached = pageCache.get(site);
  if (!cached) {
    cached = site.files
      .filter((f) => f.endsWith('.html') && !f.startsWith('pagefind/'))
      .map((file) => {
        const html = site.read(file).toString('utf8');
        return { url: urlForFile(file), file, html, root: parse(html, { comment: false }) };
      });
    pageCache.set(site, cached);
  }
  return cached;
}

const fileSets = new WeakMap<Site, Set<string>>();
export function hasFile(site: Site, file: string): boolean {
  let set = fileSets.get(site);
  if (!set) fileSets.set(site, (set = new Set(site.files)));
  return set.has(file);
}

/** The file a site path serves, as a static host resolves it (directory → index.html), or undefined. */
export function fileForPath(site: Site, path: string): string | undefined {
  const clean = path.replace(/^\//, '');
  const candidates = clean === '' || clean.endsWith('/') ? [`${clean}index.html`] : [clean, `${clean}/index.html`];
  return candidates.find((c) => hasFile(site, c));
}

export type Ref =
  | { kind: 'internal'; path: string; hash: string; outsideBase?: boolean }
  | { kind: 'external'; url: string }
  | { kind: 'other' };

/** Classifies an href/src found on the page at `from`: internal site path (base stripped), external URL, or other (mailto:, data:…). */
export function classifyRef(site: Site, ref: string, from: string): Ref {
  const trimmed = ref.trim();
  if (/^(mailto:|tel:|data:|blob:|about:)/i.test(trimmed)) return { kind: 'other' };
  const base = site.base.endsWith('/') ? site.base : `${site.base}/`;
  let url: URL;
  try {
    url = new URL(trimmed, new URL(base.replace(/\/$/, '') + from, site.origin));
  } catch {
    return { kind: 'other' };
  }
  if (url.protocol === 'javascript:') return { kind: 'other' };
  if (url.origin !== new URL(site.origin).origin) return { kind: 'external', url: url.toString() };
  let path = decodeURIComponent(url.pathname);
  const hash = decodeURIComponent(url.hash.slice(1));
  if (base !== '/') {
    if (!path.startsWith(base)) return { kind: 'internal', path, hash, outsideBase: true };
    path = '/' + path.slice(base.length);
  }
  return { kind: 'internal', path, hash };
}

/** Splits a srcset into its URLs. */
export function srcsetUrls(srcset: string): string[] {
  return srcset
    .split(',')
    .map((part) => part.trim().split(/\s+/)[0] ?? '')
    .filter(Boolean);
}
