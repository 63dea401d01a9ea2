import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { LANGS, t } from '~/i18n/index';
import { DIST, distFiles } from '../lib/dist';

const read = (file: string) => parse(readFileSync(join(DIST, file), 'utf8'));

describe('404 pages', () => {
  it.each(LANGS)('/%s/404.html is in its language with the header, sections, search and language switcher', (lang) => {
    const root = read(`${lang}/404.html`);
    expect(root.querySelector('html')!.getAttribute('lang')).toBe(lang);
    expect(root.querySelector('h1')!.text.trim()).toBe(t(lang, 'notFound.title'));
    expect(root.querySelector('meta[name="robots"]')!.getAttribute('content')).toBe('noindex');
    expect(root.querySelector('link[rel="canonical"]')).toBeNull();
    expect(root.querySelectorAll('header nav.sections a').length).toBeGreaterThanOrEqual(5);
    expect(root.querySelector(`header form[role="search"]`)!.getAttribute('action')).toMatch(new RegExp(`/${lang}/search/$`));
    expect(root.querySelectorAll('main a').map((a) => a.getAttribute('href'))).toContain(`/${lang}/data/`);
  });

  it('the root 404.html offers every language, each marked, with sections and search, using absolute links', () => {
    const root = read('404.html');
    const sections = root.querySelectorAll('main section[lang]');
    expect(sections.map((s) => s.getAttribute('lang'))).toEqual([...LANGS]);
    for (const s of sections) {
      const lang = s.getAttribute('lang') as (typeof LANGS)[number];
      expect(s.querySelector('h1')!.text).toContain(t(lang, 'notFound.title'));
      expect(s.querySelector('form[role="search"]')!.getAttribute('action')).toMatch(new RegExp(`^/.*${lang}/search/$`));
      for (const a of s.querySelectorAll('a')) expect(a.getAttribute('href')).toMatch(/^\//);
    }
  });

  it('no 404 page is in the sitemap or the search index as a page of its own', () => {
    const sitemaps = distFiles().filter((f) => /^sitemap-\d+\.xml$/.test(f));
    expect(sitemaps.length).toBeGreaterThan(0);
    for (const f of sitemaps) expect(readFileSync(join(DIST, f), 'utf8')).not.toMatch(/404/);
    for (const lang of LANGS) expect(read(`${lang}/404.html`).querySelector('[data-pagefind-body]')).toBeNull();
  });
});
