import type { BrowserContext, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { DIST } from '../lib/dist';
import { useHarness } from '../lib/browser';
import { chartLibraryChunks, gzipOfPaths, paintedPixels, recordScripts } from '../lib/chartLoading';
import { BUDGETS } from '../lib/gates/weight';

/*
 * Issue 19: chart.js loads only when a chart nears the viewport. A hub's charts are thousands of pixels below
 * the fold at 1280 × 800, so opening it must fetch only the small loader; scrolling down fetches the library
 * and draws. An embed (all chart) draws at once.
 */
const HUB = '/en/fisheries/';
const VIEWPORT = { width: 1280, height: 800 };
/** A drawn chart paints thousands of pixels; a blank canvas none. */
const MIN_PAINTED = 1000;

const h = useHarness();
let chunks: string[];
beforeAll(() => {
  chunks = chartLibraryChunks(DIST);
});

/** A page with its script requests recorded from the first one (h().open navigates before a listener could attach). */
async function openRecorded(path: string): Promise<{ context: BrowserContext; page: Page; scripts: string[]; errors: string[] }> {
  const context = await h().browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  const scripts = recordScripts(page, h().origin);
  await page.goto(h().origin + path);
  await page.waitForLoadState('load');
  // Time for an IntersectionObserver callback and anything it would start.
  await page.waitForTimeout(800);
  return { context, page, scripts, errors };
}

const chartChunksIn = (scripts: string[]) => scripts.filter((s) => chunks.includes(s));

describe('charts load when seen', () => {
  it('finds exactly one chart.js chunk in the build', () => {
    expect(chunks).toHaveLength(1);
  });

  it(`${HUB} fetches only the small loader up front; chart.js arrives as a chart nears and the chart draws`, async () => {
    const { context, page, scripts, errors } = await openRecorded(HUB);
    const figures = page.locator('[data-chart-figure]');
    expect(await figures.count()).toBeGreaterThan(1);
    const firstTop = await figures.first().evaluate((el) => el.getBoundingClientRect().top + scrollY);
    expect(firstTop, 'the first chart is far below the fold').toBeGreaterThan(3 * VIEWPORT.height);

    expect(scripts.length, 'the loader is fetched').toBeGreaterThan(0);
    expect(chartChunksIn(scripts), 'no chart.js before any chart is near').toEqual([]);
    expect(gzipOfPaths(DIST, scripts)).toBeLessThanOrEqual(BUDGETS.chartJsUpFront);
    expect(await page.locator('[data-chart-figure][data-drawn]').count()).toBe(0);

    // Within one and a half screens of the first chart, but with the chart still below the viewport: the library comes.
    await page.evaluate((y) => scrollTo(0, y), firstTop - VIEWPORT.height - 1.5 * VIEWPORT.height + 200);
    await page.waitForFunction(() => document.querySelector('[data-chart-figure][data-mounted]') !== null);
    expect(chartChunksIn(scripts)).toEqual(chunks);
    expect(await figures.first().evaluate((el) => el.getBoundingClientRect().top > innerHeight), 'loaded before the chart is in view').toBe(true);

    // The last chart, far below, draws when scrolled to.
    const last = figures.last();
    await last.scrollIntoViewIfNeeded();
    await page.waitForFunction((el) => el?.getAttribute('data-drawn') === 'true', await last.elementHandle());
    const id = await last.getAttribute('id');
    expect(await paintedPixels(page, `#${id} canvas`)).toBeGreaterThan(MIN_PAINTED);
    expect(gzipOfPaths(DIST, scripts)).toBeLessThanOrEqual(BUDGETS.chartJs);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('draws the chart of an embed page, which is all chart', async () => {
    const { context, page, scripts, errors } = await openRecorded('/embed/ja/minimum-wage/');
    await page.waitForSelector('#chart-minimum-wage[data-drawn="true"]');
    expect(chartChunksIn(scripts)).toEqual(chunks);
    expect(await paintedPixels(page, '#chart-minimum-wage canvas')).toBeGreaterThan(MIN_PAINTED);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('the check bites: a page that loads chart.js eagerly is caught', async () => {
    const eager = `<!DOCTYPE html><html lang="en"><head><title>eager</title><script type="module" src="${chunks[0]}"></script></head><body><p>No chart in view.</p></body></html>`;
    const context = await h().browser.newContext({ viewport: VIEWPORT });
    await context.route(`${h().origin}/eager-fixture/`, (route) => route.fulfill({ contentType: 'text/html', body: eager }));
    const page = await context.newPage();
    const scripts = recordScripts(page, h().origin);
    await page.goto(`${h().origin}/eager-fixture/`);
    await page.waitForLoadState('load');
    expect(chartChunksIn(scripts)).toEqual(chunks);
    expect(gzipOfPaths(DIST, scripts)).toBeGreaterThan(BUDGETS.chartJsUpFront);
    await context.close();
  });
});
