import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
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

/**
 * A harness for one test file: started before its first test, closed after its last.
 * @example const h = useHarness(); it('…', async () => { const { page } = await h().open('/en/'); });
 */
export function useHarness(root?: string): () => Harness {
  let harness: Harness | undefined;
  beforeAll(async () => {
    harness = await startHarness(root);
  });
  afterAll(async () => {
    await harness?.close();
  });
  return () => {
    if (!harness) throw new Error('useHarness: the harness starts in beforeAll; call h() inside a test');
    return harness;
  };
}

/** The WCAG 2.2 AA tag set of the accessibility gate (docs/quality.md); every axe check uses it. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * axe-core's violations on a page (or inside `scope`, a selector), one line each: rule id, impact and the first
 * offending selectors. The page must come from browser.newContext() (Harness.open does that).
 */
export async function axeViolations(page: Page, scope?: string): Promise<string[]> {
  const builder = new AxeBuilder({ page }).withTags(AXE_TAGS);
  const result = await (scope ? builder.include(scope) : builder).analyze();
  return result.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
}
