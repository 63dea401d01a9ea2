// `npm run screenshots`: pictures of the home page, one hub and one dataset page in Japanese at 375 px and
// 1366 px, written to docs/screenshots/ so layout changes can be reviewed visually in a diff.
// Uses Debian's Chromium (CHROMIUM_PATH overrides) and builds the site first if dist/ is missing.
//
// Japanese text needs a Japanese font. Readers' systems have one; a bare Linux machine may not, and would
// draw empty boxes. So when @fontsource/noto-sans-jp is installed (a build-time dependency of the preview
// images), its files are lent to the browser for the screenshots only; SCREENSHOT_FONT_DIR points at another
// copy of that package. Without either, the script says so and uses whatever fonts the system has.
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { chromium } from 'playwright-core';
import { startServer } from './lib/static-server.mjs';

const OUT = 'docs/screenshots';
const PAGES = [
  { name: 'home', path: '/ja/' },
  { name: 'hub-fisheries', path: '/ja/fisheries/' },
  { name: 'dataset-minimum-wage', path: '/ja/data/minimum-wage/' },
];
/** Width and the height of the picture: the first two screens on a phone, the first screen and a half on a laptop. */
const SIZES = [
  { width: 375, height: 812, shot: 1624 },
  { width: 1366, height: 768, shot: 1152 },
];

const browserPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(browserPath)) {
  console.error(`Chromium not found at ${browserPath}: install it with "sudo apt-get install chromium" or set CHROMIUM_PATH.`);
  process.exit(1);
}
if (!existsSync('dist/index.html')) {
  const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

function fontDir() {
  if (process.env.SCREENSHOT_FONT_DIR) return process.env.SCREENSHOT_FONT_DIR;
  try {
    return dirname(createRequire(import.meta.url).resolve('@fontsource/noto-sans-jp/400.css'));
  } catch {
    return undefined;
  }
}
const fonts = fontDir();
if (!fonts) console.warn('screenshots: @fontsource/noto-sans-jp is not installed; Japanese text uses the system fonts (boxes if it has none).');
const FONT_PREFIX = '/__screenshot-fonts/';
const fontCss = fonts
  ? ['400', '700'].map((w) => readFileSync(join(fonts, `${w}.css`), 'utf8').replaceAll('url(./files/', `url(${FONT_PREFIX}`)).join('\n')
  : '';

mkdirSync(OUT, { recursive: true });
const server = await startServer({ root: 'dist', port: 0, host: '127.0.0.1' });
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({ executablePath: browserPath, args: ['--disable-gpu', '--no-first-run'] });
try {
  for (const size of SIZES) {
    // bypassCSP lets the lent font in; the pages themselves are served exactly as built.
    const context = await browser.newContext({ viewport: { width: size.width, height: size.height }, locale: 'ja-JP', bypassCSP: true });
    await context.route(`${origin}${FONT_PREFIX}**`, (route) =>
      route.fulfill({ path: join(fonts, 'files', new URL(route.request().url()).pathname.slice(FONT_PREFIX.length)), contentType: 'font/woff2' }),
    );
    await context.route((url) => url.origin !== origin, (route) => route.abort());
    const page = await context.newPage();
    for (const p of PAGES) {
      await page.goto(origin + p.path, { waitUntil: 'networkidle' });
      if (fontCss) {
        await page.addStyleTag({ content: `${fontCss}\n:root { --font-ja: "Noto Sans JP", sans-serif; }` });
        await page.evaluate(() => document.fonts.ready);
        await page.waitForLoadState('networkidle');
      }
      const height = Math.min(size.shot, await page.evaluate(() => document.documentElement.scrollHeight));
      const file = `${OUT}/${p.name}-${size.width}.png`;
      await page.screenshot({ path: file, fullPage: true, clip: { x: 0, y: 0, width: size.width, height }, animations: 'disabled' });
      console.log(`${file} (${size.width}×${height})`);
    }
    await context.close();
  }
} finally {
  await browser.close();
  server.close();
}
