import { mkdirSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DIST, distSite, pathPattern } from '../lib/dist';
import { htmlErrors, summarise } from '../lib/gates/htmlValidity';
import { checkInternalLinks, externalLinks, externalLinksWithoutNoopener, sitemapPaths, unreachablePages } from '../lib/gates/links';
import { cspProblems, inlineHandlers, thirdPartyResources } from '../lib/gates/security';
import { framingProblems, ruleMatches } from '../lib/gates/headers';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sitePages } from '../lib/gates/site';
import { fontProblems, imageProblems, missingScripts, overBudget, pageWeights, weightReport } from '../lib/gates/weight';

/*
 * The quality gates (docs/quality.md) applied to the built site. Each gate is a pure function in
 * tests/lib/gates/ with its own fixture tests showing that it catches what it is meant to catch.
 * Reports (page weights, external links) go to .tmp/ for people to read; nothing here fetches the network.
 */
const site = distSite();
const REPORTS = '.tmp';

describe('quality gates over the build', () => {
  it('has pages to check', () => {
    expect(sitePages(site).length).toBeGreaterThan(10);
  }, 120_000);

  it('page weight: HTML+CSS ≤ 60 KB gzip per page, JS within its budget, no missing scripts', () => {
    const weights = pageWeights(site);
    const report = weightReport(weights);
    console.log(report);
    mkdirSync(REPORTS, { recursive: true });
    writeFileSync(`${REPORTS}/page-weights.txt`, report + '\n');
    expect(overBudget(weights)).toEqual([]);
    expect(missingScripts(site)).toEqual([]);
  });

  it('chart pages: the gate checked every kind of chart page, each with a loader up front and the library behind it', () => {
    const charts = pageWeights(site).filter((w) => w.kind === 'chart');
    // Dataset pages, embeds and hubs draw charts; a build without any would make the chart budgets pass on nothing.
    for (const kind of [/^\/(ja|id|en)\/data\/[^/]+\/$/, /^\/embed\/(ja|id|en)\/[^/]+\/$/]) {
      expect(charts.filter((w) => kind.test(w.url)).length, `chart pages matching ${kind}`).toBeGreaterThan(0);
    }
    for (const w of charts) {
      expect(w.jsTotalGzip, `${w.url}: the chart chunks are counted in the total`).toBeGreaterThan(w.jsGzip + 30 * 1024);
    }
  });

  it('no web fonts; images have width, height and loading="lazy"', () => {
    expect(fontProblems(site)).toEqual([]);
    expect(imageProblems(site)).toEqual([]);
  });

  it('links: every internal href/src/#anchor resolves', () => {
    expect(checkInternalLinks(site).map((p) => `${p.from}: ${p.ref} (${p.reason})`)).toEqual([]);
  });

  it('links: the sitemap lists only built pages, and every indexable page is reachable from / or the sitemap', () => {
    const { paths, problems } = sitemapPaths(site);
    expect(problems.map((p) => `${p.from}: ${p.ref} (${p.reason})`)).toEqual([]);
    expect(paths.length).toBeGreaterThan(0);
    expect(unreachablePages(site, paths).unreachable).toEqual([]);
  });

  it('links: external links are listed in .tmp/external-links.txt (not fetched) and carry rel="noopener"', () => {
    const external = externalLinks(site);
    mkdirSync(REPORTS, { recursive: true });
    const unique = [...new Set(external.map((e) => e.url))].sort();
    writeFileSync(`${REPORTS}/external-links.txt`, unique.join('\n') + '\n');
    expect(externalLinksWithoutNoopener(site).map((p) => `${p.from}: ${p.ref}`)).toEqual([]);
  });

  it('privacy: no script, style, image, frame or font from another origin', () => {
    expect(thirdPartyResources(site)).toEqual([]);
  });

  it('security: no inline event handlers or javascript: URLs', () => {
    expect(inlineHandlers(site)).toEqual([]);
  });

  it("security: a hash-based Content-Security-Policy on every page, without 'unsafe-inline' for scripts", () => {
    expect(cspProblems(site)).toEqual([]);
  });

  it("headers: _headers forbids framing every page but the embeds, the same way on Netlify and Cloudflare Pages", () => {
    const embeds = site.files.filter((f) => pathPattern('^embed/{lang}/[^/]+/index\\.html$').test(f));
    expect(embeds.length).toBeGreaterThan(0);
    expect(framingProblems(site, readFileSync(join(DIST, '_headers'), 'utf8'))).toEqual([]);
  });

  it('redirects: every old embed address (/<lang>/embed/<chart>/) is sent by _redirects to a built embed page', () => {
    const rules = readFileSync(join(DIST, '_redirects'), 'utf8')
      .split('\n')
      .filter((l) => l.trim() && !l.startsWith('#'))
      .map((l) => l.trim().split(/\s+/));
    const old = site.files.filter((f) => pathPattern('^{lang}/embed/[^/]+/index\\.html$').test(f));
    expect(old.length).toBeGreaterThan(0);
    for (const file of old) {
      const path = `/${file.replace(/index\.html$/, '')}`;
      const rule = rules.find(([from]) => ruleMatches(from!, path));
      expect(rule, path).toBeDefined();
      expect(rule![2]).toBe('301');
      const splat = path.slice(rule![0]!.indexOf('*'));
      const target = rule![1]!.replace(':splat', splat);
      expect(site.files, `${path} → ${target}`).toContain(`${target.slice(1)}index.html`);
    }
  });

  it('HTML validity: html-validate with .htmlvalidate.json finds no errors', async () => {
    expect(summarise(await htmlErrors(site))).toEqual([]);
  }, 600_000);
});
