import { describe, expect, it } from 'vitest';
import { getRssString } from '@astrojs/rss';
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

  it('escapes titles and descriptions so a feed reader shows markup as text', async () => {
    const hostile = { data: { ...article.data, title: 'Tuna <script>alert(1)</script> & more', summary: '<img src=x onerror=alert(1)>' } };
    const xml = await getRssString(feedOptions('en', [hostile], { title: 'T', description: 'D', selfPath: 'rss.xml', site: 'https://atlas.example.org' }));
    const item = /<item>([\s\S]*?)<\/item>/.exec(xml)![1]!;
    // What a reader gets after XML decoding is HTML-escaped text: it renders "<script>", never runs it.
    const decode = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
    const title = decode(/<title>([\s\S]*?)<\/title>/.exec(item)![1]!);
    const description = decode(/<description>([\s\S]*?)<\/description>/.exec(item)![1]!);
    expect(title).toBe('Tuna &lt;script&gt;alert(1)&lt;/script&gt; &amp; more');
    expect(description).toBe('&lt;img src=x onerror=alert(1)&gt;');
    expect(item).not.toMatch(/<script|<img/);
  });
});
