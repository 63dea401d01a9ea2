import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { indexSite } from './search-index.mjs';

/**
 * A folder of built pages, each [path, lang, index?]: `index` is what the layout writes on <main> beside
 * data-pagefind-body ('current' or 'archive'); a page without it is a listing or menu page, never indexed.
 */
function site(pages) {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-index-'));
  for (const [path, lang, index] of pages) {
    mkdirSync(join(dir, path), { recursive: true });
    const main = index === undefined ? '<main><h1>Navigation only</h1></main>' : `<main data-pagefind-body data-search-index="${index}"><h1>${path}</h1><p>${path} text</p><nav>Skip me</nav></main>`;
    writeFileSync(join(dir, path, 'index.html'), `<!doctype html><html lang="${lang}"><head><title>${path}</title></head><body>${main}</body></html>`);
  }
  return dir;
}

const entry = (dir, folder) => JSON.parse(readFileSync(join(dir, folder, 'pagefind-entry.json'), 'utf8'));

describe('search index step (npm run build, after astro build)', () => {
  const made = [];
  const folder = (pages) => {
    const dir = site(pages);
    made.push(dir);
    return dir;
  };
  afterEach(() => made.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

  it('indexes every language, writes gzip copies of the scripts and reports the counts; no archive without old news', async () => {
    const dir = folder([['ja/news/a', 'ja', 'current'], ['ja/data/b', 'ja', 'current'], ['id/news/a', 'id', 'current'], ['en/news/a', 'en', 'current'], ['en/news', 'en']]);
    const lines = [];
    const result = await indexSite({ site: dir, languages: ['ja', 'id', 'en'], log: (l) => lines.push(l) });
    expect(result).toEqual({ read: 5, indexed: 4, perLanguage: { ja: 2, id: 1, en: 1 }, archive: {} });
    expect(existsSync(join(dir, 'pagefind', 'pagefind.js.gz'))).toBe(true);
    expect(Object.keys(entry(dir, 'pagefind').languages).sort()).toEqual(['en', 'id', 'ja']);
    expect(existsSync(join(dir, 'pagefind-archive'))).toBe(false);
    expect(lines).toEqual(['read 5 HTML files; indexed pages per language (en 1, id 1, ja 2)']);
  });

  it('puts old news in its own bundle, out of the current index', async () => {
    const dir = folder([['ja/news/new', 'ja', 'current'], ['ja/news/old', 'ja', 'archive'], ['ja/news/older', 'ja', 'archive'], ['en/news/new', 'en', 'current'], ['en/news/old', 'en', 'archive']]);
    const lines = [];
    const result = await indexSite({ site: dir, languages: ['ja', 'en'], log: (l) => lines.push(l) });
    expect(result.perLanguage).toEqual({ ja: 1, en: 1 });
    expect(result.archive).toEqual({ ja: 2, en: 1 });
    expect(entry(dir, 'pagefind-archive').languages.ja.page_count).toBe(2);
    expect(existsSync(join(dir, 'pagefind-archive', 'pagefind.js.gz'))).toBe(true);
    expect(lines[0]).toMatch(/; news archive \(en 1, ja 2\)$/);
  });

  it('fails naming the language when a required language has no page', async () => {
    const dir = folder([['ja/a', 'ja', 'current'], ['en/a', 'en', 'current'], ['id/a', 'id', 'archive']]);
    await expect(indexSite({ site: dir, languages: ['ja', 'id', 'en'] })).rejects.toThrow('Pagefind index check failed: no pages indexed for id (check <html lang>)');
  });

  it('fails when no page carries the index markers', async () => {
    const dir = folder([['ja/a', 'ja'], ['en/a', 'en']]);
    await expect(indexSite({ site: dir, languages: ['ja', 'en'] })).rejects.toThrow(/no page in .* carries data-pagefind-body with data-search-index/);
  });
});
