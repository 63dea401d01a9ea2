import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { LANGS } from '~/i18n/langs';
import { SECTORS } from '~/schemas/common';
import { hubIdFor } from '~/lib/hubs/collect';
import { DIST } from '../lib/dist';
import { chartLibraryChunks } from '../lib/chartLoading';
import { useHarness } from '../lib/browser';
import { emptyPrintedFigures, pdfPageCount } from '../lib/printChecks';

/*
 * Issue 15: printing draws every chart (none is left blank by lazy drawing), and each hub prints as an A4 fact
 * sheet: headline figures, one chart, sources, the address and date; no site header, breadcrumbs or footer.
 * page.pdf() prints as the browser does once the print starts (Chromium fires beforeprint and afterprint
 * around it, and lays the page out as soon as the handlers return).
 * Issue 19: chart.js loads only when a chart nears or the reader prints. Ctrl+P before any chart was near is
 * held until the library is there (lazyCharts.ts), then window.print() runs and beforeprint draws every chart;
 * these tests stand in for the dialog with a stub of window.print that records what was ready when it ran.
 */
const HUBS = SECTORS.map(hubIdFor);
/** A fact sheet is one or two A4 pages. */
const MAX_SHEET_PAGES = 2;

/**
 * Presses Ctrl+P as a reader would and waits for the print to start (window.print, stubbed: headless Chromium
 * has no dialog). Returns how many chart figures were mounted (library loaded, beforeprint handler in place) then.
 */
async function pressPrint(page: Page): Promise<number> {
  await page.evaluate(() => {
    const w = window as unknown as { printStarted?: number };
    window.print = () => void (w.printStarted = document.querySelectorAll('[data-chart-figure][data-mounted]').length);
  });
  await page.keyboard.press('Control+p');
  const handle = await page.waitForFunction(() => (window as unknown as { printStarted?: number }).printStarted);
  return (await handle.jsonValue()) as number;
}

const h = useHarness();

describe('printing', () => {
  for (const [lang, hub] of HUBS.map((hub, i) => [LANGS[i % LANGS.length]!, hub] as const)) {
    it(`prints /${lang}/${hub}/ as an A4 fact sheet with its chart drawn`, async () => {
      // The top of the page only: the hub's charts are far below and not drawn yet when printing starts.
      const { page, context, consoleErrors } = await h().open(`/${lang}/${hub}/`, { viewport: { width: 1280, height: 800 } });
      await page.waitForLoadState('load');
      expect(await page.locator('[data-chart-figure][data-drawn="true"]').count(), 'nothing drawn before printing').toBe(0);
      expect(await page.locator('[data-chart-figure][data-mounted]').count(), 'chart library not loaded before printing').toBe(0);
      expect(await pressPrint(page), 'every chart ready when the print starts').toBe(await page.locator('[data-chart-figure]').count());
      const pdf = await page.pdf({ format: 'A4' });
      expect(pdfPageCount(pdf)).toBeGreaterThanOrEqual(1);
      expect(pdfPageCount(pdf)).toBeLessThanOrEqual(MAX_SHEET_PAGES);
      // beforeprint drew the charts; the one the sheet prints is drawn, not blank.
      expect(await page.locator('.hub-charts figure').first().getAttribute('data-drawn')).toBe('true');
      const { checked, empty } = await emptyPrintedFigures(page);
      expect(checked, 'the sheet prints exactly one chart').toBe(1);
      expect(empty).toEqual([]);
      await page.emulateMedia({ media: 'print' });
      for (const hidden of ['.site-header', '.site-footer', '.breadcrumbs', '.hub-narrative', '.hub-map', '.chart-reuse', '.hub > .sources']) {
        expect(await page.locator(hidden).first().isVisible(), `${hidden} is not printed`).toBe(false);
      }
      for (const shown of ['.hub-header h1', '.key-figures', '.hub-charts figure', '.hub-print-sheet .sources li', '.hub-print-meta']) {
        expect(await page.locator(shown).first().isVisible(), `${shown} is printed`).toBe(true);
      }
      expect(await page.locator('.hub-print-meta').textContent()).toContain(`/${lang}/${hub}/`);
      expect(consoleErrors).toEqual([]);
      await context.close();
    });
  }

  it('draws every chart of a page with several when printing, the far ones too', async () => {
    const { page, context } = await h().open('/en/fisheries/', { viewport: { width: 1280, height: 800 } });
    await page.waitForLoadState('load');
    const figures = await page.locator('[data-chart-figure]').count();
    expect(figures).toBeGreaterThan(1);
    // The reader saw the first chart (the library loaded) and went back up; the far charts are not drawn yet.
    await page.locator('[data-chart-figure]').first().scrollIntoViewIfNeeded();
    await page.waitForSelector('[data-chart-figure][data-drawn="true"]');
    await page.evaluate(() => scrollTo(0, 0));
    expect(await page.locator('[data-chart-figure][data-drawn="true"]').count()).toBeLessThan(figures);
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    expect(await page.locator('[data-chart-figure][data-drawn="true"]').count()).toBe(figures);
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    await context.close();
  });

  it('prints a dataset page with its chart drawn', async () => {
    const { page, context } = await h().open('/ja/data/minimum-wage/', { viewport: { width: 375, height: 700 } });
    await page.waitForLoadState('load');
    // On a phone a reader prints from the browser's menu (no Ctrl+P): after scrolling past the chart, which
    // loaded the library, beforeprint draws it at the printed width.
    await page.locator('[data-chart-figure]').first().scrollIntoViewIfNeeded();
    await page.waitForSelector('[data-chart-figure][data-mounted]', { state: 'attached' });
    await page.evaluate(() => scrollTo(0, 0));
    await page.pdf({ format: 'A4' });
    const { checked, empty } = await emptyPrintedFigures(page);
    expect(checked).toBeGreaterThanOrEqual(1);
    expect(empty).toEqual([]);
    await context.close();
  });

  it('a print from the menu before the library arrived prints the undrawn chart\'s table, not an empty box', async () => {
    const context = await h().browser.newContext({ viewport: { width: 1280, height: 900 } });
    // The library never arrives (offline, or the print came first): its download fails.
    const chunks = chartLibraryChunks(DIST);
    expect(chunks).toHaveLength(1);
    await context.route(`${h().origin}${chunks[0]}`, (route) => route.abort());
    const page = await context.newPage();
    await page.goto(`${h().origin}/en/data/minimum-wage/`);
    await page.waitForLoadState('load');
    await page.pdf({ format: 'A4' });
    expect(await page.locator('#chart-minimum-wage').getAttribute('data-drawn')).toBeNull();
    const { checked, empty } = await emptyPrintedFigures(page);
    expect(checked).toBeGreaterThanOrEqual(1);
    expect(empty).toEqual([]);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('#chart-minimum-wage [data-chart-table]').isVisible(), 'the table prints').toBe(true);
    expect(await page.locator('#chart-minimum-wage canvas').isVisible(), 'the empty canvas does not').toBe(false);
    await context.close();
  });

  it('the empty-figure check bites: an undrawn canvas and an empty svg are reported, a table is fine', async () => {
    const context = await h().browser.newContext();
    const page = await context.newPage();
    await page.setContent(`<!DOCTYPE html><html lang="en"><head><title>x</title></head><body>
      <figure id="blank"><canvas width="200" height="100"></canvas></figure>
      <figure id="hollow"><svg width="10" height="10"></svg></figure>
      <figure id="table"><table><tr><td>1</td></tr></table></figure>
      <figure id="drawn"><canvas width="200" height="100"></canvas></figure>
      <script>const c = document.querySelector('#drawn canvas').getContext('2d'); c.fillRect(0, 0, 50, 50);</script>
    </body></html>`);
    const { checked, empty } = await emptyPrintedFigures(page);
    expect(checked).toBe(4);
    expect(empty).toEqual(['blank: canvas 200×100 has 0 painted pixels', 'hollow: empty svg']);
    expect(pdfPageCount(await page.pdf({ format: 'A4' }))).toBe(1);
    await context.close();
  });
});
