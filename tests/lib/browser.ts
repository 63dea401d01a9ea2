import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { startServer } from '../../scripts/lib/static-server.mjs';
import { DIST } from './dist';

/** Flags that keep Chromium off the network (the machine has none) and quiet in CI. */
const ARGS = ['--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-dev-shm-usage'];

export interface Harness {
  browser: Browser;
  server: Server;
  origin: string;
  /** A fresh context (axe needs one) and page, with console errors and off-site requests recorded. */
  open(path: string, options?: { javaScriptEnabled?: boolean; locale?: string; viewport?: { width: number; height: number } }): Promise<OpenPage>;
  close(): Promise<void>;
}

export interface OpenPage {
  context: BrowserContext;
  page: Page;
  consoleErrors: string[];
  foreignRequests: string[];
}

/** A browser and a local server over `root` (the build by default; a fixture folder for the gates' own tests). */
export async function startHarness(root: string = DIST): Promise<Harness> {
  const server: Server = await startServer({ root, port: 0, host: '127.0.0.1' });
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ARGS });
  return {
    browser,
    server,
    origin,
    async open(path, options = {}) {
      const context = await browser.newContext({
        javaScriptEnabled: options.javaScriptEnabled ?? true,
        locale: options.locale ?? 'en-GB',
        viewport: options.viewport ?? { width: 1280, height: 900 },
      });
      const page = await context.newPage();
      const consoleErrors: string[] = [];
      const foreignRequests: string[] = [];
      page.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));
      page.on('pageerror', (e) => consoleErrors.push(e.message));
      page.on('request', (r) => {
        if (!r.url().startsWith(origin) && !r.url().startsWith('data:')) foreignRequests.push(r.url());
      });
      // Recorded above, never sent: the machine has no network, and a test must not try one.
      await context.route((url) => url.origin !== origin && url.protocol !== 'data:', (route) => route.abort());
      await page.goto(origin + path);
      return { context, page, consoleErrors, foreignRequests };
    },
    async close() {
      await browser.close();
      await new Promise((ok) => server.close(ok));
    },
  };
}
