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

  for (const lang of ['ja', 'id', 'en']) {
    it(`/${lang}/ at 375 px: every visible map label renders at ≥ 11 px and the mainland spans at least half the frame`, async () => {
      const { page, context } = await h().open(`/${lang}/`, { viewport: { width: 375, height: 800 } });
      const measured = await page.$eval('section[aria-labelledby="map-heading"] svg.map-svg', (svg) => {
        const scale = (svg as SVGSVGElement).getScreenCTM()!.a;
        const texts = [...svg.querySelectorAll('text')].filter((t) => t.getBoundingClientRect().width > 0);
        const sizes = texts.map((t) => ({ text: t.textContent!.trim(), px: parseFloat(getComputedStyle(t).fontSize) * scale }));
        const frame = svg.getBoundingClientRect();
        const land = [...svg.querySelectorAll('path.regency:not([data-inset])')].map((p) => p.getBoundingClientRect());
        const width = Math.max(...land.map((b) => b.right)) - Math.min(...land.map((b) => b.left));
        return { sizes, share: width / frame.width, frameWidth: frame.width };
      });
      expect(measured.frameWidth).toBeLessThan(360);
      expect(measured.sizes.length).toBeGreaterThanOrEqual(15);
      expect(measured.sizes.filter((s) => s.px < 11)).toEqual([]);
      expect(measured.share).toBeGreaterThanOrEqual(0.5);
      await context.close();
    });
  }

  it('at 375 px the labels that only fit on wider screens are hidden, and shown at 1280 px', async () => {
    const count = async (width: number) => {
      const { page, context } = await h().open('/en/', { viewport: { width, height: 800 } });
      const n = await page.$$eval('svg.map-svg text', (ts) => ts.filter((t) => t.getBoundingClientRect().width > 0).length);
      await context.close();
      return n;
    };
    expect(await count(375)).toBeLessThanOrEqual(await count(1280));
  });

  it('hovering a marker shows its tooltip (progressive enhancement)', async () => {
    const { page, context, consoleErrors } = await h().open('/en/');
    await page.locator('svg.map-svg [data-tip]').first().hover({ force: true });
    await expect.poll(() => page.locator('.map-tip:not([hidden])').count()).toBe(1);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });
});
