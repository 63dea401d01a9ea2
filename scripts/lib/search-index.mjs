// The search index step of `npm run build` (scripts/build.mjs): Pagefind reads the pages Astro wrote and
// writes one index per language into <site>/pagefind/. It runs after `astro build` has exited, as Pagefind's
// own documentation runs it, so the indexer never holds its memory while Astro still holds the site's.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';

/** Breadcrumbs and pagination sit inside <main> but are navigation, not content. */
export const EXCLUDE_SELECTORS = ['nav', '[role="navigation"]'];

/**
 * Indexes `site` and checks the result. Pagefind's Node API never throws: every call returns `{ errors }`.
 * Any error, a folder without a page marked `data-pagefind-body`, or a required language without pages rejects
 * with one line naming the step, so a site without working search is never published.
 * @param {{ site: string, languages: readonly string[], log?: (line: string) => void }} options
 * @returns {Promise<{ read: number, indexed: number, perLanguage: Record<string, number> }>}
 */
export async function indexSite({ site, languages, log = () => {} }) {
  const outputPath = join(site, 'pagefind');
  const fail = (step, errors) => {
    throw new Error(`Pagefind ${step} failed: ${errors.join('; ')}`);
  };
  try {
    const { index, errors } = await pagefind.createIndex({ excludeSelectors: EXCLUDE_SELECTORS });
    if (errors.length > 0 || !index) fail('createIndex', errors);
    const added = await index.addDirectory({ path: site });
    if (added.errors.length > 0) fail('addDirectory', added.errors);
    // Without data-pagefind-body on any page Pagefind indexes every page whole (menus, listings, 404s), so an
    // index of every file read means the marker went missing, unless some page still carries it.
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) fail('writeFiles', written.errors);
    // Pagefind's index files are gzip already; its scripts are not. A gzip copy beside each lets the server
    // send a third of the bytes on the first search (pagefind.js: 46 KB, 13 KB gzip).
    for (const name of readdirSync(outputPath).filter((n) => n.endsWith('.js'))) {
      writeFileSync(join(outputPath, `${name}.gz`), gzipSync(readFileSync(join(outputPath, name)), { level: 9 }));
    }
    const entry = JSON.parse(readFileSync(join(outputPath, 'pagefind-entry.json'), 'utf8'));
    const perLanguage = Object.fromEntries(Object.entries(entry.languages).map(([l, v]) => [l, v.page_count]));
    const indexed = Object.values(perLanguage).reduce((a, b) => a + b, 0);
    if (indexed === added.page_count && !htmlFiles(site).some((f) => readFileSync(f, 'utf8').includes('data-pagefind-body'))) {
      fail('index check', [`no page in ${site} carries data-pagefind-body`]);
    }
    const missing = languages.filter((l) => (perLanguage[l] ?? 0) === 0);
    if (missing.length > 0) fail('index check', [`no pages indexed for ${missing.join(', ')} (check <html lang>)`]);
    log(`read ${added.page_count} HTML files; indexed pages per language (${Object.entries(perLanguage).map(([l, n]) => `${l} ${n}`).join(', ')})`);
    return { read: added.page_count, indexed, perLanguage };
  } finally {
    await pagefind.close();
  }
}

/** Every .html file under dir, outside the index folder itself. */
function htmlFiles(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => join(e.parentPath, e.name))
    .filter((f) => !f.includes(`${join(dir, 'pagefind')}/`));
}
