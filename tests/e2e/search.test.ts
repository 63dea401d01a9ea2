import type { Page as BrowserPage } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useHarness, axeViolations } from '../lib/browser';
import { fileForPath, pages } from '../lib/dist';
import { normalizeTerm } from '~/lib/search/synonyms';
import { LANGS } from '~/i18n/index';

type Lang = 'ja' | 'id' | 'en';

/**
 * Queries readers type, with the page that must come back among the first three results. A query given as
 * `{ any: term }` is a topic many pages share: one of the first three must carry the term in its title or
 * (synonym-widened) keywords. Japanese queries are unspaced on purpose.
 */
const INA = 'news/ina-group-audience-2026/';
const CASES: Record<Lang, [string, string | { any: string }][]> = {
  ja: [
    ['特定技能の受入れ上限', 'data/japan-ssw-caps/'],
    ['ロブスター', 'data/lobster-sulut/'],
    ['最低賃金', 'data/minimum-wage/'],
    ['金鉱山の生産量', 'data/toka-tindung-gold-output/'],
    ['INAグループの提案', INA],
    ['マグロ', { any: 'マグロ' }],
    ['技能実習', { any: '技能実習' }],
    ['cakalang', { any: 'カツオ' }],
  ],
  id: [
    ['upah minimum', 'data/minimum-wage/'],
    ['lobster', 'data/lobster-sulut/'],
    ['Toka Tindung', 'data/toka-tindung-gold-output/'],
    ['INA Group', INA],
    ['magang', { any: 'magang' }],
    ['特定技能', { any: 'Tokutei Ginou' }],
    ['emas', { any: 'emas' }],
  ],
  en: [
    ['minimum wage', 'data/minimum-wage/'],
    ['lobster', 'data/lobster-sulut/'],
    ['Specified Skilled Worker caps', 'data/japan-ssw-caps/'],
    ['Toka Tindung gold output', 'data/toka-tindung-gold-output/'],
    ['INA Group', INA],
    ['skipjack', { any: 'skipjack' }],
    ['ロブスター', { any: 'lobster' }],
    ['Tokutei Ginou', { any: 'Specified Skilled Worker' }],
  ],
};

/** Built pages of a language whose title or keywords contain `term` (keywords already synonym-widened). */
function pagesAbout(lang: Lang, term: string): Set<string> {
  const want = normalizeTerm(term);
  return new Set(
    pages()
      .filter((p) => p.url.startsWith(`/${lang}/`) && p.root.querySelector('[data-pagefind-body]'))
      .filter((p) => {
        const keywords = (p.root.querySelector('[data-pagefind-meta="keywords"]')?.text ?? '').split(' · ');
        return [p.root.querySelector('h1')?.text ?? '', ...keywords].some((k) => normalizeTerm(k).includes(want));
      })
      .map((p) => p.url),
  );
}

/** Opens the search page for a query string and waits until the script has searched. */
async function searchFor(page: BrowserPage, origin: string, lang: Lang, params: string): Promise<string[]> {
  await page.goto(`${origin}/${lang}/search/?${params}`);
  await page.waitForSelector('[data-search-app][data-ready="true"]');
  return page.$$eval('[data-search-results] > li h3 a', (links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

/** Clicks "show more results" until every result is on the page. */
async function showAll(page: BrowserPage): Promise<void> {
  while (await page.isVisible('[data-search-more]')) {
    const shown = await page.$$eval('[data-search-results] > li', (l) => l.length);
    await page.click('[data-search-more]');
    await page.waitForFunction((n) => document.querySelectorAll('[data-search-results] > li').length > n, shown);
  }
}

const h = useHarness();

describe('search finds what readers type, in each language', () => {
  for (const lang of LANGS) {
    it(`/${lang}/search/: ${CASES[lang].length} queries return the expected page among the first three`, async () => {
      const { page, context, consoleErrors, foreignRequests } = await h().open(`/${lang}/search/`);
      const misses: string[] = [];
      for (const [query, expected] of CASES[lang]) {
        const top = (await searchFor(page, h().origin, lang, new URLSearchParams({ q: query }).toString())).slice(0, 3);
        if (typeof expected === 'string') {
          expect(fileForPath(`/${lang}/${expected}`), `${expected} is built`).toBeDefined();
          if (!top.includes(`/${lang}/${expected}`)) misses.push(`${query} → ${top.join(', ') || 'nothing'} (wanted /${lang}/${expected})`);
        } else {
          const about = pagesAbout(lang, expected.any);
          expect(about.size, `pages about ${expected.any}`).toBeGreaterThan(0);
          if (!top.some((url) => about.has(url))) misses.push(`${query} → ${top.join(', ') || 'nothing'} (wanted a page about ${expected.any})`);
        }
      }
      expect(misses).toEqual([]);
      expect(consoleErrors).toEqual([]);
      expect(foreignRequests).toEqual([]);
      await context.close();
    });
  }
});

describe('regency and city pages come first for their names', () => {
  /** Query, language, expected first result: the official name, the Japanese name, a city's name. */
  const FIRST: [Lang, string, string][] = [
    ['id', 'Minahasa Utara', 'regions/minahasa-utara/'],
    ['en', 'Minahasa Utara', 'regions/minahasa-utara/'],
    ['ja', 'Minahasa Utara', 'regions/minahasa-utara/'],
    ['ja', '北ミナハサ', 'regions/minahasa-utara/'],
    ['en', 'Bitung', 'regions/bitung/'],
    ['id', 'Bitung', 'regions/bitung/'],
    ['ja', 'Bitung', 'regions/bitung/'],
    ['ja', 'ビトゥン', 'regions/bitung/'],
  ];
  it(`${FIRST.length} queries return the regency page as the first result`, async () => {
    const { page, context } = await h().open('/en/search/');
    const misses: string[] = [];
    for (const [lang, query, expected] of FIRST) {
      expect(fileForPath(`/${lang}/${expected}`), `${expected} is built`).toBeDefined();
      const results = await searchFor(page, h().origin, lang, new URLSearchParams({ q: query }).toString());
      if (results[0] !== `/${lang}/${expected}`) misses.push(`${lang} "${query}" → ${results.slice(0, 3).join(', ') || 'nothing'} (wanted /${lang}/${expected} first)`);
    }
    expect(misses).toEqual([]);
    await context.close();
  });
});

describe('search filters', () => {
  it('a sector filter narrows the results of a query to that sector, and announces the new count', async () => {
    const { page, context } = await h().open('/en/search/?q=Bitung');
    await page.waitForSelector('[data-search-app][data-ready="true"]');
    const count = async () => Number((await page.textContent('#search-status'))!.match(/\d+/)![0]);
    const before = await count();
    const status = await page.textContent('#search-status');
    await page.getByRole('checkbox', { name: /^Economy/ }).check();
    await page.waitForFunction((old) => document.querySelector('#search-status')?.textContent !== old, status);
    await showAll(page);
    const after = await page.$$eval('[data-search-results] > li h3 a', (links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    const economy = new Set(pages().filter((p) => p.html.includes('data-pagefind-filter="sector:economy"')).map((p) => p.url));
    expect(after.length).toBeGreaterThan(0);
    expect(after.length).toBeLessThan(before);
    expect(await count()).toBe(after.length);
    for (const url of after) expect(economy.has(url), url).toBe(true);
    expect(new URL(page.url()).searchParams.getAll('sector')).toEqual(['economy']);
    await context.close();
  });

  it('filters work without a query: ticking a sector lists every page of that sector', async () => {
    const { page, context } = await h().open('/ja/search/');
    await page.waitForSelector('[data-search-app][data-ready="true"]');
    expect(await page.$$eval('[data-search-results] > li', (l) => l.length)).toBe(0);
    await page.getByRole('checkbox', { name: /^金・鉱業/ }).check();
    await page.waitForSelector('[data-search-results] > li');
    const expected = pages().filter((p) => p.url.startsWith('/ja/') && p.html.includes('data-pagefind-filter="sector:mining"')).length;
    // Results come ten at a time; "show more" reveals the rest.
    await showAll(page);
    expect(await page.$$eval('[data-search-results] > li', (l) => l.length)).toBe(expected);
    expect(await page.textContent('#search-status')).toContain(String(expected));
    await context.close();
  });
});

describe('search page accessibility and fallbacks', () => {
  for (const lang of LANGS) {
    it(`/${lang}/search/ with results has no axe violations (WCAG 2.2 AA)`, async () => {
      const { page, context } = await h().open(`/${lang}/search/?q=${encodeURIComponent(lang === 'ja' ? 'ロブスター' : 'lobster')}&sector=fisheries`);
      await page.waitForSelector('[data-search-app][data-ready="true"]');
      expect(await page.$$eval('[data-search-results] > li', (l) => l.length)).toBeGreaterThan(0);
      expect(await axeViolations(page)).toEqual([]);
      await context.close();
    });
  }

  it('works from the keyboard: Enter searches, focus stays in the box, Space on a filter narrows', async () => {
    const { page, context } = await h().open('/en/search/');
    await page.waitForSelector('[data-search-app][data-ready="true"]');
    await page.focus('#search-q');
    await page.keyboard.type('gold');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => /gold/.test(document.querySelector('#search-status')?.textContent ?? ''));
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-q');
    const first = await page.textContent('#search-status');
    await page.focus('input[name="kind"][value="dataset"]');
    await page.keyboard.press('Space');
    await page.waitForFunction((old) => document.querySelector('#search-status')?.textContent !== old, first);
    expect(await page.isChecked('input[name="kind"][value="dataset"]')).toBe(true);
    await context.close();
  });

  it('the header search box on any page leads to results', async () => {
    const { page, context } = await h().open('/id/data/');
    await page.fill('header input[name="q"]', 'lobster');
    await page.press('header input[name="q"]', 'Enter');
    await page.waitForURL('**/id/search/?q=lobster');
    await page.waitForSelector('[data-search-app][data-ready="true"]');
    expect(await page.$$eval('[data-search-results] > li', (l) => l.length)).toBeGreaterThan(0);
    expect(await page.inputValue('#search-q')).toBe('lobster');
    await context.close();
  });

  it('without JavaScript the page offers the section, dataset and news lists instead', async () => {
    const { page, context } = await h().open('/ja/search/?q=%E3%83%9E%E3%82%B0%E3%83%AD', { javaScriptEnabled: false });
    expect(await page.isVisible('[data-search-browse]')).toBe(true);
    expect(await page.isVisible('[data-search-noscript]')).toBe(true);
    expect(await page.isVisible('#search-q')).toBe(false);
    const links = await page.$$eval('[data-search-browse] a', (a) => a.map((x) => x.getAttribute('href')));
    expect(links).toContain('/ja/news/ina-group-audience-2026/');
    expect(links).toContain('/ja/data/minimum-wage/');
    expect(links).toContain('/ja/fisheries/');
    await context.close();
  });

  it('other pages load no search code', async () => {
    const { page, context } = await h().open('/en/news/ina-group-audience-2026/');
    const requested: string[] = [];
    page.on('request', (r) => requested.push(r.url()));
    await page.reload();
    await page.waitForLoadState('networkidle');
    expect(requested.filter((u) => u.includes('pagefind'))).toEqual([]);
    await context.close();
  });
});
