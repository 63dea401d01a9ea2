import { describe, expect, it } from 'vitest';
import { pageTypes } from './pageTypes.ts';
import { memorySite } from './site.ts';
import { page } from './fixtures.ts';

describe('page type discovery', () => {
  it('groups pages by language and URL shape, one sample each', () => {
    const files = ['index.html', '404.html', 'ja/index.html', 'ja/about/index.html', 'ja/news/index.html', 'ja/news/b/index.html', 'ja/news/a/index.html', 'en/news/a/index.html', 'ja/embed/x/y/index.html', 'embed/ja/a/index.html', 'embed/ja/b/index.html', 'embed/en/a/index.html', 'pagefind/x.html'];
    const moved = page('', { head: '<meta http-equiv="refresh" content="0;url=/embed/ja/x/">' });
    const site = memorySite({ ...Object.fromEntries(files.map((f) => [f, page('')])), 'ja/embed/old/index.html': moved, 'en/embed/old/index.html': moved });
    const types = pageTypes(site, { langs: ['ja', 'en'] }).map((t) => `${t.lang}|${t.shape}|${t.sample.url}|${t.count}`);
    expect(types.sort()).toEqual(
      [
        '|/|/|1',
        '|/404.html|/404.html|1',
        'en|/{lang}/news/*/|/en/news/a/|1',
        'ja|/{lang}/|/ja/|1',
        'ja|/{lang}/about/|/ja/about/|1',
        'ja|/{lang}/embed/*/*/|/ja/embed/x/y/|1',
        'ja|/embed/{lang}/*/|/embed/ja/a/|2',
        'en|/embed/{lang}/*/|/embed/en/a/|1',
        'ja|/{lang}/news/|/ja/news/|1',
        'ja|/{lang}/news/*/|/ja/news/a/|2',
      ].sort(),
    );
  });
});
