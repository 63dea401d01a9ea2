import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useHarness, axeViolations } from '../lib/browser';
import { SECTORS } from '~/schemas/common';
import { hubIdFor } from '~/lib/hubs/collect';

const HUBS = SECTORS.map(hubIdFor);

const h = useHarness();

/** Scrolls each chart into view and waits until the client script has drawn it. */
async function drawAll(page: Page): Promise<number> {
  const figures = page.locator('.hub-charts figure.chart-figure[data-state="ok"]');
  const count = await figures.count();
  for (let i = 0; i < count; i++) {
    const figure = figures.nth(i);
    await figure.scrollIntoViewIfNeeded();
    await expect.poll(() => figure.getAttribute('data-drawn'), { timeout: 10_000 }).toBe('true');
  }
  return count;
}

describe('sector hubs in the browser', () => {
  for (const hub of HUBS) {
    it(`/en/${hub}/ draws its charts after scrolling, shows its map, and has no axe violations`, async () => {
      const { page, context, consoleErrors, foreignRequests } = await h().open(`/en/${hub}/`);
      expect(await drawAll(page)).toBeGreaterThanOrEqual(2);
      const canvas = page.locator('.hub-charts canvas').first();
      expect((await canvas.boundingBox())!.height).toBeGreaterThan(150);
      // A hub may carry more than one map (the economy hub: places and the density choropleth); each must show.
      const maps = page.locator('.hub-map svg.map-svg');
      const mapCount = await maps.count();
      expect(mapCount).toBeGreaterThanOrEqual(1);
      for (let i = 0; i < mapCount; i++) {
        const map = maps.nth(i);
        await map.scrollIntoViewIfNeeded();
        expect(await map.isVisible()).toBe(true);
        expect((await map.boundingBox())!.width).toBeGreaterThan(200);
      }
      expect(await axeViolations(page)).toEqual([]);
      expect(consoleErrors).toEqual([]);
      expect(foreignRequests).toEqual([]);
      await context.close();
    });
  }

  for (const lang of ['ja', 'id']) {
    it(`/${lang}/fisheries/ draws its charts and has no axe violations`, async () => {
      const { page, context, consoleErrors } = await h().open(`/${lang}/fisheries/`);
      expect(await drawAll(page)).toBeGreaterThanOrEqual(2);
      expect(await axeViolations(page)).toEqual([]);
      expect(consoleErrors).toEqual([]);
      await context.close();
    });
  }

  it('without JavaScript the hub still shows its figures, map and chart tables', async () => {
    const { page, context } = await h().open('/en/mining/', { javaScriptEnabled: false });
    expect(await page.locator('.key-figures data').first().isVisible()).toBe(true);
    expect(await page.locator('.hub-map svg.map-svg').isVisible()).toBe(true);
    expect(await page.locator('.hub-charts [data-chart-table]').first().isVisible()).toBe(true);
    await context.close();
  });
});
