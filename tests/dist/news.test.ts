import { parseXml } from '../lib/gates/xml';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BASE, DIST, SITE, distFiles, fileForPath, page, pages, type Page, pathPattern } from '../lib/dist';
import { notTranslatedProblems } from '../lib/gates/presence';
import { LANGS } from '~/i18n/index';
import { SECTORS } from '~/schemas/common';

const KINDS = ['news', 'explainer', 'analysis'] as const;
const PAGE_SIZE = 10;

interface BuiltArticle {
  lang: string;
  key: string;
  url: string;
  sectors: string[];
  kind: string;
  date: string;
}

/** Articles as the built pages describe them (their search filters and NewsArticle data). */
function articles(): BuiltArticle[] {
  return pages()
    .filter((p) => pathPattern('^/{lang}/news/(?!page/|sector/|kind/)[a-z0-9-]+/$').test(p.url))
    .map((p) => {
      const ld = JSON.parse(p.root.querySelector('script[type="application/ld+json"]')!.text) as { datePublished: string; genre: string };
      const filters = p.root.querySelectorAll('[data-pagefind-filter]').map((e) => e.getAttribute('data-pagefind-filter')!);
      return {
        lang: p.url.split('/')[1]!,
        key: p.url.split('/')[3]!,
        url: p.url,
        sectors: filters.filter((f) => f.startsWith('sector:')).map((f) => f.slice(7)),
        kind: ld.genre,
        date: ld.datePublished,
      };
    });
}

/** Article links in the main list of a listing page (not the browse bar, pager or "not yet translated"). */
const listed = (p: Page) => p.root.querySelectorAll('main ol.article-list > li h2 a').map((a) => a.getAttribute('href')!);

/** Every page of a listing, following rel="next". */
function listingPages(first: string): Page[] {
  const out = [page(first)];
  for (let next = out[0]!.root.querySelector('a[rel="next"]'); next; next = out.at(-1)!.root.querySelector('a[rel="next"]')) {
    out.push(page(next.getAttribute('href')!));
  }
  return out;
}

function feed(path: string) {
  type Rss = { rss: { channel: { language?: string; item?: { link: string }[] } } };
  const { channel } = (parseXml(readFileSync(join(DIST, path), 'utf8'), path, ['item']) as Rss).rss;
  return { language: channel.language, links: (channel.item ?? []).map((i) => i.link) };
}

describe('news listings', () => {
  it('lists every article of a language on its news pages, newest first, at most 10 a page', { timeout: 60_000 }, () => {
    for (const lang of LANGS) {
      const chain = listingPages(`/${lang}/news/`);
      for (const p of chain) expect(listed(p).length, p.url).toBeLessThanOrEqual(PAGE_SIZE);
      const expected = articles()
        .filter((a) => a.lang === lang)
        .sort((a, b) => b.date.localeCompare(a.date) || a.key.localeCompare(b.key))
        .map((a) => a.url);
      expect(chain.flatMap(listed)).toEqual(expected);
    }
  });

  it('lists articles missing in a language as "not yet translated", linking the versions that exist', { timeout: 60_000 }, () => {
    const all = articles();
    for (const lang of LANGS) {
      const missing = [...new Set(all.map((a) => a.key))].filter((k) => !all.some((a) => a.key === k && a.lang === lang));
      // With every article translated the list must be absent; the link checks run on the fixture build in
      // tests/content/xss.test.ts, which has an English-only article, and on fixtures in presence.test.ts.
      expect(notTranslatedProblems(page(`/${lang}/news/`), lang, missing)).toEqual([]);
    }
  });

  it('has a page per sector and per kind in every language listing exactly the matching articles', { timeout: 60_000 }, () => {
    for (const lang of LANGS) {
      const mine = articles().filter((a) => a.lang === lang);
      for (const sector of SECTORS) {
        const got = listingPages(`/${lang}/news/sector/${sector}/`).flatMap(listed);
        expect(new Set(got), `${lang} ${sector}`).toEqual(new Set(mine.filter((a) => a.sectors.includes(sector)).map((a) => a.url)));
      }
      for (const kind of KINDS) {
        const got = listingPages(`/${lang}/news/kind/${kind}/`).flatMap(listed);
        expect(new Set(got), `${lang} ${kind}`).toEqual(new Set(mine.filter((a) => a.kind === kind).map((a) => a.url)));
      }
    }
  });
});

describe('article pages', () => {
  it('show byline, dates, reading time, sources, and links to the other languages', { timeout: 60_000 }, () => {
    for (const a of articles()) {
      const p = page(a.url);
      const meta = p.root.querySelector('article header .meta')!;
      expect(meta.querySelector(`time[datetime="${a.date}"]`)?.text, a.url).toContain(a.date.slice(0, 4));
      expect(meta.text, a.url).toMatch(/\d/);
      expect(p.root.querySelectorAll('.sources li').length, a.url).toBeGreaterThan(0);
      const others = articles().filter((o) => o.key === a.key && o.lang !== a.lang);
      for (const o of others) {
        const link = p.root.querySelector(`article header a[hreflang="${o.lang}"]`);
        expect(link?.getAttribute('href'), a.url).toBe(o.url);
        expect(link?.getAttribute('lang')).toBe(o.lang);
      }
    }
  });

  it('carry OpenGraph article tags and NewsArticle JSON-LD that match the page', { timeout: 60_000 }, () => {
    for (const a of articles()) {
      const p = page(a.url);
      const og = (property: string) => p.root.querySelector(`meta[property="${property}"]`)?.getAttribute('content');
      expect(og('og:type')).toBe('article');
      expect(og('og:url')).toBe(new URL(a.url, SITE).toString());
      expect(og('article:published_time')).toBe(a.date);
      const ld = JSON.parse(p.root.querySelector('script[type="application/ld+json"]')!.text);
      expect(ld).toMatchObject({ '@context': 'https://schema.org', '@type': 'NewsArticle', inLanguage: a.lang, url: new URL(a.url, SITE).toString() });
      expect(ld.headline).toBe(p.root.querySelector('h1')!.text.trim());
      expect(ld.author.name.length).toBeGreaterThan(0);
      expect(ld.citation.length).toBeGreaterThan(0);
    }
  });

  it('link related datasets and related articles only to pages that exist, in the same language', { timeout: 60_000 }, () => {
    for (const a of articles()) {
      const p = page(a.url);
      for (const link of p.root.querySelectorAll('.related-datasets a, .related-articles a')) {
        const href = link.getAttribute('href')!;
        expect(href.startsWith(`/${a.lang}/`), `${a.url} → ${href}`).toBe(true);
        expect(fileForPath(href), `${a.url} → ${href}`).toBeDefined();
      }
    }
  });
});

describe('feeds', () => {
  it('has a well-formed RSS feed per language with every article of that language', { timeout: 60_000 }, () => {
    for (const lang of LANGS) {
      const f = feed(`${lang}/rss.xml`);
      expect(f.language).toBe(lang);
      const expected = articles().filter((a) => a.lang === lang).map((a) => new URL(a.url, SITE).toString());
      expect(new Set(f.links)).toEqual(new Set(expected));
    }
  });

  it('has a well-formed RSS feed per sector and language, announced on the sector page', { timeout: 60_000 }, () => {
    for (const lang of LANGS) {
      for (const sector of SECTORS) {
        const path = `${lang}/news/sector/${sector}/rss.xml`;
        const f = feed(path);
        expect(f.language, path).toBe(lang);
        const expected = articles().filter((a) => a.lang === lang && a.sectors.includes(sector)).map((a) => new URL(a.url, SITE).toString());
        expect(new Set(f.links), path).toEqual(new Set(expected));
        const alt = page(`/${lang}/news/sector/${sector}/`).root.querySelector('link[rel="alternate"][type="application/rss+xml"][href$="/rss.xml"][href*="/sector/"]');
        expect(alt?.getAttribute('href')).toBe(`/${path}`);
      }
    }
  });
});

describe('sitemap', () => {
  type Link = { '@_hreflang': string; '@_href': string };
  type UrlSet = { urlset: { url: { loc: string; 'xhtml:link'?: Link[] }[] } };
  const sitemap = () => {
    const index = parseXml(readFileSync(join(DIST, 'sitemap-index.xml'), 'utf8'), 'sitemap-index.xml', ['sitemap']) as { sitemapindex: { sitemap: { loc: string }[] } };
    const files = index.sitemapindex.sitemap.map((s) => new URL(s.loc).pathname.slice(BASE.length));
    const entries = new Map<string, { lang: string; href: string }[]>();
    for (const file of files) {
      const { urlset } = parseXml(readFileSync(join(DIST, file), 'utf8'), file, ['url', 'xhtml:link']) as UrlSet;
      for (const url of urlset.url) {
        const links = (url['xhtml:link'] ?? []).map((l) => ({ lang: l['@_hreflang'], href: l['@_href'] }));
        entries.set(new URL(url.loc).pathname, links);
      }
    }
    return entries;
  };

  it('lists every indexable page, and only pages that exist', { timeout: 60_000 }, () => {
    const entries = sitemap();
    const indexable = pages().filter((p) => !/noindex/.test(p.root.querySelector('meta[name="robots"]')?.getAttribute('content') ?? ''));
    expect(indexable.length).toBeGreaterThan(20);
    for (const p of indexable) expect(entries.has(p.url), p.url).toBe(true);
    for (const url of entries.keys()) expect(fileForPath(url), url).toBeDefined();
    expect(distFiles()).toContain('sitemap-index.xml');
  });

  it('gives each page the same language alternates as its <head>, plus x-default', { timeout: 60_000 }, () => {
    const entries = sitemap();
    for (const p of pages().filter((x) => pathPattern('^/{lang}/').test(x.url) && entries.has(x.url))) {
      const head = p.root
        .querySelectorAll('link[rel="alternate"][hreflang]')
        .map((l) => `${l.getAttribute('hreflang')} ${l.getAttribute('href')}`)
        .sort();
      const inSitemap = entries.get(p.url)!.map((l) => `${l.lang} ${l.href}`).sort();
      expect(inSitemap, p.url).toEqual(head);
    }
  });
});
