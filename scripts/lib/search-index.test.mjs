import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { indexSite } from './search-index.mjs';

/** A folder of built pages: each entry is [path, lang, body?]; a page without a body has no data-pagefind-body. */
function site(pages) {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-index-'));
  for (const [path, lang, body] of pages) {
    mkdirSync(join(dir, path), { recursive: true });
    const main = body === undefined ? '<main>Navigation only</main>' : `<main data-pagefind-body><h1>${body}</h1><p>${body} text</p><nav>Skip me</nav></main>`;
    writeFileSync(join(dir, path, 'index.html'), `<!doctype html><html lang="${lang}"><head><title>${body ?? path}</title></head><body>${main}</body></html>`);
  }
  return dir;
}

describe('search index step (npm run build, after astro build)', () => {
  const made = [];
  const folder = (pages) => {
    const dir = site(pages);
    made.push(dir);
    return dir;
  };
  afterEach(() => made.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

  it('indexes every language, writes gzip copies of the scripts and reports the counts', async () => {
    const dir = folder([['ja/a', 'ja', '漁業'], ['ja/b', 'ja', 'ロブスター'], ['id/a', 'id', 'perikanan'], ['en/a', 'en', 'fisheries'], ['en/list', 'en']]);
    const lines = [];
    const result = await indexSite({ site: dir, languages: ['ja', 'id', 'en'], log: (l) => lines.push(l) });
    expect(result).toEqual({ read: 5, indexed: 4, perLanguage: { ja: 2, id: 1, en: 1 } });
    expect(existsSync(join(dir, 'pagefind', 'pagefind.js.gz'))).toBe(true);
    expect(readFileSync(join(dir, 'pagefind', 'pagefind-entry.json'), 'utf8')).toContain('"ja"');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/indexed pages per language \(.*ja 2/);
  });

  it('fails naming the language when a required language has no page', async () => {
    const dir = folder([['ja/a', 'ja', '漁業'], ['en/a', 'en', 'fisheries']]);
    await expect(indexSite({ site: dir, languages: ['ja', 'id', 'en'] })).rejects.toThrow('Pagefind index check failed: no pages indexed for id (check <html lang>)');
  });

  it('fails when no page carries data-pagefind-body', async () => {
    const dir = folder([['ja/a', 'ja'], ['en/a', 'en']]);
    await expect(indexSite({ site: dir, languages: ['ja', 'en'] })).rejects.toThrow(/no page in .* carries data-pagefind-body/);
  });
});
