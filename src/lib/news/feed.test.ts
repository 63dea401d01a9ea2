import { describe, expect, it } from 'vitest';
import { feedOptions } from './feed';

const article = { data: { translationKey: 'tuna-exports', title: 'マグロ輸出', summary: '要約', date: '2026-03-01', sectors: ['fisheries' as const] } };

describe('feedOptions', () => {
  it('declares the language and its own address, and links items to the article in that language', () => {
    const feed = feedOptions('ja', [article], { title: 'T', description: 'D', selfPath: 'news/sector/fisheries/rss.xml', site: 'https://atlas.example.org' });
    expect(feed.site).toBe('https://atlas.example.org/ja/');
    expect(feed.customData).toContain('<language>ja</language>');
    expect(feed.customData).toContain('href="https://atlas.example.org/ja/news/sector/fisheries/rss.xml" rel="self"');
    expect(feed.items).toEqual([
      { title: 'マグロ輸出', description: '要約', pubDate: new Date('2026-03-01T00:00:00Z'), link: '/ja/news/tuna-exports/', categories: ['水産・海洋'] },
    ]);
  });
});
