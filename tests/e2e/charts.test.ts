import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '~/lib/data/csvRead';
import { useHarness, axeViolations } from '../lib/browser';
import { themeSwitch } from '../lib/browserChecks';

const DATASET = 'minimum-wage';
const FIGURE = `#chart-${DATASET}`;

const h = useHarness();

async function drawn(page: Page): Promise<void> {
  await page.locator(FIGURE).scrollIntoViewIfNeeded();
  await page.waitForSelector(`${FIGURE}[data-drawn="true"]`);
}

/** The visible table as rows of strings: headings, then each row's label and recorded values. */
async function tableRows(page: Page): Promise<string[][]> {
  return page.$$eval(`${FIGURE} [data-chart-table] tr`, (rows) =>
    rows.map((row) =>
      [...row.children].map((cell) => (cell.tagName === 'TD' ? (cell.querySelector('data')?.getAttribute('value') ?? '') : (cell.textContent ?? '').trim())),
    ),
  );
}

async function download(page: Page, selector: string): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.click(selector)]);
  return { name: file.suggestedFilename(), bytes: readFileSync((await file.path())!) };
}

describe('the dark-theme check itself', () => {
  it('sees nothing change on a page without a dark theme, and both changes on a page with one', async () => {
    const context = await h().browser.newContext();
    const page = await context.newPage();
    // In a block: setContent keeps the window, so top-level consts of the first fixture would clash.
    const draw = `<canvas width="40" height="20"></canvas><script>{
      const c = document.querySelector('canvas').getContext('2d');
      const paint = () => { c.fillStyle = THEMED && matchMedia('(prefers-color-scheme: dark)').matches ? '#56B4E9' : '#0072B2'; c.fillRect(0, 0, 40, 20); };
      paint(); matchMedia('(prefers-color-scheme: dark)').addEventListener('change', paint);
    }</script>`;
    await page.setContent(`<!DOCTYPE html><html lang="en"><head><title>x</title></head><body>${draw.replace('THEMED', 'false')}</body></html>`);
    expect(await themeSwitch(page, 'canvas')).toEqual({ colourChanged: false, canvasChanged: false });
    const themed = '<style>@media (prefers-color-scheme: dark) { body { color: #eee; } }</style>';
    await page.setContent(`<!DOCTYPE html><html lang="en"><head><title>x</title>${themed}</head><body>${draw.replace('THEMED', 'true')}</body></html>`);
    expect(await themeSwitch(page, 'canvas')).toEqual({ colourChanged: true, canvasChanged: true });
    await context.close();
  });
});

describe('chart figures in the browser', () => {
  it('draws the chart near the viewport and toggles between chart and table', async () => {
    const { page, context, consoleErrors } = await h().open(`/en/data/${DATASET}/`);
    await drawn(page);
    const canvas = page.locator(`${FIGURE} canvas`);
    expect(await canvas.isVisible()).toBe(true);
    expect((await canvas.boundingBox())!.height).toBeGreaterThan(200);
    expect(await page.locator(`${FIGURE} [data-chart-table]`).isVisible()).toBe(false);

    await page.click(`${FIGURE} [data-view-button="table"]`);
    expect(await page.getAttribute(`${FIGURE} [data-view-button="table"]`, 'aria-pressed')).toBe('true');
    expect(await page.getAttribute(`${FIGURE} [data-view-button="chart"]`, 'aria-pressed')).toBe('false');
    expect(await page.locator(`${FIGURE} [data-chart-table]`).isVisible()).toBe(true);
    expect(await canvas.isVisible()).toBe(false);

    await page.click(`${FIGURE} [data-view-button="chart"]`);
    expect(await canvas.isVisible()).toBe(true);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('reserves the chart height before the chart is drawn (no layout shift)', async () => {
    const { page, context } = await h().open(`/en/data/${DATASET}/`);
    const before = await page.locator(`${FIGURE} .chart-canvas`).boundingBox();
    await drawn(page);
    const after = await page.locator(`${FIGURE} .chart-canvas`).boundingBox();
    expect(after!.height).toBe(before!.height);
    await context.close();
  });

  it('downloads a non-empty PNG and a CSV equal to the table', async () => {
    const { page, context, consoleErrors } = await h().open(`/ja/data/${DATASET}/`);
    await drawn(page);
    const png = await download(page, `${FIGURE} [data-chart-png]`);
    expect(png.name).toBe(`${DATASET}-ja.png`);
    expect(png.bytes.length).toBeGreaterThan(5_000);
    expect(png.bytes.subarray(1, 4).toString()).toBe('PNG');

    const csv = await download(page, `${FIGURE} [data-chart-csv]`);
    expect(csv.name).toBe(`${DATASET}-ja.csv`);
    const text = csv.bytes.toString('utf8').replace(/^\ufeff/, '');
    expect(parseCsv(text)).toEqual(await tableRows(page));
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('shows the table, not an empty chart box, without JavaScript', async () => {
    const { page, context } = await h().open(`/id/data/${DATASET}/`, { javaScriptEnabled: false });
    expect(await page.locator(`${FIGURE} [data-chart-table] table`).isVisible()).toBe(true);
    expect(await page.locator(`${FIGURE} .chart-canvas`).isVisible()).toBe(false);
    expect(await page.locator(`${FIGURE} [data-view-button="chart"]`).isVisible()).toBe(false);
    expect(await page.locator(`${FIGURE} .chart-summary`).isVisible()).toBe(true);
    await context.close();
  });

  it('fits a 320 px screen without horizontal scrolling of the page', async () => {
    const { page, context, consoleErrors } = await h().open(`/id/data/${DATASET}/`, { viewport: { width: 320, height: 720 } });
    await drawn(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('works on its own as an embed page, in the dark theme too', async () => {
    const { page, context, consoleErrors, foreignRequests } = await h().open(`/embed/en/${DATASET}/`);
    await drawn(page);
    expect(await page.locator('header, footer').count()).toBe(0);
    // In the dark theme the page turns dark and the chart redraws in its dark palette.
    expect(await themeSwitch(page, `${FIGURE} canvas`)).toEqual({ colourChanged: true, canvasChanged: true });
    expect(consoleErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await context.close();
  });

  // Issue 12 §3: time axes, spans over ranges, breaks, comparisons and direct labels draw without errors.
  for (const [path, id] of [
    ['/en/data/manado-narita-cargo/', 'manado-narita-cargo'],
    ['/ja/data/japan-ssw-holders/', 'japan-ssw-holders'],
    ['/id/data/foreign-arrivals-bps/', 'foreign-arrivals-bps'],
    ['/ja/tourism/', 'arrivals-china-share'],
    ['/en/mining/', 'toka-tindung-gold-output'],
    ['/en/data/exchange-rate-idr-jpy/', 'exchange-rate-idr-jpy'],
  ] as const) {
    it(`draws #chart-${id} on ${path} on a time axis, wide and narrow, without errors`, async () => {
      for (const viewport of [{ width: 1280, height: 900 }, { width: 320, height: 720 }]) {
        const { page, context, consoleErrors } = await h().open(path, { viewport });
        await page.locator(`#chart-${id}`).scrollIntoViewIfNeeded();
        await page.waitForSelector(`#chart-${id}[data-drawn="true"]`);
        const spec = await page.$eval(`#chart-${id} script[data-chart-spec]`, (el) => JSON.parse(el.textContent ?? '{}'));
        expect(spec.time?.ticks.length, 'time axis ticks').toBeGreaterThan(0);
        expect(consoleErrors).toEqual([]);
        await context.close();
      }
    });
  }

  // The embed page is all chart, so axe checks all of it; on the dataset page it checks the figure, since the
  // rest of that page belongs to the data desk's own tests.
  for (const [path, scope] of [[`/embed/ja/${DATASET}/`, 'html'], [`/en/data/${DATASET}/`, FIGURE]] as const) {
    it(`axe finds no WCAG 2.2 AA violations in ${scope} on ${path}, in chart and table view`, async () => {
      const { page, context } = await h().open(path);
      await drawn(page);
      const check = () => axeViolations(page, scope);
      expect(await check()).toEqual([]);
      await page.click(`${FIGURE} [data-view-button="table"]`);
      expect(await check()).toEqual([]);
      await context.close();
    });
  }
});
