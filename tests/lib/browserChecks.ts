import type { Page } from 'playwright-core';

/**
 * Browser checks shared by the e2e gates, written as functions of a page so each can be shown to bite on a
 * small fixture (page.setContent) as well as run on the built site.
 */

/** Presses Tab until `selector` has focus; returns how many presses it took, or -1 if never within `max`. */
export async function tabTo(page: Page, selector: string, max = 60): Promise<number> {
  for (let i = 1; i <= max; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return i;
  }
  return -1;
}

/** The skip link is the first Tab stop and Enter on it moves focus to <main id="main">. */
export async function skipLinkProblems(page: Page): Promise<string[]> {
  if ((await tabTo(page, 'a.skip-link', 1)) !== 1) return ['the first Tab stop is not the skip link'];
  await page.keyboard.press('Enter');
  const focused = await page.evaluate(() => document.activeElement?.id ?? '');
  return focused === 'main' ? [] : [`Enter on the skip link focuses "${focused || 'nothing'}", not <main id="main">`];
}

const TOGGLES = 'button[aria-pressed], button[aria-expanded]';

/**
 * Every visible toggle (a button with aria-pressed or aria-expanded) is reached by Tab from the top of the page,
 * and Enter, then Space, changes its state. Returns how many activations were checked and the problems.
 */
export async function toggleProblems(page: Page): Promise<{ checked: number; problems: string[] }> {
  const problems: string[] = [];
  let checked = 0;
  const visible = await page.locator(TOGGLES).evaluateAll((els) =>
    els.flatMap((el, i) => {
      el.setAttribute('data-gate-i', String(i));
      return (el as HTMLElement).offsetParent !== null ? [i] : [];
    }),
  );
  await page.evaluate(() => {
    const w = window as unknown as { gateFocused: Set<number> };
    w.gateFocused = new Set();
    document.addEventListener('focusin', (e) => {
      const i = (e.target as Element).getAttribute?.('data-gate-i');
      if (i !== null && i !== undefined) w.gateFocused.add(Number(i));
    });
    document.body.setAttribute('tabindex', '-1');
    document.body.focus();
    document.body.removeAttribute('tabindex');
  });
  const focusables = await page.locator('a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])').count();
  for (let n = 0; n < focusables + 5; n++) await page.keyboard.press('Tab');
  const reached = await page.evaluate(() => [...(window as unknown as { gateFocused: Set<number> }).gateFocused]);
  for (const i of visible.filter((i) => !reached.includes(i))) {
    problems.push(`toggle "${(await page.locator(`[data-gate-i="${i}"]`).textContent())?.trim()}" is not reachable by Tab`);
  }
  for (const key of ['Enter', 'Space']) {
    for (const i of visible) {
      const button = page.locator(`[data-gate-i="${i}"]`);
      const attr = (await button.getAttribute('aria-pressed')) !== null ? 'aria-pressed' : 'aria-expanded';
      const before = await button.getAttribute(attr);
      // A pressed button in a group stays pressed; only an unpressed one can change.
      if (attr === 'aria-pressed' && before === 'true') continue;
      if (!(await button.isVisible())) continue;
      checked++;
      await button.focus();
      await page.keyboard.press(key);
      const deadline = Date.now() + 2000;
      while ((await button.getAttribute(attr)) === before && Date.now() < deadline) await page.waitForTimeout(50);
      if ((await button.getAttribute(attr)) === before) problems.push(`toggle "${(await button.textContent())?.trim()}": ${key} does not change ${attr}`);
    }
  }
  return { checked, problems };
}

/**
 * Switches the page from the light to the dark colour scheme and reports whether the page's text colour and
 * the chart canvas changed (the chart redraws in its dark palette).
 */
export async function themeSwitch(page: Page, canvas: string): Promise<{ colourChanged: boolean; canvasChanged: boolean }> {
  const snapshot = () =>
    page.evaluate((sel) => ({ colour: getComputedStyle(document.body).color, pixels: (document.querySelector(sel) as HTMLCanvasElement | null)?.toDataURL() ?? '' }), canvas);
  await page.emulateMedia({ colorScheme: 'light' });
  await page.waitForTimeout(100);
  const light = await snapshot();
  await page.emulateMedia({ colorScheme: 'dark' });
  let dark = await snapshot();
  const deadline = Date.now() + 3000;
  while (dark.pixels === light.pixels && Date.now() < deadline) {
    await page.waitForTimeout(100);
    dark = await snapshot();
  }
  return { colourChanged: dark.colour !== light.colour, canvasChanged: light.pixels !== '' && dark.pixels !== light.pixels };
}
