import { describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import { BUDGETS, fontProblems, imageProblems, missingScripts, overBudget, pageWeights, staticImports, weightReport } from './weight.ts';
import { memorySite } from './site.ts';
import { page } from './fixtures.ts';

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

  it('catches an over-budget script on a plain page, and allows it on a chart page', () => {
    const site = memorySite({
      'en/index.html': page('<p>home</p>', { head: '<script type="module" src="/_astro/heavy.js"></script>' }),
      'en/data/x/index.html': page('<canvas aria-label="chart"></canvas>', { head: '<script type="module" src="/_astro/entry.js"></script>' }),
      '_astro/entry.js': 'import"./heavy.js";',
      '_astro/heavy.js': bulky(20),
    });
    const weights = pageWeights(site);
    const problems = overBudget(weights);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^\/en\/: JS 2\d\.\d KB > 10\.0 KB/);
    expect(weights.find((w) => w.url === '/en/data/x/')!.jsBudget).toBe(BUDGETS.chartJs);
    expect(weightReport(weights)).toContain('/en/data/x/');
  });

  it('catches HTML + CSS over 60 KB gzip', () => {
    const css = `.x{background:url("data:,${randomBytes(150_000).toString('hex')}")}`;
    const site = memorySite({ 'index.html': page('<p>x</p>', { head: '<link rel="stylesheet" href="/big.css">' }), 'big.css': css });
    expect(overBudget(pageWeights(site))[0]).toMatch(/HTML\+CSS .* > 60\.0 KB/);
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
