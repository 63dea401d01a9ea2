import { describe, expect, it } from 'vitest';
import { useHarness } from '../lib/browser';
import { smallText } from '../lib/layoutChecks';

/**
 * No text below 12 px on a phone (Lighthouse's legible-font-size line) on the five page types Lighthouse
 * measures, and on the sector page in every language: sizes set in em shrink inside small text (code in a
 * <pre> of a small block once fell to 11.3 px), so the floor is checked where the text ends up.
 */
const PHONE = { width: 412, height: 823 };
const MIN_PX = 12;
const PAGES = ['/ja/', '/ja/fisheries/', '/ja/data/arrivals-china/', '/ja/news/bitung-processing-capacity/', '/ja/search/', '/id/fisheries/', '/en/fisheries/'];

const h = useHarness();

describe('legible text', () => {
  it('the check bites on a fixture: nested em sizes below 12 px are found, 12 px and more are not', async () => {
    const { page, context } = await h().open('/en/', { viewport: PHONE });
    // Styles go through the CSSOM: the site's content security policy refuses style attributes.
    await page.evaluate(() => {
      document.body.innerHTML = '<p id="fx-ok">Twelve pixels</p><div id="fx-small"><span id="fx-nested">nested em</span></div>';
      document.getElementById('fx-ok')!.style.fontSize = '12px';
      document.getElementById('fx-small')!.style.fontSize = '13.3px';
      document.getElementById('fx-nested')!.style.fontSize = '0.85em';
    });
    const result = await smallText(page, MIN_PX);
    expect(result.chars).toBe('Twelve pixels'.length + 'nested em'.length);
    expect(result.small).toEqual(['span 11.3px: nested em']);
    await context.close();
  });

  for (const path of PAGES) {
    it(`${path}: all text is at least ${MIN_PX} px`, async () => {
      const { page, context } = await h().open(path, { viewport: PHONE });
      const result = await smallText(page, MIN_PX);
      expect(result.chars).toBeGreaterThan(1000);
      expect(result.small).toEqual([]);
      await context.close();
    });
  }
});
