import { describe, expect, it } from 'vitest';
import { sitemapEntry } from './sitemapAlternates';

const root = 'https://atlas.example.org/sulut/';
const home = (lang: string) => ({ lang, url: `${root}${lang}/` });

describe('sitemapEntry', () => {
  it('drops the language chooser from a home page’s alternates and names it x-default', () => {
    const entry = { url: `${root}ja/`, links: [{ lang: 'en', url: root }, home('en'), home('id'), home('ja')] };
    expect(sitemapEntry(entry, root).links).toEqual([home('en'), home('id'), home('ja'), { lang: 'x-default', url: root }]);
  });

  it('gives the chooser itself no language alternates (with or without its trailing slash)', () => {
    expect(sitemapEntry({ url: root, links: [{ lang: 'en', url: root }, home('en')] }, root).links).toBeUndefined();
    expect(sitemapEntry({ url: root.slice(0, -1), links: [home('en')] }, root).links).toBeUndefined();
  });

  it('accepts a base path given without its trailing slash (BASE_PATH=/sulut)', () => {
    const entry = { url: `${root}en/`, links: [{ lang: 'en', url: root }, home('en')] };
    expect(sitemapEntry(entry, root.slice(0, -1)).links).toEqual([home('en'), { lang: 'x-default', url: root }]);
  });

  it('leaves entries without alternates alone and keeps other fields', () => {
    const entry = { url: `${root}en/about/`, lastmod: '2026-11-29' };
    expect(sitemapEntry(entry, root)).toBe(entry);
    expect(sitemapEntry({ ...entry, links: [home('en')] }, root)).toMatchObject({ lastmod: '2026-11-29' });
  });
});
