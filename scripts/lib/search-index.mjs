// The search index step of `npm run build` (scripts/build.mjs): Pagefind reads the pages Astro wrote and
// writes one index per language. It runs after `astro build` has exited, as Pagefind's own documentation runs
// it, so the indexer never holds its memory while Astro still holds the site's.
//
// Two indexes, chosen by <main data-search-index> (src/lib/search/searchArchive.ts): `current` (every page
// except old news) in <site>/pagefind/, which every search loads, and `archive` (news older than two years
// before the newest article) in <site>/pagefind-archive/, which the search page loads when a reader asks.
// Both are complete Pagefind bundles (script, WebAssembly, index).
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';

/** Breadcrumbs and pagination sit inside <main> but are navigation, not content. */
export const EXCLUDE_SELECTORS = ['nav', '[role="navigation"]'];

export const SEARCH_INDEXES = [
  { name: 'current', folder: 'pagefind', glob: undefined },
  // Only news articles are ever archived, so the second pass reads only their files.
  { name: 'archive', folder: 'pagefind-archive', glob: '*/news/*/index.html' },
];

/**
 * Indexes `site` and checks the result. Pagefind's Node API never throws: every call returns `{ errors }`.
 * Any error, a folder without a page marked `data-pagefind-body`, or a required language without pages in the
 * current index rejects with one line naming the step, so a site without working search is never published.
 * The archive's folder is written only when some page belongs to it.
 * @param {{ site: string, languages: readonly string[], log?: (line: string) => void }} options
 * @returns {Promise<{ read: number, indexed: number, perLanguage: Record<string, number>, archive: Record<string, number> }>}
 */
export async function indexSite({ site, languages, log = () => {} }) {
  try {
    const current = await indexPass(site, SEARCH_INDEXES[0]);
    const archive = await indexPass(site, SEARCH_INDEXES[1]);
    const indexed = sum(current.perLanguage);
    // Without data-pagefind-body on any page Pagefind would index every page whole (menus, listings, 404s);
    // the root selector needs <main data-search-index>, which the layout writes only beside that marker.
    if (indexed === 0) fail('index check', [`no page in ${site} carries data-pagefind-body with data-search-index`]);
    const missing = languages.filter((l) => (current.perLanguage[l] ?? 0) === 0);
    if (missing.length > 0) fail('index check', [`no pages indexed for ${missing.join(', ')} (check <html lang>)`]);
    const list = (counts) => Object.entries(counts).map(([l, n]) => `${l} ${n}`).join(', ');
    log(`read ${current.read} HTML files; indexed pages per language (${list(current.perLanguage)})${sum(archive.perLanguage) > 0 ? `; news archive (${list(archive.perLanguage)})` : ''}`);
    return { read: current.read, indexed, perLanguage: current.perLanguage, archive: archive.perLanguage };
  } finally {
    await pagefind.close();
  }
}

async function indexPass(site, { name, folder, glob }) {
  const outputPath = join(site, folder);
  const { index, errors } = await pagefind.createIndex({ excludeSelectors: EXCLUDE_SELECTORS, rootSelector: `main[data-search-index="${name}"]` });
  if (errors.length > 0 || !index) fail(`createIndex (${name})`, errors);
  const added = await index.addDirectory(glob ? { path: site, glob } : { path: site });
  if (added.errors.length > 0) fail(`addDirectory (${name})`, added.errors);
  const written = await index.writeFiles({ outputPath });
  if (written.errors.length > 0) fail(`writeFiles (${name})`, written.errors);
  const entryFile = join(outputPath, 'pagefind-entry.json');
  const entry = existsSync(entryFile) ? JSON.parse(readFileSync(entryFile, 'utf8')) : { languages: {} };
  const perLanguage = Object.fromEntries(Object.entries(entry.languages).map(([l, v]) => [l, v.page_count]));
  if (sum(perLanguage) === 0 && name !== 'current') {
    // A site without old news has no archive: nothing is written (an empty current index fails in indexSite).
    rmSync(outputPath, { recursive: true, force: true });
    return { read: added.page_count, perLanguage };
  }
  // Each index is a whole Pagefind bundle: the search page loads the archive's own script beside the current
  // one, so the two lists can be merged in the page's order (searchArchive.ts mergeResults).
  // Pagefind's index files are gzip already; its scripts are not. A gzip copy beside each lets the server
  // send a third of the bytes on the first search (pagefind.js: 46 KB, 13 KB gzip).
  for (const file of readdirSync(outputPath).filter((n) => n.endsWith('.js'))) {
    writeFileSync(join(outputPath, `${file}.gz`), gzipSync(readFileSync(join(outputPath, file)), { level: 9 }));
  }
  return { read: added.page_count, perLanguage };
}

function fail(step, errors) {
  throw new Error(`Pagefind ${step} failed: ${errors.join('; ')}`);
}

function sum(counts) {
  return Object.values(counts).reduce((a, b) => a + b, 0);
}
