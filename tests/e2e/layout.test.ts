import { describe, expect, it } from 'vitest';
import { SECTORS } from '~/schemas/common';
import { hubIdFor } from '~/lib/hubs/collect';
import { useHarness } from '../lib/browser';
import { linksBeyondViewport, topOf, wrappedElements } from '../lib/layoutChecks';

/** Issue 15's phone targets, measured at 375×812 in every language. */
const PHONE = { width: 375, height: 812 };
const LANGS = ['ja', 'id', 'en'] as const;
const HUBS = SECTORS.map(hubIdFor);
const OPPORTUNITIES_BY = 2500;
const RESULTS_BY = 900;
/** Tables with long periods (month ranges, days) and many columns. */
const TABLE_PAGES = ['data/fishery-exports-japan/', 'data/manado-narita-cargo/', 'data/exchange-rate-idr-jpy/', 'data/foreign-arrivals-bps/', 'data/hotel-length-of-stay/', 'fisheries/', 'tourism/'];

const h = useHarness();

describe('the layout checks bite on fixtures', () => {
  it('measure a late section, a link off the screen and a wrapped date', async () => {
    const { page, context } = await h().open('/en/', { viewport: PHONE });
    // Styles go through the CSSOM: the site's content security policy refuses style attributes.
    await page.evaluate(() => {
      document.body.innerHTML = `<div id="spacer"></div><h2 id="late">Late</h2>
        <nav id="fx-nav"><a href="#">One</a> <a href="#" id="far">Far</a></nav>
        <table id="fx-table"><tr><td><span class="d">January–May 2022</span></td><td><span class="d" id="kept">Jan 2022</span></td></tr></table>`;
      const style = (id: string, css: Partial<CSSStyleDeclaration>) => Object.assign(document.getElementById(id)!.style, css);
      style('spacer', { height: '3000px' });
      style('fx-nav', { whiteSpace: 'nowrap', overflowX: 'auto' });
      style('far', { marginLeft: '400px' });
      style('fx-table', { width: '60px' });
      style('kept', { whiteSpace: 'nowrap' });
    });
    expect(await topOf(page, '#late')).toBeGreaterThan(OPPORTUNITIES_BY);
    await expect(topOf(page, '#missing')).rejects.toThrow(/no element/);
    const nav = await linksBeyondViewport(page, 'nav a');
    expect(nav.count).toBe(2);
    expect(nav.beyond).toHaveLength(1);
    expect(nav.beyond[0]).toContain('"Far"');
    const dates = await wrappedElements(page, 'td .d');
    expect(dates).toEqual({ count: 2, wrapped: ['January–May 2022'] });
    await context.close();
  });
});

describe('on a 375 px phone', () => {
  for (const lang of LANGS) {
    it(`/${lang}/: every section link is on screen and 4–6 bound figures sit in the first two screens`, async () => {
      const { page, context } = await h().open(`/${lang}/`, { viewport: PHONE });
      const nav = await linksBeyondViewport(page, '.site-header nav.sections a');
      expect(nav.count).toBe(8);
      expect(nav.beyond).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
      const figures = await page.$$eval('.home-figures data', (ds) =>
        ds.map((d) => ({ top: d.getBoundingClientRect().top + scrollY, href: d.closest('.figure-tile')?.querySelector('a[href*="/data/"]')?.getAttribute('href') ?? '' })),
      );
      expect(figures.length).toBeGreaterThanOrEqual(4);
      expect(figures.length).toBeLessThanOrEqual(6);
      for (const f of figures) {
        expect(f.top).toBeLessThan(2 * PHONE.height);
        expect(f.href).toMatch(/\/data\/[a-z0-9-]+\/#obs-/);
      }
      await context.close();
    });

    it(`/${lang}/ hubs: the opportunities section starts within ${OPPORTUNITIES_BY} px`, async () => {
      const { page, context } = await h().open(`/${lang}/`, { viewport: PHONE });
      const tops: Record<string, number> = {};
      for (const hub of HUBS) {
        await page.goto(`${h().origin}/${lang}/${hub}/`);
        tops[hub] = await topOf(page, '#hub-opportunities');
        const nav = await linksBeyondViewport(page, '.site-header nav.sections a');
        expect(nav.beyond, `${lang}/${hub}`).toEqual([]);
      }
      expect(Object.keys(tops)).toHaveLength(HUBS.length);
      for (const [hub, top] of Object.entries(tops)) expect(top, `${lang}/${hub} opportunities at ${top} px`).toBeLessThanOrEqual(OPPORTUNITIES_BY);
      await context.close();
    });

    it(`/${lang}/search/: results start within ${RESULTS_BY} px, with the filters folded behind one control`, async () => {
      const { page, context } = await h().open(`/${lang}/search/?q=${encodeURIComponent(lang === 'ja' ? 'マグロ' : 'tuna')}`, { viewport: PHONE });
      await page.waitForSelector('[data-search-app][data-ready="true"]');
      expect(await page.locator('[data-search-results] > li').count()).toBeGreaterThan(0);
      expect(await topOf(page, '[data-search-results] > li')).toBeLessThanOrEqual(RESULTS_BY);
      expect(await page.locator('details.filters-toggle').getAttribute('open')).toBeNull();
      expect(await page.locator('input[name="sector"]').first().isVisible()).toBe(false);
      await context.close();
    });

    it(`/${lang}/ dataset and hub tables: no period cell wraps inside its date`, async () => {
      const { page, context } = await h().open(`/${lang}/`, { viewport: PHONE });
      let checked = 0;
      for (const path of TABLE_PAGES) {
        await page.goto(`${h().origin}/${lang}/${path}`);
        const { count, wrapped } = await wrappedElements(page, 'table .period');
        expect(wrapped, `${lang}/${path}`).toEqual([]);
        checked += count;
      }
      expect(checked).toBeGreaterThan(50);
      await context.close();
    });
  }
});
