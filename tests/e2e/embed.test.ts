import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIST, SITE } from '../lib/dist';
import { startHarness, type Harness } from '../lib/browser';
import { sourceLineProblems } from '../lib/embedChecks';

/*
 * Issue 15: a chart embedded in another site with the code the dataset page offers (iframe + resize script)
 * fits its frame at a phone's and a laptop's width, and its source line is inside the frame's visible box.
 * The host page is served from another origin, as a newspaper's would be.
 */
const DATASET = 'minimum-wage';
const WIDTHS = [375, 1366];

let h: Harness;
let host: Server;
let hostOrigin: string;
const hostPages = new Map<string, string>();

/** The embed code as a reader copies it from the dataset page, pointed at the test server. */
function embedCode(lang: string, id: string): string {
  const html = readFileSync(join(DIST, lang, 'data', id, 'index.html'), 'utf8');
  const code = /<details class="embed"[^>]*>[\s\S]*?<pre[^>]*><code[^>]*>([\s\S]*?)<\/code><\/pre>/.exec(html)?.[1];
  if (!code) throw new Error(`no embed code on /${lang}/data/${id}/`);
  const text = code.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
  return text.split(SITE.replace(/\/$/, '')).join(h.origin);
}

function hostPage(body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Host</title></head>
<body style="margin:0;font-family:serif"><main style="max-width:46rem;margin:0 auto;padding:16px"><h1>A newspaper story</h1><p>Text before the chart.</p>${body}<p>Text after the chart.</p></main></body></html>`;
}

beforeAll(async () => {
  h = await startHarness();
  host = createServer((req, res) => {
    const page = hostPages.get(req.url ?? '');
    if (req.url === '/favicon.ico') return void res.writeHead(204).end();
    res.writeHead(page ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' });
    res.end(page ?? 'not found');
  });
  await new Promise<void>((ok) => host.listen(0, '127.0.0.1', ok));
  // "localhost" and "127.0.0.1" are different origins: the host is another site to the browser.
  hostOrigin = `http://localhost:${(host.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await h?.close();
  await new Promise((ok) => host?.close(ok));
});

async function openHost(browser: Browser, path: string, width: number): Promise<{ page: Page; errors: string[]; close: () => Promise<void> }> {
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(hostOrigin + path);
  return { page, errors, close: () => context.close() };
}

/** Waits until the iframe's height is the embed's content height and stays so (the chart has drawn). */
async function fitted(page: Page, selector: string): Promise<number> {
  const frame = (await (await page.$(selector))!.contentFrame())!;
  await frame.waitForSelector('[data-chart-figure][data-drawn="true"]');
  let last = -1;
  for (let i = 0; i < 40; i++) {
    const [outer, inner] = await Promise.all([
      page.$eval(selector, (f) => f.getBoundingClientRect().height),
      frame.evaluate(() => Math.ceil(document.body.getBoundingClientRect().height)),
    ]);
    if (Math.abs(outer - inner) <= 1 && outer === last) return outer;
    last = outer;
    await page.waitForTimeout(100);
  }
  throw new Error(`${selector} never took the height of its chart (last ${last} px)`);
}

describe('embedded chart on another site', () => {
  for (const lang of ['en', 'ja']) {
    for (const width of WIDTHS) {
      it(`${lang}: fits its frame at ${width} px and shows the source line inside it`, async () => {
        const path = `/story-${lang}-${width}.html`;
        hostPages.set(path, hostPage(embedCode(lang, DATASET)));
        const { page, errors, close } = await openHost(h.browser, path, width);
        const height = await fitted(page, 'iframe');
        expect(height, 'the frame is no longer its 640 px default').not.toBe(640);
        const frame = (await (await page.$('iframe'))!.contentFrame())!;
        expect(await sourceLineProblems(frame)).toEqual([]);
        // Licence and link back are part of the source line, so they are in view too.
        expect(await frame.locator('[data-chart-source] .licence').isVisible()).toBe(true);
        expect(await frame.locator(`[data-chart-source] a[href$="/${lang}/data/${DATASET}/"]`).count()).toBe(1);
        // Switching to the table changes the height; the frame follows.
        await frame.click('[data-view-button="table"]');
        await page.waitForFunction((h0) => document.querySelector('iframe')!.getBoundingClientRect().height !== h0, height);
        const table = await frame.evaluate(() => Math.ceil(document.body.getBoundingClientRect().height));
        await page.waitForFunction((t) => Math.abs(document.querySelector('iframe')!.getBoundingClientRect().height - t) <= 1, table);
        expect(await sourceLineProblems(frame)).toEqual([]);
        expect(errors).toEqual([]);
        await close();
      });
    }
  }

  it('keeps the source line in view in a frame left too short (a host without the resize script)', async () => {
    const path = '/no-script.html';
    const iframe = /<iframe[^>]*><\/iframe>/.exec(embedCode('en', DATASET))![0].replace('height="640"', 'height="360"');
    hostPages.set(path, hostPage(iframe));
    const { page, close } = await openHost(h.browser, path, 375);
    const frame = (await (await page.$('iframe'))!.contentFrame())!;
    await frame.waitForSelector('[data-chart-source]');
    const inView = await frame.evaluate(() => {
      const r = document.querySelector('[data-chart-source]')!.getBoundingClientRect();
      return r.top >= 0 && r.bottom <= innerHeight + 0.5;
    });
    expect(inView).toBe(true);
    await close();
  });

  it('resizes only its own frames, and only for a well-formed height', async () => {
    const path = '/foreign.html';
    const ours = embedCode('en', DATASET);
    // A frame that is not ours posts a valid-looking message; it must keep its height.
    const foreign = `<iframe id="foreign" height="150" srcdoc="<script>parent.postMessage({type:'sulut-atlas:embed-height',height:900},'*')<\/script>"></iframe>`;
    hostPages.set(path, hostPage(ours.replace('<iframe ', '<iframe id="ours" ') + foreign));
    const { page, close } = await openHost(h.browser, path, 1366);
    const height = await fitted(page, '#ours');
    expect(await page.$eval('#foreign', (f) => (f as HTMLElement).style.height), 'a frame that is not ours keeps its height').toBe('');
    // Our own frame sending malformed heights changes nothing.
    const frame = (await (await page.$('#ours'))!.contentFrame())!;
    await frame.evaluate(() => {
      for (const height of ['2000', 99_999, -5, Number.NaN]) parent.postMessage({ type: 'sulut-atlas:embed-height', height }, '*');
      parent.postMessage({ type: 'other', height: 2000 }, '*');
    });
    await page.waitForTimeout(300);
    expect(await page.$eval('#ours', (f) => f.getBoundingClientRect().height)).toBe(height);
    await close();
  });

  it('the source-line check bites: a line below a too-short frame is reported', async () => {
    const path = '/cut.html';
    const doc = '<div style=&quot;height:900px&quot;>chart</div><p data-chart-source>Source: x</p>';
    hostPages.set(path, hostPage(`<iframe id="cut" height="300" srcdoc="${doc}"></iframe>`));
    const { page, close } = await openHost(h.browser, path, 375);
    const frame = (await (await page.$('#cut'))!.contentFrame())!;
    await frame.waitForSelector('[data-chart-source]', { state: 'attached' });
    const problems = await sourceLineProblems(frame);
    expect(problems.some((p) => p.includes('outside the frame'))).toBe(true);
    expect(problems.some((p) => p.includes('cut off'))).toBe(true);
    expect(await sourceLineProblems(frame, '.nothing')).toEqual(['0 source lines (expected 1)']);
    await close();
  });
});
