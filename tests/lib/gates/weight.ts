import { gzipSync } from 'node:zlib';
import { posix } from 'node:path';
import { classifyRef, fileForPath, hasFile, sitePages, type Site, type SitePage } from './site.ts';

/** Budgets in bytes after gzip (docs/performance.md); the one definition every test and report imports. */
export const BUDGETS = {
  htmlCss: 60 * 1024,
  /** JavaScript a page loads before any interaction: home, article, section, about, data pages without a chart. */
  js: 10 * 1024,
  /** What a page with a chart (a <canvas>) loads before any chart is visible: its static imports only. */
  chartJsUpFront: 15 * 1024,
  /** Everything a chart page loads once its charts are drawn: up front plus the chunks the chart loader imports dynamically. */
  chartJs: 75 * 1024,
  /** One inline map SVG, not compressed (maps are drawn at build time, tests/dist/maps.test.ts). */
  mapSvg: 60 * 1024,
} as const;

export const FONT_FILE = /\.(woff2?|ttf|otf|eot)$/i;

const gzCache = new WeakMap<Site, Map<string, number>>();
/** Gzip size (level 9, what a CDN's static compression gives) of a file, memoised per site. */
export function gzipSize(site: Site, file: string): number {
  let m = gzCache.get(site);
  if (!m) gzCache.set(site, (m = new Map()));
  let n = m.get(file);
  if (n === undefined) m.set(file, (n = gzipSync(site.read(file), { level: 9 }).length));
  return n;
}

/**
 * Static imports of an emitted ES module: `import x from "./a.js"`, `import "./b.js"`, `export * from "./c.js"`,
 * minified (`import{a as b}from"./d.js"`) or not. Dynamic `import("…")` is deliberately not matched: code
 * loaded on demand (Pagefind after a query) does not count against a page's budget.
 */
export function staticImports(code: string): string[] {
  const out: string[] = [];
  const re = /(?:^|[^\w$.])(?:import|export)\s*(?:[\w$*{}\s,]*?\s*from\s*)?["']([^"'\n]+)["']/g;
  for (const m of code.matchAll(re)) out.push(m[1]!);
  return out;
}

/**
 * Dynamic imports with a literal address, as bundlers emit them for code split off to load later:
 * `import("./a.js")`, `import('./b.js')`, import(`./c.js`). A computed address (import(`${base}x.js`), as
 * the search page's Pagefind loader has) is not a file of the build and is skipped.
 */
export function dynamicImports(code: string): string[] {
  const out: string[] = [];
  const re = /(?:^|[^\w$.])import\s*\(\s*(?:"([^"\n]+)"|'([^'\n]+)'|`([^`$\n]+)`)\s*\)/g;
  for (const m of code.matchAll(re)) out.push((m[1] ?? m[2] ?? m[3])!);
  return out;
}

function resolveJs(site: Site, spec: string, fromFile: string | undefined, fromUrl: string): string | undefined {
  if (spec.startsWith('./') || spec.startsWith('../')) {
    if (!fromFile) return undefined;
    return posix.normalize(posix.join(posix.dirname(fromFile), spec));
  }
  const target = classifyRef(site, spec, fromUrl);
  if (target.kind !== 'internal' || target.outsideBase) return undefined;
  return fileForPath(site, target.path);
}

/**
 * The JS files a page loads up front: script src, modulepreload links, inline module imports, and their static
 * imports, recursively. With `{ dynamic: true }`, also every chunk those files import dynamically (the chart
 * library behind the chart loader) and, recursively, that chunk's own static and dynamic imports: all a page
 * can load once everything on it has been drawn.
 */
export function pageJsFiles(site: Site, page: SitePage, options: { dynamic?: boolean } = {}): { files: string[]; missing: string[] } {
  const seen = new Set<string>();
  const missing: string[] = [];
  const queue: string[] = [];
  const add = (spec: string, fromFile?: string) => {
    const file = resolveJs(site, spec, fromFile, page.url);
    if (!file || !hasFile(site, file)) {
      if (!/^https?:/.test(spec) || classifyRef(site, spec, page.url).kind === 'internal') missing.push(spec);
      return;
    }
    if (!seen.has(file)) {
      seen.add(file);
      queue.push(file);
    }
  };
  for (const s of page.root.querySelectorAll('script')) {
    const type = (s.getAttribute('type') ?? '').toLowerCase();
    if (type && type !== 'module' && !type.includes('javascript')) continue;
    const src = s.getAttribute('src');
    if (src) add(src);
    else if (type === 'module') {
      for (const spec of staticImports(s.textContent)) add(spec);
      if (options.dynamic) for (const spec of dynamicImports(s.textContent)) add(spec);
    }
  }
  for (const l of page.root.querySelectorAll('link[rel~="modulepreload"][href]')) add(l.getAttribute('href')!);
  while (queue.length) {
    const file = queue.shift()!;
    const code = site.read(file).toString('utf8');
    for (const spec of staticImports(code)) add(spec, file);
    if (options.dynamic) for (const spec of dynamicImports(code)) add(spec, file);
  }
  return { files: [...seen].sort(), missing };
}

export function pageCssFiles(site: Site, page: SitePage): string[] {
  const files = new Set<string>();
  for (const l of page.root.querySelectorAll('link[rel~="stylesheet"][href]')) {
    const t = classifyRef(site, l.getAttribute('href')!, page.url);
    const file = t.kind === 'internal' ? fileForPath(site, t.path) : undefined;
    if (file) files.add(file);
  }
  return [...files];
}

export type PageKind = 'chart' | 'page';

export interface PageWeight {
  url: string;
  kind: PageKind;
  htmlGzip: number;
  cssGzip: number;
  htmlCssGzip: number;
  /** JavaScript loaded up front (static imports only). */
  jsGzip: number;
  jsFiles: string[];
  jsBudget: number;
  /** JavaScript with every dynamic import followed: what a chart page loads once its charts are drawn. */
  jsTotalGzip: number;
  jsTotalFiles: string[];
  /** Budget for the total; only chart pages have one (other pages' dynamic imports, e.g. search, load on a query). */
  jsTotalBudget: number | undefined;
}

export function pageWeight(site: Site, page: SitePage): PageWeight {
  const kind: PageKind = page.root.querySelector('canvas') ? 'chart' : 'page';
  const htmlGzip = gzipSize(site, page.file);
  const cssGzip = pageCssFiles(site, page).reduce((n, f) => n + gzipSize(site, f), 0);
  const { files } = pageJsFiles(site, page);
  const jsGzip = files.reduce((n, f) => n + gzipSize(site, f), 0);
  const total = pageJsFiles(site, page, { dynamic: true }).files;
  const jsTotalGzip = total.reduce((n, f) => n + gzipSize(site, f), 0);
  return {
    url: page.url,
    kind,
    htmlGzip,
    cssGzip,
    htmlCssGzip: htmlGzip + cssGzip,
    jsGzip,
    jsFiles: files,
    jsBudget: kind === 'chart' ? BUDGETS.chartJsUpFront : BUDGETS.js,
    jsTotalGzip,
    jsTotalFiles: total,
    jsTotalBudget: kind === 'chart' ? BUDGETS.chartJs : undefined,
  };
}

export function pageWeights(site: Site): PageWeight[] {
  return sitePages(site).map((p) => pageWeight(site, p));
}

/** Pages over a budget, one line each. */
export function overBudget(weights: PageWeight[]): string[] {
  const out: string[] = [];
  for (const w of weights) {
    if (w.htmlCssGzip > BUDGETS.htmlCss) out.push(`${w.url}: HTML+CSS ${kb(w.htmlCssGzip)} > ${kb(BUDGETS.htmlCss)} gzip`);
    if (w.jsGzip > w.jsBudget) out.push(`${w.url}: JS ${kb(w.jsGzip)} > ${kb(w.jsBudget)} gzip up front (${w.kind} page: ${w.jsFiles.join(', ')})`);
    if (w.jsTotalBudget !== undefined && w.jsTotalGzip > w.jsTotalBudget) {
      out.push(`${w.url}: JS ${kb(w.jsTotalGzip)} > ${kb(w.jsTotalBudget)} gzip with charts drawn (${w.kind} page: ${w.jsTotalFiles.join(', ')})`);
    }
  }
  return out;
}

/** Scripts that a page references but that are not in the build (a broken static or literal dynamic import). */
export function missingScripts(site: Site): string[] {
  return sitePages(site).flatMap((p) => pageJsFiles(site, p, { dynamic: true }).missing.map((m) => `${p.url}: ${m}`));
}

export function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

/** A readable report: the heaviest pages by HTML+CSS and by JS. */
export function weightReport(weights: PageWeight[], top = 10): string {
  const lines: string[] = [];
  const table = (title: string, rows: PageWeight[], value: (w: PageWeight) => string) => {
    lines.push(title);
    for (const w of rows) lines.push(`  ${value(w).padStart(9)}  ${w.url}`);
  };
  table(`Heaviest ${top} pages, HTML + CSS (gzip; budget ${kb(BUDGETS.htmlCss)}):`, [...weights].sort((a, b) => b.htmlCssGzip - a.htmlCssGzip).slice(0, top), (w) => kb(w.htmlCssGzip));
  table(`Heaviest ${top} pages, JavaScript loaded up front (gzip; budget ${kb(BUDGETS.js)}, chart pages ${kb(BUDGETS.chartJsUpFront)}):`, [...weights].sort((a, b) => b.jsGzip - a.jsGzip).slice(0, top), (w) => `${kb(w.jsGzip)}${w.kind === 'chart' ? '*' : ' '}`);
  lines.push('  (* = chart page)');
  const charts = weights.filter((w) => w.kind === 'chart');
  table(`Heaviest ${top} chart pages, JavaScript with every chart drawn (gzip; budget ${kb(BUDGETS.chartJs)}; ${charts.length} chart pages):`, [...charts].sort((a, b) => b.jsTotalGzip - a.jsTotalGzip).slice(0, top), (w) => kb(w.jsTotalGzip));
  return lines.join('\n');
}

/** Font files shipped, and CSS that declares web fonts (the site uses system fonts only). */
export function fontProblems(site: Site): string[] {
  const out = site.files.filter((f) => FONT_FILE.test(f)).map((f) => `${f}: font file`);
  for (const f of site.files.filter((f) => f.endsWith('.css'))) {
    if (/@font-face/i.test(site.read(f).toString('utf8'))) out.push(`${f}: @font-face`);
  }
  for (const p of sitePages(site)) {
    for (const s of p.root.querySelectorAll('style')) if (/@font-face/i.test(s.textContent)) out.push(`${p.url}: inline @font-face`);
  }
  return out;
}

/**
 * Images: every <img> states width and height (no layout shift) and loading="lazy", except the first image
 * inside <main> when it is the page's hero (it may load eagerly).
 */
export function imageProblems(site: Site): string[] {
  const out: string[] = [];
  for (const p of sitePages(site)) {
    const hero = p.root.querySelector('main img');
    for (const img of p.root.querySelectorAll('img')) {
      const name = img.getAttribute('src') ?? '(no src)';
      if (!img.getAttribute('width') || !img.getAttribute('height')) out.push(`${p.url}: <img src="${name}"> lacks width/height`);
      if (img !== hero && img.getAttribute('loading') !== 'lazy') out.push(`${p.url}: <img src="${name}"> lacks loading="lazy"`);
    }
  }
  return out;
}
