import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../lib/browser';
import { DIST, SITE } from '../lib/dist';
import { pageTypes } from '../lib/gates/pageTypes';
import { folderSite } from '../lib/gates/site';

/*
 * Accessibility gate (docs/quality.md): axe-core with the WCAG 2.2 AA tag set on one page of every page type
 * in every language, discovered from the build (tests/lib/gates/pageTypes.ts), plus keyboard-only checks.
 * The same pages must log no console error (a CSP violation is one) and make no off-site request.
 */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const LANGS = ['ja', 'id', 'en'] as const;

const site = folderSite(DIST, { origin: SITE });
const types = pageTypes(site, { langs: LANGS });

/** Violations as short lines: rule id, impact and the first few offending selectors. */
async function axeViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return result.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
}

/** Presses Tab until `selector` has focus; returns how many presses it took, or -1 if never within `max`. */
async function tabTo(page: Page, selector: string, max = 60): Promise<number> {
  for (let i = 1; i <= max; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return i;
  }
  return -1;
}

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

describe('the axe gate itself', () => {
  it('catches a violation in a small fixture (an image without alt text, an unlabeled field)', async () => {
    const context = await h.browser.newContext();
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
      const { page, context, consoleErrors, foreignRequests } = await h.open(type.sample.url);
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
    if (!search) return; // no search page in this build
    const { page, context, consoleErrors, foreignRequests } = await h.open(`${search.sample.url}?q=${encodeURIComponent('漁業')}`);
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

describe('keyboard only', () => {
  for (const lang of LANGS) {
    it(`/${lang}/: skip link first, then the header navigation by Tab`, async () => {
      const { page, context } = await h.open(`/${lang}/`);
      expect(await tabTo(page, 'a.skip-link', 1)).toBe(1);
      await page.keyboard.press('Enter');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
      await page.keyboard.press('Shift+Tab');
      expect(await tabTo(page, '.site-header nav a[href]')).toBeGreaterThan(0);
      await context.close();
    });
  }

  it('the language switcher is reachable by Tab and switches with Enter', async () => {
    const article = types.find((t) => t.lang === 'ja' && t.shape === '/{lang}/news/*/') ?? types.find((t) => t.lang === 'ja' && t.shape === '/{lang}/')!;
    const { page, context } = await h.open(article.sample.url);
    expect(await tabTo(page, '.lang-switcher a[hreflang="en"]')).toBeGreaterThan(0);
    const href = await page.evaluate(() => (document.activeElement as HTMLAnchorElement).href);
    await page.keyboard.press('Enter');
    await page.waitForURL(href);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await context.close();
  });

  it('every toggle button on the sampled pages is reachable by Tab and operable with Enter and Space', async () => {
    // A toggle is a button with aria-pressed (alone or in a group such as Chart | Table) or aria-expanded.
    const SELECTOR = 'button[aria-pressed], button[aria-expanded]';
    let toggles = 0;
    for (const type of types) {
      if (!/aria-(pressed|expanded)=/.test(type.sample.html)) continue;
      const { page, context } = await h.open(type.sample.url);
      await page.waitForLoadState('networkidle');
      // 1. Reachability: one walk with Tab from the top of the page, recording which toggles receive focus.
      const visible = await page.locator(SELECTOR).evaluateAll((els) =>
        els.flatMap((el, i) => {
          el.setAttribute('data-gate-i', String(i));
          return (el as HTMLElement).offsetParent !== null ? [i] : [];
        }),
      );
      await page.evaluate(() => {
        const w = window as unknown as { gateFocused: Set<number> };
        w.gateFocused = new Set();
        document.addEventListener('focusin', (e) => {
          const i = (e.target as Element).getAttribute?.('data-gate-i');
          if (i !== null && i !== undefined) w.gateFocused.add(Number(i));
        });
        document.body.setAttribute('tabindex', '-1');
        document.body.focus();
        document.body.removeAttribute('tabindex');
      });
      const focusables = await page.locator('a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])').count();
      for (let n = 0; n < focusables + 5; n++) await page.keyboard.press('Tab');
      const reached = await page.evaluate(() => [...(window as unknown as { gateFocused: Set<number> }).gateFocused]);
      expect(visible.filter((i) => !reached.includes(i)), `${type.sample.url}: toggles not reachable by Tab`).toEqual([]);
      // 2. Operation: Enter on each unpressed/collapsed toggle, then Space on each, checking the state changes.
      for (const key of ['Enter', 'Space']) {
        for (const i of visible) {
          const button = page.locator(`[data-gate-i="${i}"]`);
          const attr = (await button.getAttribute('aria-pressed')) !== null ? 'aria-pressed' : 'aria-expanded';
          const before = await button.getAttribute(attr);
          // A pressed button in a group stays pressed; only an unpressed one can change.
          if (attr === 'aria-pressed' && before === 'true') continue;
          if (!(await button.isVisible())) continue;
          toggles++;
          await button.focus();
          await page.keyboard.press(key);
          const where = `${type.sample.url}: toggle "${(await button.textContent())?.trim()}"`;
          await expect.poll(() => button.getAttribute(attr), { message: `${where}: ${key} changes ${attr}`, timeout: 2000 }).not.toBe(before);
        }
      }
      await context.close();
    }
    console.log(`keyboard: ${toggles} toggle activation(s) checked`);
  }, 300_000);
});
