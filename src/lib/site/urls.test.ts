import { describe, expect, it } from 'vitest';
import { pageUrl, splitLangPath, withBase } from './urls';

describe('urls', () => {
  it('builds language URLs with a trailing slash for pages only', () => {
    expect(pageUrl('ja', 'data/', '/')).toBe('/ja/data/');
    expect(pageUrl('en', 'data/minimum-wage', '/')).toBe('/en/data/minimum-wage/');
    expect(pageUrl('id', '', '/')).toBe('/id/');
    expect(pageUrl('en', 'rss.xml', '/')).toBe('/en/rss.xml');
  });
  it('respects a base path', () => {
    expect(pageUrl('en', 'news/', '/sulut-atlas')).toBe('/sulut-atlas/en/news/');
    expect(withBase('/data/x.csv', '/sulut-atlas/')).toBe('/sulut-atlas/data/x.csv');
  });
  it('splits a pathname into language and rest', () => {
    expect(splitLangPath('/ja/data/x/', '/')).toEqual({ lang: 'ja', rest: 'data/x/' });
    expect(splitLangPath('/sulut-atlas/en/', '/sulut-atlas/')).toEqual({ lang: 'en', rest: '' });
    expect(splitLangPath('/data/x.csv', '/')).toEqual({ rest: 'data/x.csv' });
  });
});
