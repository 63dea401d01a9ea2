import { describe, expect, it } from 'vitest';
import { useHarness, axeViolations } from '../lib/browser';

const h = useHarness();


describe('maps in the browser', () => {
  for (const path of ['/en/', '/ja/', '/en/work-in-japan/', '/id/work-in-japan/']) {
    it(`${path} has no axe violations`, async () => {
      const { page, context } = await h().open(path);
      expect(await axeViolations(page)).toEqual([]);
      await context.close();
    });
  }

  for (const path of ['/en/', '/en/work-in-japan/']) {
    it(`${path}: the map is visible with JavaScript disabled`, async () => {
      const { page, context } = await h().open(path, { javaScriptEnabled: false });
      const map = page.locator('svg.map-svg').first();
      expect(await map.isVisible()).toBe(true);
      const box = await map.boundingBox();
      expect(box!.width).toBeGreaterThan(200);
      expect(box!.height).toBeGreaterThan(200);
      await context.close();
    });
  }

  it('hovering a marker shows its tooltip (progressive enhancement)', async () => {
    const { page, context, consoleErrors } = await h().open('/en/');
    await page.locator('svg.map-svg [data-tip]').first().hover({ force: true });
    await expect.poll(() => page.locator('.map-tip:not([hidden])').count()).toBe(1);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });
});
