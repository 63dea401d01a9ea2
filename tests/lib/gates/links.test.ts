import { describe, expect, it } from 'vitest';
import { checkInternalLinks, externalLinks, externalLinksWithoutNoopener, sitemapPaths, unreachablePages } from './links.ts';
import { memorySite } from './site.ts';
import { page } from './fixtures.ts';

const sitemap = (urls: string[]) => ({
  'sitemap-index.xml': '<?xml version="1.0"?><sitemapindex><sitemap><loc>http://localhost:4321/sitemap-0.xml</loc></sitemap></sitemapindex>',
  'sitemap-0.xml': `<?xml version="1.0"?><urlset>${urls.map((u) => `<url><loc>http://localhost:4321${u}</loc></url>`).join('')}</urlset>`,
});

describe('link integrity gate', () => {
  it('accepts links that resolve, across languages, with anchors', () => {
    const site = memorySite({
      'index.html': page('<a href="/ja/">ja</a><a href="/en/#main">en</a>'),
      'ja/index.html': page('<a href="../en/data/x/">en data</a><a href="#top" id="top">top</a><img src="/a.svg" alt="">'),
      'en/index.html': page('<a href="data/x/">x</a>'),
      'en/data/x/index.html': page('<a href="/data/x.csv">csv</a><a href="/en/data/x">no slash</a>'),
      'data/x.csv': 'a,b\n',
      'a.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
    });
    expect(checkInternalLinks(site)).toEqual([]);
  });

  it('catches a broken link, a missing anchor and a wrong base path', () => {
    const site = memorySite(
      {
        'index.html': page('<a href="/sub/ja/">ok</a><a href="/sub/id/">missing</a><a href="/sub/ja/#nowhere">anchor</a><a href="/ja/">no base</a>'),
        'ja/index.html': page(''),
      },
      { base: '/sub/' },
    );
    expect(checkInternalLinks(site).map((p) => `${p.ref}: ${p.reason}`)).toEqual([
      '/sub/id/: no such file',
      '/sub/ja/#nowhere: no element with id "nowhere" on /ja/',
      '/ja/: outside the base path /sub/',
    ]);
  });

  it('lists external links without treating them as broken', () => {
    const site = memorySite({ 'index.html': page('<a href="https://bps.go.id/x" rel="noopener">BPS</a><a href="mailto:a@b.c">mail</a>') });
    expect(checkInternalLinks(site)).toEqual([]);
    expect(externalLinks(site)).toEqual([{ from: '/', url: 'https://bps.go.id/x', tag: 'a' }]);
  });

  it('catches an external link without rel="noopener"', () => {
    const site = memorySite({ 'index.html': page('<a href="https://a.example/" rel="noopener noreferrer">ok</a><a href="https://b.example/" target="_blank">bad</a>') });
    expect(externalLinksWithoutNoopener(site).map((p) => p.ref)).toEqual(['https://b.example/']);
  });

  it('catches a sitemap entry that was not built and a page nobody links to', () => {
    const site = memorySite({
      ...sitemap(['/', '/en/', '/en/gone/']),
      'index.html': page('<a href="/en/">en</a>'),
      'en/index.html': page('<a href="/en/a/">a</a>'),
      'en/a/index.html': page(''),
      'en/orphan/index.html': page(''),
      '404.html': page('', { head: '<meta name="robots" content="noindex">' }),
    });
    const { paths, problems } = sitemapPaths(site);
    expect(problems.map((p) => p.ref)).toEqual(['http://localhost:4321/en/gone/']);
    expect(paths).toEqual(['/', '/en/']);
    expect(unreachablePages(site, paths)).toEqual({ unreachable: ['/en/orphan/'], exempt: ['/404.html'] });
  });
});
