import { describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import { BUDGETS, dynamicImports, fontProblems, imageProblems, missingScripts, overBudget, pageWeights, staticImports, weightReport } from './weight.ts';
import { memorySite } from './site.ts';
import { page } from './fixtures.ts';
import englishWords from 'an-array-of-english-words';

/** Incompressible JS of about `kb` kilobytes after gzip. */
const bulky = (kb: number) => `export const blob="${randomBytes(kb * 1024).toString('base64')}";`;

describe('page weight gate', () => {
  it('finds static imports in minified and plain modules, but not dynamic ones', () => {
    const code = `import{a as b}from"./chunk.A1.js";import "./side.js";export*from'./re.js';const p=import("./lazy.js");import.meta.url;`;
    expect(staticImports(code)).toEqual(['./chunk.A1.js', './side.js', './re.js']);
  });

  it('counts a page script and its static imports, recursively, and not its dynamic imports', () => {
    const site = memorySite({
      'index.html': page('<p>hi</p>', { head: '<script type="module" src="/_astro/page.js"></script><link rel="stylesheet" href="/_astro/s.css">' }),
      '_astro/page.js': 'import{x}from"./dep.js";x();import("./search.js")',
      '_astro/dep.js': 'import"./deeper.js";export const x=()=>1;',
      '_astro/deeper.js': 'console.log(1)',
      '_astro/search.js': bulky(80),
      '_astro/s.css': 'body{margin:0}',
    });
    const w = pageWeights(site)[0]!;
    expect(w.jsFiles).toEqual(['_astro/deeper.js', '_astro/dep.js', '_astro/page.js']);
    expect(w.cssGzip).toBeGreaterThan(0);
    expect(overBudget([w])).toEqual([]);
  });

  it('catches an over-budget script on a plain page, and allows it up front on a chart page', () => {
    const site = memorySite({
      'en/index.html': page('<p>home</p>', { head: '<script type="module" src="/_astro/heavy.js"></script>' }),
      'en/data/x/index.html': page('<canvas aria-label="chart"></canvas>', { head: '<script type="module" src="/_astro/entry.js"></script>' }),
      '_astro/entry.js': 'import"./heavy.js";',
      '_astro/heavy.js': bulky(12),
    });
    const weights = pageWeights(site);
    const problems = overBudget(weights);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^\/en\/: JS 1\d\.\d KB > 10\.0 KB gzip up front/);
    expect(weights.find((w) => w.url === '/en/data/x/')!.jsBudget).toBe(BUDGETS.chartJsUpFront);
    expect(weightReport(weights)).toContain('/en/data/x/');
  });

  it('finds literal dynamic imports (quoted or backticked), not computed ones', () => {
    const code = 'const a=import("./a.js"),b=import(\'./b.js\'),c=e(()=>import(`./c.js`),[]),d=import(`${base}pagefind/pagefind.js`);import{x}from"./s.js";obj.import("./no.js")';
    expect(dynamicImports(code)).toEqual(['./a.js', './b.js', './c.js']);
  });

  describe('chart pages: 15 KB before any chart is visible, 75 KB with the charts drawn', () => {
    /** A chart page whose loader (entry.js) imports the drawing code (mount.js) dynamically; mount.js imports the library statically. */
    const chartSite = (files: Record<string, string>) =>
      memorySite({
        'en/data/x/index.html': page('<canvas aria-label="chart"></canvas>', { head: '<script type="module" src="/_astro/entry.js"></script>' }),
        'en/index.html': page('<p>home</p>', { head: '<script type="module" src="/_astro/search.js"></script>' }),
        '_astro/search.js': 'const q=()=>import("./pagefind-ui.js");',
        '_astro/pagefind-ui.js': bulky(90),
        '_astro/entry.js': 'import{t as e}from"./preload.js";const load=()=>e(()=>import(`./mount.js`),[]);',
        '_astro/preload.js': 'export const t=(f)=>f();',
        '_astro/mount.js': 'import{Chart}from"./chart.js";export const mountCharts=()=>new Chart();',
        ...files,
      });

    it('passes a light loader whose chart chunks total under 75 KB, and counts the chunks behind the dynamic import', () => {
      const site = chartSite({ '_astro/chart.js': bulky(50) });
      const weights = pageWeights(site);
      const chart = weights.find((w) => w.url === '/en/data/x/')!;
      expect(chart.jsFiles).toEqual(['_astro/entry.js', '_astro/preload.js']);
      expect(chart.jsGzip).toBeLessThan(1024);
      expect(chart.jsTotalFiles).toEqual(['_astro/chart.js', '_astro/entry.js', '_astro/mount.js', '_astro/preload.js']);
      expect(chart.jsTotalGzip).toBeGreaterThan(50 * 1024);
      // A plain page's on-demand code (search) has no total budget.
      expect(weights.find((w) => w.url === '/en/')!.jsTotalBudget).toBeUndefined();
      expect(overBudget(weights)).toEqual([]);
      expect(missingScripts(site)).toEqual([]);
      expect(weightReport(weights)).toMatch(/with every chart drawn .*1 chart pages/);
    });

    it('fails a chart page whose loader imports a big chunk statically (over 15 KB up front)', () => {
      const site = chartSite({ '_astro/entry.js': 'import{Chart}from"./chart.js";new Chart();', '_astro/chart.js': bulky(20) });
      expect(overBudget(pageWeights(site))).toEqual([expect.stringMatching(/^\/en\/data\/x\/: JS 2\d\.\d KB > 15\.0 KB gzip up front/)]);
    });

    it('fails a chart page whose dynamically imported chunks total over 75 KB, though its loader is light', () => {
      const site = chartSite({ '_astro/chart.js': bulky(80) });
      const problems = overBudget(pageWeights(site));
      expect(problems).toHaveLength(1);
      expect(problems[0]).toMatch(/^\/en\/data\/x\/: JS 8\d\.\d KB > 75\.0 KB gzip with charts drawn \(chart page: _astro\/chart\.js, _astro\/entry\.js, _astro\/mount\.js/);
    });

    it('reports a dynamically imported chunk that is not in the build', () => {
      const site = chartSite({ '_astro/mount.js': 'import("./gone.js")' });
      expect(missingScripts(site)).toEqual(['/en/data/x/: ./gone.js']);
    });
  });

  it('catches HTML + CSS over 60 KB gzip', () => {
    const css = `.x{background:url("data:,${randomBytes(150_000).toString('hex')}")}`;
    const site = memorySite({ 'index.html': page('<p>x</p>', { head: '<link rel="stylesheet" href="/big.css">' }), 'big.css': css });
    expect(overBudget(pageWeights(site))[0]).toMatch(/HTML\+CSS .* > 60\.0 KB/);
  });

  it('catches a list page that lists 1,000 datasets, and passes one page of 100 (the catalogue folds at that size, issue 19)', () => {
    // Rows as CompactDatasetRow writes them, with distinct titles and addresses made of dictionary words: real
    // titles compress far less than the benchmark's clones ("Title (1)", "Title (2)", …) do.
    let seed = 7;
    const word = () => englishWords[(seed = (seed * 48271) % 2147483647) % englishWords.length]!;
    const row = (i: number) =>
      `<li class="card compact-row" id="ds-${word()}-${i}" data-sector="economy" data-levels="province regency" data-years="2023 2024 2025"><h3 class="headline"><a href="/en/data/${word()}-${word()}-${i}/">${Array.from({ length: 8 }, word).join(' ')}</a></h3><span class="meta period">2019–2025</span></li>`;
    const list = (n: number) => page(`<ul class="compact-list">${Array.from({ length: n }, (_, i) => row(i)).join('')}</ul>`);
    const site = memorySite({ 'en/data/index.html': list(1000), 'en/data/sectors/economy/index.html': list(100) });
    const problems = overBudget(pageWeights(site));
    expect(problems).toEqual([expect.stringMatching(/^\/en\/data\/: HTML\+CSS \d+\.\d KB > 60\.0 KB gzip$/)]);
  });

  it('reports a script that is referenced but not built', () => {
    const site = memorySite({ 'index.html': page('', { head: '<script type="module" src="/_astro/gone.js"></script>' }) });
    expect(missingScripts(site)).toEqual(['/: /_astro/gone.js']);
  });

  it('catches font files and @font-face', () => {
    const site = memorySite({ 'index.html': page(''), 'fonts/a.woff2': 'x', '_astro/s.css': '@font-face{font-family:X;src:url(a.woff2)}' });
    expect(fontProblems(site)).toEqual(['fonts/a.woff2: font file', '_astro/s.css: @font-face']);
  });

  it('requires width, height and lazy loading on images except the hero', () => {
    const site = memorySite({
      'index.html': page('<img src="/hero.jpg" alt="" width="800" height="400"><img src="/a.jpg" alt="" width="1" height="1" loading="lazy"><img src="/b.jpg" alt="" loading="lazy"><img src="/c.jpg" alt="" width="1" height="1">'),
    });
    expect(imageProblems(site)).toEqual(['/: <img src="/b.jpg"> lacks width/height', '/: <img src="/c.jpg"> lacks loading="lazy"']);
  });
});
