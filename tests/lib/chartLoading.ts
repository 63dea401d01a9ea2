import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';

/*
 * Issue 19: what a chart page fetches before and after a chart comes into view. Functions of a page (and of
 * the build folder), so tests/e2e/lazyCharts.test.ts can show them biting on a page that loads chart.js eagerly.
 */

/** A string only chart.js's own code holds (its error for a canvas drawn twice): marks the library's chunk. */
export const CHART_JS_MARK = 'Canvas is already in use';

/** The emitted chunk(s) that hold chart.js, as site paths ("/_astro/mountCharts.X.js"). */
export function chartLibraryChunks(dist: string): string[] {
  const dir = join(dist, '_astro');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.js') && readFileSync(join(dir, f), 'utf8').includes(CHART_JS_MARK))
    .map((f) => `/_astro/${f}`);
}

/** Records the site paths of the scripts a page requests from `origin`, from now on. */
export function recordScripts(page: Page, origin: string): string[] {
  const paths: string[] = [];
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (url.origin === origin && (r.resourceType() === 'script' || url.pathname.endsWith('.js'))) paths.push(url.pathname);
  });
  return paths;
}

/** Gzip size (level 9, as the weight gate counts) of the built files behind these site paths. */
export function gzipOfPaths(dist: string, paths: readonly string[]): number {
  return [...new Set(paths)].reduce((n, p) => n + gzipSync(readFileSync(join(dist, p)), { level: 9 }).length, 0);
}

/** Pixels with any opacity on a canvas: 0 for a blank one. */
export async function paintedPixels(page: Page, canvasSelector: string): Promise<number> {
  return page.$eval(canvasSelector, (el) => {
    const canvas = el as HTMLCanvasElement;
    const ctx = canvas.getContext('2d');
    if (!ctx || !canvas.width || !canvas.height) return 0;
    const data = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
    let painted = 0;
    for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) painted++;
    return painted;
  });
}
