import { describe, expect, it } from 'vitest';
import { useHarness, axeViolations } from '../lib/browser';

/* Investor pages in a real browser: the timeline's sector filter, and axe (WCAG 2.2 AA tag set). */

const h = useHarness();

describe('cooperation timeline filter', () => {
  it('selecting one sector hides the others, announces the count, and "all" restores every event', async () => {
    const { page, context, consoleErrors } = await h().open('/en/invest/timeline/');
    const filter = page.locator('[data-timeline-filter]');
    await expect.poll(() => filter.isVisible()).toBe(true);
    const total = await page.locator('.timeline-event').count();
    expect(total).toBeGreaterThanOrEqual(12);

    const mining = filter.locator('button[data-filter-sector="mining"]');
    await mining.click();
    expect(await mining.getAttribute('aria-pressed')).toBe('true');
    expect(await filter.locator('button[data-filter-sector=""]').getAttribute('aria-pressed')).toBe('false');

    const visible = page.locator('.timeline-event:visible');
    const shown = await visible.count();
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThan(total);
    for (const sectors of await visible.evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.sectors ?? ''))) {
      expect(sectors.split(' ')).toContain('mining');
    }
    // Decades without a mining event disappear as well.
    for (const hidden of await page.locator('section.decade[hidden]').all()) expect(await hidden.locator('.timeline-event:not([hidden])').count()).toBe(0);
    const status = filter.locator('[role="status"]');
    expect(await status.getAttribute('aria-live')).toBe('polite');
    expect(await status.textContent()).toBe(`Showing ${shown} of ${total} events`);

    await filter.locator('button[data-filter-sector=""]').click();
    expect(await page.locator('.timeline-event:visible').count()).toBe(total);
    expect(await status.textContent()).toBe(`Showing ${total} of ${total} events`);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('without JavaScript, every event shows and the filter stays hidden', async () => {
    const { page, context } = await h().open('/ja/invest/timeline/', { javaScriptEnabled: false });
    expect(await page.locator('[data-timeline-filter]').isVisible()).toBe(false);
    expect(await page.locator('.timeline-event:visible').count()).toBe(await page.locator('.timeline-event').count());
    await context.close();
  });
});

describe('accessibility of investor pages', () => {
  for (const path of ['/ja/invest/opportunities/kek-bitung/', '/en/invest/opportunities/internship-ssw-pipeline/', '/ja/invest/timeline/', '/id/invest/timeline/', '/ja/invest/guide/', '/en/invest/guide/', '/id/invest/', '/ja/invest/contacts/', '/id/invest/contacts/', '/en/invest/contacts/', '/ja/invest/wages/', '/id/invest/wages/', '/en/invest/wages/', '/ja/invest/compare/', '/id/invest/compare/', '/en/invest/compare/', '/ja/invest/setup/', '/id/invest/setup/', '/en/invest/setup/', '/ja/invest/labour/', '/en/invest/labour/', '/id/about/']) {
    it(`${path} has no axe violations`, async () => {
      const { page, context, consoleErrors, foreignRequests } = await h().open(path);
      expect(await axeViolations(page)).toEqual([]);
      expect(consoleErrors).toEqual([]);
      expect(foreignRequests).toEqual([]);
      await context.close();
    });
  }
});
