import { describe, expect, it } from 'vitest';
import { useHarness, axeViolations, startHarness } from '../lib/browser';
import { skipLinkProblems, tabTo, toggleProblems } from '../lib/browserChecks';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { distSite } from '../lib/dist';
import { pageTypes } from '../lib/gates/pageTypes';
import { LANGS } from '~/i18n/index';

/*
 * Accessibility gate (docs/quality.md): axe-core with the WCAG 2.2 AA tag set on one page of every page type
 * in every language, discovered from the build (tests/lib/gates/pageTypes.ts), plus keyboard-only checks.
 * The same pages must log no console error (a CSP violation is one) and make no off-site request.
 */

const site = distSite();
const types = pageTypes(site, { langs: LANGS });

const h = useHarness();

describe('the axe gate itself', () => {
  it('catches a violation in a small fixture (an image without alt text, an unlabeled field)', async () => {
    const context = await h().browser.newContext();
    const page = await context.newPage();
    await page.setContent('<!DOCTYPE html><html lang="en"><head><title>x</title></head><body><main><h1>x</h1><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" width="1" height="1"><input type="text"></main></body></html>');
    const ids = (await axeViolations(page)).map((v) => v.split(' ')[0]);
    expect(ids).toContain('image-alt');
    expect(ids).toContain('label');
    await context.close();
  });
});

describe('accessibility of every page type, in every language', () => {
  it('discovers the page types from the build', () => {
    const shapes = new Set(types.map((t) => t.shape));
    expect(shapes).toContain('/');
    expect(shapes).toContain('/{lang}/');
    expect(shapes).toContain('/{lang}/news/*/');
    expect(types.length).toBeGreaterThanOrEqual(10);
  });

  for (const type of types) {
    const label = `${type.shape}${type.lang ? ` [${type.lang}]` : ''}`;
    it(`${label}: ${type.sample.url} has no axe violations, console errors or off-site requests`, async () => {
      const { page, context, consoleErrors, foreignRequests } = await h().open(type.sample.url);
      await page.waitForLoadState('networkidle');
      expect(await axeViolations(page)).toEqual([]);
      expect(consoleErrors).toEqual([]);
      expect(foreignRequests).toEqual([]);
      await context.close();
    });
  }
});

describe('Content-Security-Policy in the browser', () => {
  it('search runs Pagefind (WebAssembly, worker, index fetches) under the policy without a violation', async () => {
    const search = types.find((t) => t.lang === 'ja' && t.shape === '/{lang}/search/');
    expect(search, 'the build has a Japanese search page').toBeDefined();
    if (!search) return;
    const { page, context, consoleErrors, foreignRequests } = await h().open(`${search.sample.url}?q=${encodeURIComponent('漁業')}`);
    const violations: string[] = [];
    await page.exposeFunction('reportViolation', (v: string) => violations.push(v));
    await page.evaluate(() => document.addEventListener('securitypolicyviolation', (e) => (window as unknown as { reportViolation(v: string): void }).reportViolation(`${e.violatedDirective} ${e.blockedURI}`)));
    await page.waitForLoadState('networkidle');
    // Whatever the page does on its own, run one query through Pagefind's API too, so its WebAssembly loads.
    // A string, not a function: Vitest rewrites import() inside test code, and this must run in the page as written.
    const hits = await page.evaluate<number>(`(async () => {
      const pf = await import(new URL('/pagefind/pagefind.js', location.origin).href);
      return (await pf.search('漁業')).results.length;
    })()`);
    await page.waitForLoadState('networkidle');
    expect(hits, "a query for 漁業 (fisheries) finds Japanese pages").toBeGreaterThan(0);
    expect(violations).toEqual([]);
    expect(consoleErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await context.close();
  });
});

describe('the keyboard and browser-hygiene gates themselves', () => {
  const fixture = async (html: string) => {
    const context = await h().browser.newContext();
    const page = await context.newPage();
    await page.setContent(`<!DOCTYPE html><html lang="en"><head><title>x</title></head><body>${html}</body></html>`);
    return { page, context };
  };
  const TOGGLE_SCRIPT = '<script>document.querySelectorAll("[data-works]").forEach((b) => b.addEventListener("click", () => b.setAttribute("aria-pressed", String(b.getAttribute("aria-pressed") !== "true"))));</script>';

  it('the skip-link check catches a skip link that is not first, and one that leads nowhere', async () => {
    const good = await fixture('<a class="skip-link" href="#main">Skip</a><nav><a href="/a">A</a></nav><main id="main" tabindex="-1">x</main>');
    expect(await skipLinkProblems(good.page)).toEqual([]);
    await good.context.close();
    const late = await fixture('<nav><a href="/a">A</a></nav><a class="skip-link" href="#main">Skip</a><main id="main" tabindex="-1">x</main>');
    expect(await skipLinkProblems(late.page)).toEqual(['the first Tab stop is not the skip link']);
    await late.context.close();
    const nowhere = await fixture('<a class="skip-link" href="#nothing">Skip</a><main id="main" tabindex="-1">x</main>');
    expect((await skipLinkProblems(nowhere.page))[0]).toMatch(/not <main id="main">/);
    await nowhere.context.close();
  });

  it('the toggle check counts what it checks and catches a dead and an unreachable toggle', async () => {
    const good = await fixture(`<main><button type="button" aria-pressed="false" data-works>Table</button></main>${TOGGLE_SCRIPT}`);
    // Enter presses it; Space is then skipped, as a pressed button in a group stays pressed.
    expect(await toggleProblems(good.page)).toEqual({ checked: 1, problems: [] });
    await good.context.close();
    const none = await fixture('<main><p>No toggles</p></main>');
    expect((await toggleProblems(none.page)).checked).toBe(0);
    await none.context.close();
    const bad = await fixture(`<main><button type="button" aria-pressed="false">Dead</button><button type="button" aria-pressed="false" tabindex="-1" data-works>Hidden</button></main>${TOGGLE_SCRIPT}`);
    const { problems } = await toggleProblems(bad.page);
    expect(problems).toContain('toggle "Hidden" is not reachable by Tab');
    expect(problems).toContain('toggle "Dead": Enter does not change aria-pressed');
    await bad.context.close();
  });

  it('the harness records a console error and a request to another origin (which it never sends)', async () => {
    const root = mkdtempSync(join(tmpdir(), 'atlas-hygiene-'));
    writeFileSync(join(root, 'index.html'), '<!DOCTYPE html><html lang="en"><head><title>x</title></head><body><main><img src="https://example.invalid/pixel.png" alt="" width="1" height="1"></main><script>console.error("boom")</script></body></html>');
    const fixtureHarness = await startHarness(root);
    try {
      const { context, page, consoleErrors, foreignRequests } = await fixtureHarness.open('/');
      await page.waitForLoadState('networkidle');
      expect(consoleErrors).toContain('boom');
      expect(foreignRequests).toEqual(['https://example.invalid/pixel.png']);
      await context.close();
    } finally {
      await fixtureHarness.close();
    }
  });
});

describe('keyboard only', () => {
  for (const lang of LANGS) {
    it(`/${lang}/: skip link first, then the header navigation by Tab`, async () => {
      const { page, context } = await h().open(`/${lang}/`);
      expect(await skipLinkProblems(page)).toEqual([]);
      await page.keyboard.press('Shift+Tab');
      expect(await tabTo(page, '.site-header nav a[href]')).toBeGreaterThan(0);
      await context.close();
    });
  }

  it('the language switcher is reachable by Tab and switches with Enter', async () => {
    const article = types.find((t) => t.lang === 'ja' && t.shape === '/{lang}/news/*/') ?? types.find((t) => t.lang === 'ja' && t.shape === '/{lang}/')!;
    const { page, context } = await h().open(article.sample.url);
    expect(await tabTo(page, '.lang-switcher a[hreflang="en"]')).toBeGreaterThan(0);
    const href = await page.evaluate(() => (document.activeElement as HTMLAnchorElement).href);
    await page.keyboard.press('Enter');
    await page.waitForURL(href);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await context.close();
  });

  it('every toggle button on the sampled pages is reachable by Tab and operable with Enter and Space', async () => {
    // A toggle is a button with aria-pressed (alone or in a group such as Chart | Table) or aria-expanded.
    let toggles = 0;
    let pagesWithToggles = 0;
    for (const type of types) {
      if (!/aria-(pressed|expanded)=/.test(type.sample.html)) continue;
      pagesWithToggles++;
      const { page, context } = await h().open(type.sample.url);
      await page.waitForLoadState('networkidle');
      const { checked, problems } = await toggleProblems(page);
      expect(problems, type.sample.url).toEqual([]);
      toggles += checked;
      await context.close();
    }
    console.log(`keyboard: ${toggles} toggle activation(s) checked on ${pagesWithToggles} page(s)`);
    // The site has chart/table toggles and filters: finding none means the check looked at nothing.
    expect(pagesWithToggles).toBeGreaterThan(0);
    expect(toggles).toBeGreaterThanOrEqual(pagesWithToggles);
  }, 300_000);
});
