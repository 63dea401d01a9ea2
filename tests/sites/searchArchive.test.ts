import { existsSync, readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LANGS } from '~/i18n/langs';
import { startServer } from '../../scripts/lib/static-server.mjs';
import { article, validContent, writeContent } from '../fixtures/contentFixture';
import { buildFixture } from '../lib/fixtureBuild';

/** The real site's newest article is dated 2026-07-01, so news before 2024-07-01 goes to the archive's index. */
const OLD_DATE = '2021-03-15';
const oldArticle = (lang: string) =>
  article('old-harbour', lang)
    .replace("date: '2026-02-11'", `date: '${OLD_DATE}'`)
    .replace('Body.', 'The zeolite harbour ledger from the old days.');
const newArticle = (lang: string) => article('meeting', lang).replace('Body.', 'Zeolite harbour meeting notes.');
const entry = (out: string, folder: string) => JSON.parse(readFileSync(join(out, folder, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };

/*
 * A whole-site build with one old article in each language: it must land in the archive's own index, out of the
 * first search, and a reader must be able to add the archive and share the address that includes it.
 */
describe('the news archive has its own search index', () => {
  let out = '';
  let browser: Browser;
  let server: Awaited<ReturnType<typeof startServer>>;
  let origin = '';

  beforeAll(async () => {
    const tree = validContent();
    for (const lang of LANGS) {
      tree.articles[`${lang}/meeting.mdx`] = newArticle(lang);
      tree.articles[`${lang}/old-harbour.mdx`] = oldArticle(lang);
    }
    const result = buildFixture(writeContent(tree, { onRealContent: true }));
    expect(result.output).not.toMatch(/\[ERROR\]/);
    expect(result.status).toBe(0);
    out = result.out;
    server = await startServer({ root: out, port: 0, host: '127.0.0.1' });
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--disable-gpu', '--disable-dev-shm-usage'] });
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise((done) => (server ? server.close(done) : done(undefined)));
  });

  it('writes the old articles to pagefind-archive/ and keeps them out of the current index', () => {
    const current = entry(out, 'pagefind');
    const archive = entry(out, 'pagefind-archive');
    expect(Object.keys(archive.languages).sort()).toEqual([...LANGS].sort());
    for (const lang of LANGS) {
      expect(archive.languages[lang]!.page_count).toBe(1);
      expect(current.languages[lang]!.page_count).toBeGreaterThan(50);
      const main = parse(readFileSync(join(out, lang, 'news', 'old-harbour', 'index.html'), 'utf8')).querySelector('main')!;
      expect(main.getAttribute('data-search-index')).toBe('archive');
      expect(parse(readFileSync(join(out, lang, 'news', 'meeting', 'index.html'), 'utf8')).querySelector('main')!.getAttribute('data-search-index')).toBe('current');
    }
    expect(existsSync(join(out, 'pagefind-archive', 'pagefind.js.gz'))).toBe(true);
  });

  it('says on each search page how many older articles the archive holds, from which date', () => {
    const note = (lang: string) => parse(readFileSync(join(out, lang, 'search', 'index.html'), 'utf8')).querySelector('[data-search-archive] [data-archive-note]')?.text ?? '';
    expect(note('en')).toBe('Results cover every page and the news since 1 July 2024; older articles are in the archive (1 in all).');
    expect(note('ja')).toContain('2024年7月1日以降');
    expect(note('id')).toContain('1 Juli 2024');
  });

  it('searches the current index first, adds the archive on request and keeps it in the address', { timeout: 60_000 }, async () => {
    const page = await browser.newPage();
    const fetched: string[] = [];
    page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
    const links = () => page.locator('[data-search-results] h3 a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    await page.goto(`${origin}/en/search/?q=zeolite`);
    await page.waitForSelector('[data-search-app][data-ready="true"]');
    expect(await links()).toEqual(['/en/news/meeting/']);
    expect(fetched.filter((p) => p.startsWith('/pagefind-archive/'))).toEqual([]);

    await page.getByRole('button', { name: 'Search the archive too' }).click();
    await page.waitForFunction(() => document.querySelectorAll('[data-search-results] li').length === 2);
    expect((await links()).sort()).toEqual(['/en/news/meeting/', '/en/news/old-harbour/']);
    expect(new URL(page.url()).searchParams.get('archive')).toBe('1');
    expect(await page.locator('[data-search-archive]').innerText()).toContain('Results include the archive');

    // Newest first puts the current article before the archived one.
    await page.selectOption('#search-sort', 'newest');
    await page.waitForFunction(() => new URLSearchParams(location.search).get('sort') === 'newest');
    await page.waitForFunction(() => document.querySelectorAll('[data-search-results] li').length === 2);
    expect(await links()).toEqual(['/en/news/meeting/', '/en/news/old-harbour/']);

    // An archive that cannot load leaves the current results and says so; the button stays for another try.
    const blocked = await browser.newPage();
    await blocked.route('**/pagefind-archive/**', (route) => route.abort());
    await blocked.goto(`${origin}/en/search/?q=zeolite`);
    await blocked.waitForSelector('[data-search-app][data-ready="true"]');
    await blocked.getByRole('button', { name: 'Search the archive too' }).click();
    await blocked.waitForFunction(() => document.querySelector('[data-archive-note]')?.textContent?.startsWith('The archive could not be loaded'));
    expect(await blocked.locator('[data-search-results] li').count()).toBe(1);
    expect(await blocked.getByRole('button', { name: 'Search the archive too' }).isVisible()).toBe(true);
    expect(new URL(blocked.url()).searchParams.has('archive')).toBe(false);

    // A shared address with archive=1 searches both from the start.
    const shared = await browser.newPage();
    await shared.goto(`${origin}/ja/search/?q=zeolite&archive=1`);
    await shared.waitForSelector('[data-search-app][data-ready="true"]');
    expect(await shared.locator('[data-search-results] li').count()).toBe(2);
  });
});
