import type { Page } from 'playwright-core';

/**
 * Figures that would print empty: under print media, every chart figure that is displayed must show either its
 * table or a canvas with drawn pixels, and every <svg> it shows must have drawn shapes. Returns the checked count
 * and one line per empty figure. Written against a page so tests/e2e/print.test.ts can prove it on a fixture.
 */
export async function emptyPrintedFigures(page: Page): Promise<{ checked: number; empty: string[] }> {
  await page.emulateMedia({ media: 'print' });
  const result = await page.evaluate(() => {
    const empty: string[] = [];
    let checked = 0;
    const shown = (el: Element) => (el as HTMLElement).offsetParent !== null || getComputedStyle(el).position === 'fixed';
    for (const figure of document.querySelectorAll('figure')) {
      if (!shown(figure)) continue;
      checked++;
      const name = figure.id || figure.querySelector('figcaption, h2, h3')?.textContent?.trim() || 'figure';
      const table = figure.querySelector('table');
      if (table && shown(table) && table.querySelectorAll('td').length > 0) continue;
      const canvas = [...figure.querySelectorAll('canvas')].find(shown);
      const svg = [...figure.querySelectorAll('svg')].find(shown);
      if (canvas) {
        const ctx = canvas.getContext('2d');
        const data = canvas.width && canvas.height && ctx ? ctx.getImageData(0, 0, canvas.width, canvas.height).data : new Uint8ClampedArray();
        let painted = 0;
        for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) painted++;
        if (painted < 100) empty.push(`${name}: canvas ${canvas.width}×${canvas.height} has ${painted} painted pixels`);
      } else if (svg) {
        if (svg.querySelectorAll('path, rect, circle, line, polyline, polygon, text').length === 0) empty.push(`${name}: empty svg`);
      } else empty.push(`${name}: nothing to print (no table, canvas or svg shown)`);
    }
    return { checked, empty };
  });
  await page.emulateMedia({ media: 'screen' });
  return result;
}

/** Pages in a PDF that Chromium wrote (its page objects are plain dictionaries). */
export function pdfPageCount(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g)?.length ?? 0;
}
