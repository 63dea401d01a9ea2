import { describe, expect, it } from 'vitest';
import { useHarness } from '../lib/browser';
import { LANGS } from '~/i18n/index';

const h = useHarness();

describe('home pages and language switching', () => {
  for (const lang of LANGS) {
    it(`/${lang}/ renders in ${lang} with no console errors and no off-site requests`, async () => {
      const { page, context, consoleErrors, foreignRequests } = await h().open(`/${lang}/`);
      expect(await page.getAttribute('html', 'lang')).toBe(lang);
      expect(await page.locator('h1').count()).toBe(1);
      expect(await page.locator('.site-header nav.sections a').count()).toBe(8);
      expect(consoleErrors).toEqual([]);
      expect(foreignRequests).toEqual([]);
      await context.close();
    });
  }

  it('the switcher moves from a Japanese dataset page to the same page in Indonesian', async () => {
    const { page, context } = await h().open('/ja/data/minimum-wage/');
    await page.locator('.lang-switcher a[hreflang="id"]').click();
    await page.waitForURL('**/id/data/minimum-wage/');
    expect(await page.getAttribute('html', 'lang')).toBe('id');
    // The unit sits in the column header; the cell holds the number as Indonesian writes it.
    expect(await page.locator('#observations table data[value="4002630"]').first().textContent()).toBe('4.002.630');
    await context.close();
  });

  it('the root chooser works without JavaScript and hints the browser language with it', async () => {
    const noJs = await h().open('/', { javaScriptEnabled: false });
    expect(await noJs.page.locator('a[hreflang]').count()).toBe(3);
    expect(await noJs.page.locator('.lang-hint:not([hidden])').count()).toBe(0);
    await noJs.context.close();

    const withJs = await h().open('/', { locale: 'ja-JP' });
    await withJs.page.waitForSelector('a[data-lang="ja"][data-suggested]');
    expect(await withJs.page.locator('a[data-lang="ja"] .lang-hint').isVisible()).toBe(true);
    await withJs.context.close();
  });

  it('keyboard: the skip link is the first stop and moves focus to the main content', async () => {
    const { page, context } = await h().open('/en/');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.className)).toContain('skip-link');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await context.close();
  });
});
