import { describe, expect, it } from 'vitest';
import { DIST, SITE, page, pages, pathPattern } from '../lib/dist';
import { hreflangProblems } from '../lib/gates/presence';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { LANGS } from '~/i18n/index';

/** The language of a page: its first path segment, or the second under /embed/. */
const langOf = (url: string) => pathPattern('^/(?:embed/)?{lang}/').exec(url)?.[1];
/** Pages in a language, except the moved-page notices at old addresses (they only redirect). */
const langPages = () => pages().filter((p) => langOf(p.url) && !p.root.querySelector('meta[http-equiv="refresh"]'));
/** Pages with an address of their own: the 404 pages (/<lang>/404.html) have no canonical URL or alternates. */
const addressedPages = () => langPages().filter((p) => !pathPattern('^/{lang}/404(\\.html)?$').test(p.url));

describe('languages in the built site', () => {
  it('has a home page in each language with the right lang', () => {
    for (const lang of LANGS) {
      expect(existsSync(join(DIST, lang, 'index.html'))).toBe(true);
      expect(page(`/${lang}/`).root.querySelector('html')!.getAttribute('lang')).toBe(lang);
    }
  });

  it('gives every page exactly one lang, matching its URL', () => {
    for (const p of langPages()) {
      const langs = [...p.html.matchAll(/<html[^>]*\slang="([^"]+)"/g)].map((m) => m[1]);
      expect(langs, p.url).toEqual([langOf(p.url)]);
    }
  });

  it('gives every page a canonical URL pointing at itself (embeds: at their dataset page) and a non-empty title', () => {
    for (const p of addressedPages()) {
      const canonical = p.root.querySelector('link[rel="canonical"]')?.getAttribute('href');
      const expected = p.url.startsWith('/embed/') ? p.url.replace(/^\/embed\/(\w+)\//, '/$1/data/') : p.url;
      expect(canonical, p.url).toBe(new URL(expected, SITE).toString());
      expect(p.root.querySelector('title')?.text.trim().length ?? 0, p.url).toBeGreaterThan(3);
      expect(p.root.querySelectorAll('h1').length, `${p.url} has one h1`).toBe(1);
    }
  });

  it('has reciprocal hreflang alternates that point at pages that exist', () => {
    // The gate and its fixtures: tests/lib/gates/presence.ts (hreflangProblems).
    const checked = addressedPages();
    expect(checked.length).toBeGreaterThan(100);
    expect(hreflangProblems(checked, SITE, langOf)).toEqual([]);
  });

  it('offers the three languages on the root chooser without scripts', () => {
    const root = page('/');
    const links = root.root.querySelectorAll('a[hreflang]').map((a) => a.getAttribute('href'));
    expect(links).toEqual(['/ja/', '/id/', '/en/']);
  });

  it('language switcher keeps the reader on the same page', () => {
    const p = page('/id/data/minimum-wage/');
    const switcher = p.root.querySelectorAll('.lang-switcher a').map((a) => a.getAttribute('href'));
    expect(switcher).toEqual(['/ja/data/minimum-wage/', '/id/data/minimum-wage/', '/en/data/minimum-wage/']);
  });
});
