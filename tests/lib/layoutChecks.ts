import type { Page } from 'playwright-core';

/**
 * Layout measurements for the phone e2e gates (issue 15), written as functions of a page so each can be shown
 * to bite on a small fixture (page.setContent) as well as run on the built site.
 */

/** Distance in CSS px from the top of the document to the top of the first element matching `selector`. */
export async function topOf(page: Page, selector: string): Promise<number> {
  const top = await page.evaluate((s) => {
    const el = document.querySelector(s);
    return el ? el.getBoundingClientRect().top + window.scrollY : null;
  }, selector);
  if (top === null) throw new Error(`no element matches ${selector}`);
  return Math.round(top);
}

/** Links matching `selector` whose right edge lies beyond the viewport (hidden behind sideways scrolling). */
export async function linksBeyondViewport(page: Page, selector: string): Promise<{ count: number; beyond: string[] }> {
  return page.evaluate((s) => {
    const links = [...document.querySelectorAll(s)];
    const width = document.documentElement.clientWidth;
    const beyond = links
      .map((a) => ({ text: (a.textContent ?? '').trim(), right: a.getBoundingClientRect().right }))
      .filter((l) => l.right > width + 0.5)
      .map((l) => `"${l.text}" ends at x = ${Math.round(l.right)} (viewport ${width})`);
    return { count: links.length, beyond };
  }, selector);
}

/** Elements matching `selector` (date spans in table cells) whose text runs over more than one line. */
export async function wrappedElements(page: Page, selector: string): Promise<{ count: number; wrapped: string[] }> {
  return page.evaluate((s) => {
    const els = [...document.querySelectorAll(s)].filter((e) => (e as HTMLElement).offsetParent !== null);
    const wrapped = els
      .filter((e) => {
        const range = document.createRange();
        range.selectNodeContents(e);
        const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
        return lines.size > 1;
      })
      .map((e) => (e.textContent ?? '').trim());
    return { count: els.length, wrapped };
  }, selector);
}

/**
 * Text set smaller than `minPx` CSS px, as "tag.class 11.2px: text" (Lighthouse's legibility audit draws the
 * line at 12 px); `chars` counts every character checked, so an empty page cannot pass unnoticed.
 */
export async function smallText(page: Page, minPx: number): Promise<{ chars: number; small: string[] }> {
  return page.evaluate((min) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const small = new Set<string>();
    let chars = 0;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = (node.textContent ?? '').trim();
      const el = node.parentElement;
      if (!text || !el || el.closest('script, style, template')) continue;
      chars += text.length;
      const size = parseFloat(getComputedStyle(el).fontSize);
      if (size < min) small.add(`${el.tagName.toLowerCase()}${[...el.classList].map((c) => `.${c}`).join('')} ${size.toFixed(1)}px: ${text.slice(0, 30)}`);
    }
    return { chars, small: [...small] };
  }, minPx);
}
