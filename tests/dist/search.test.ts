import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { HTMLElement } from 'node-html-parser';
import { DIST, page, pages, type Page, pathPattern } from '../lib/dist';
import { leakedKeys } from '../lib/gates/presence';
import en from '~/i18n/en';
import { LANGS } from '~/i18n/index';
import { SECTORS } from '~/schemas/common';

const langOf = (p: Page) => p.url.split('/')[1]!;
const isArticle = (p: Page) => pathPattern('^/{lang}/news/(?!page/|sector/|kind/)[a-z0-9-]+/$').test(p.url);
const isDataset = (p: Page) => pathPattern('^/{lang}/data/[a-z0-9-]+/$').test(p.url);
const indexed = () => pages().filter((p) => p.root.querySelector('[data-pagefind-body]'));
const filtersOf = (p: Page) => p.root.querySelectorAll('[data-pagefind-filter]').map((e) => e.getAttribute('data-pagefind-filter')!);

function dirBytes(dir: string): number {
  return readdirSync(dir).reduce((sum, name) => {
    const full = join(dir, name);
    return sum + (statSync(full).isDirectory() ? dirBytes(full) : statSync(full).size);
  }, 0);
}

describe('search index (Pagefind)', () => {
  it('has an index for each language with pages in it', { timeout: 60_000 }, () => {
    const entry = JSON.parse(readFileSync(join(DIST, 'pagefind', 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    for (const lang of LANGS) expect(entry.languages[lang]?.page_count, lang).toBeGreaterThan(0);
    expect(Object.keys(entry.languages).sort()).toEqual([...LANGS].sort());
    expect(existsSync(join(DIST, 'pagefind', 'pagefind.js'))).toBe(true);
    expect(dirBytes(join(DIST, 'pagefind', 'index'))).toBeGreaterThan(0);
  });

  it('indexes every article and dataset page, and nothing outside <main>', { timeout: 60_000 }, () => {
    const content = pages().filter((p) => isArticle(p) || isDataset(p));
    expect(content.length).toBeGreaterThanOrEqual(6);
    for (const p of content) {
      const bodies = p.root.querySelectorAll('[data-pagefind-body]');
      expect(bodies.map((b) => b.tagName), p.url).toEqual(['MAIN']);
    }
    for (const p of indexed()) {
      const body = p.root.querySelector('[data-pagefind-body]')!;
      expect(body.tagName, p.url).toBe('MAIN');
      for (const chrome of ['header.site-header', 'nav.sections', 'footer', '.lang-switcher', 'form.site-search']) {
        expect(body.querySelector(chrome), `${p.url}: ${chrome} inside the indexed body`).toBeNull();
      }
    }
  });

  it('gives articles and datasets the kind, sector and year filters and a date sort', { timeout: 60_000 }, () => {
    for (const p of pages().filter(isArticle)) {
      const filters = filtersOf(p);
      expect(filters, p.url).toContain('kind:news');
      expect(filters.some((f) => SECTORS.some((s) => f === `sector:${s}`)), p.url).toBe(true);
      expect(filters.some((f) => /^year:\d{4}$/.test(f)), p.url).toBe(true);
      expect(p.root.querySelector('[data-pagefind-sort^="date:"]'), p.url).not.toBeNull();
    }
    for (const p of pages().filter(isDataset)) expect(filtersOf(p), p.url).toContain('kind:dataset');
  });

  // What repeats on every article (references, byline, language links) stays out of each result's fragment and
  // out of the index chunks a first search fetches (docs/performance.md, "First search at 20,000 pages").
  it('keeps source lists and article bylines, kickers and language links out of the index, and the body in', { timeout: 60_000 }, () => {
    const ignored = (el: HTMLElement | null): boolean => {
      for (let e = el; e; e = e.parentNode) if (e.hasAttribute?.('data-pagefind-ignore')) return true;
      return false;
    };
    const articles = pages().filter(isArticle);
    expect(articles.length).toBeGreaterThanOrEqual(6);
    let sourceLists = 0;
    for (const p of articles) {
      const header = p.root.querySelector('article > header')!;
      expect(header, p.url).not.toBeNull();
      for (const el of [header.querySelector('.kicker'), ...header.querySelectorAll('p.meta')]) expect(ignored(el), `${p.url}: ${el?.outerHTML.slice(0, 60)}`).toBe(true);
      expect(ignored(header.querySelector('h1')), p.url).toBe(false);
      expect(ignored(p.root.querySelector('.prose')), p.url).toBe(false);
      for (const list of p.root.querySelectorAll('section.sources')) {
        sourceLists++;
        expect(ignored(list), p.url).toBe(true);
      }
    }
    expect(sourceLists).toBeGreaterThan(0);
    expect(existsSync(join(DIST, 'pagefind', 'pagefind.js.gz')), 'gzip copy of pagefind.js').toBe(true);
  });

  it('widens keywords with the synonym table in every language', { timeout: 60_000 }, () => {
    for (const lang of LANGS) {
      const keywords = page(`/${lang}/news/ina-group-audience-2026/`).root.querySelector('[data-pagefind-meta="keywords"]')!.text;
      for (const term of ['lobster', 'ロブスター', '特定技能', 'Tokutei Ginou', 'Specified Skilled Worker', '技能実習', 'magang', 'technical intern']) {
        expect(keywords.split(' · '), `${lang}: ${term}`).toContain(term);
      }
    }
  });

  // Listing pages repeat the titles of the pages they list and would crowd them out of the results.
  it('keeps the search, listing, home and chooser pages themselves out of the index', { timeout: 60_000 }, () => {
    for (const url of ['/', '/ja/', '/en/', '/ja/search/', '/id/search/', '/en/search/', '/en/news/', '/en/news/sector/mining/', '/en/data/', '/ja/invest/']) {
      expect(page(url).root.querySelector('[data-pagefind-body]'), url).toBeNull();
    }
  });
});

describe('search page', () => {
  for (const lang of LANGS) {
    it(`/${lang}/search/ offers a labelled search form and, without scripts, the section, dataset and news lists`, { timeout: 60_000 }, () => {
      const p = page(`/${lang}/search/`);
      const input = p.root.querySelector('main input#search-q[type="search"]')!;
      expect(input).not.toBeNull();
      expect(p.root.querySelector('main label[for="search-q"]')?.text.trim()).toBeTruthy();
      expect(p.root.querySelector('[role="status"][aria-live="polite"]')).not.toBeNull();
      // The script-driven part starts hidden; the notice and lists are what a reader without scripts sees.
      expect(p.root.querySelector('[data-search-ui]')!.hasAttribute('hidden')).toBe(true);
      expect(p.root.querySelector('[data-search-noscript]')!.hasAttribute('hidden')).toBe(false);
      const browse = p.root.querySelector('[data-search-browse]')!;
      const links = browse.querySelectorAll('a').map((a) => a.getAttribute('href'));
      expect(links).toContain(`/${lang}/news/ina-group-audience-2026/`);
      expect(links).toContain(`/${lang}/data/minimum-wage/`);
      expect(links).toContain(`/${lang}/news/`);
      expect(links).toContain(`/${lang}/data/`);
      for (const article of pages().filter((a) => isArticle(a) && langOf(a) === lang)) expect(links, article.url).toContain(article.url);
      // No UI key shown raw (the old placeholder "section.comingSoon" would be one).
      expect(leakedKeys(p, Object.keys(en))).toEqual([]);
    });
  }

  it('loads no Pagefind file up front: the page script imports it on demand', { timeout: 60_000 }, () => {
    const p = page('/en/search/');
    const scripts = p.root.querySelectorAll('script[src]').map((s) => s.getAttribute('src')!);
    expect(scripts.some((s) => s.includes('pagefind'))).toBe(false);
    expect(p.root.querySelectorAll('link[href*="pagefind"]')).toHaveLength(0);
    const own = scripts.filter((s) => s.startsWith('/_astro/'));
    expect(own.length).toBeGreaterThan(0);
    const gzip = own.reduce((sum, s) => sum + gzipSync(readFileSync(join(DIST, s))).length, 0);
    expect(gzip, 'search page script, gzip bytes').toBeLessThan(10_000);
  });

  it('no other page loads search code', { timeout: 60_000 }, () => {
    const code = new Map<string, string>();
    const read = (src: string) => code.get(src) ?? code.set(src, readFileSync(join(DIST, src), 'utf8')).get(src)!;
    const searchPage = page('/en/search/').root.querySelectorAll('script[src]').map((s) => s.getAttribute('src')!);
    expect(searchPage.some((src) => read(src).includes('/pagefind.js'))).toBe(true);
    for (const p of pages().filter((x) => !x.url.endsWith('/search/'))) {
      const srcs = p.root.querySelectorAll('script[src]').map((s) => s.getAttribute('src')!).filter((src) => src.startsWith('/'));
      expect(srcs.filter((src) => /pagefind|SearchApp/.test(src) || read(src).includes('pagefind')), p.url).toEqual([]);
    }
  });

  it('every page has a labelled header search box that submits to its language’s search page', { timeout: 60_000 }, () => {
    // Embeds are chrome-less fragments for other sites' iframes.
    for (const p of pages().filter((x) => pathPattern('^/{lang}/').test(x.url) && !x.url.includes('/embed/'))) {
      const form = p.root.querySelector('header form[role="search"]');
      expect(form?.getAttribute('action'), p.url).toBe(`/${langOf(p)}/search/`);
      expect(form?.getAttribute('method'), p.url).toBe('get');
      const input = form!.querySelector('input[name="q"]')!;
      const label = form!.querySelector(`label[for="${input.getAttribute('id')}"]`);
      expect(label?.text.trim() || input.getAttribute('aria-label'), p.url).toBeTruthy();
    }
  });
});
