import type { AstroIntegration } from 'astro';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { OgCard } from '../lib/og/card';
import { cardRenderer, rendererVersions } from './ogRender';
import { profileMark } from './buildProfile';

/**
 * Social preview images (og:image). Pages name their card's image by a hash of the card (src/data/ogImage.ts);
 * after the build this step finds every image the pages name, copies the ones already in the build cache
 * (<cacheDir>/og/, kept between builds) and draws the rest (src/integrations/ogRender.ts), two at a time so the
 * rasteriser (on libuv's thread pool) overlaps the next card's layout (on the main thread). An image a page names but nobody described fails the build.
 *
 * It logs one line with the cost: images named, drawn, from the cache, and the time drawing took; the same
 * numbers go to <cacheDir>/og/last-build.json, which the benchmark (scripts/bench.mjs) reports.
 */
const META = /<meta property="og:image" content="([^"]+)"/;
const CONCURRENCY = 2;

function htmlFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) htmlFiles(full, out);
    else if (name.endsWith('.html')) out.push(full);
  }
  return out;
}

export interface OgStats {
  pages: number;
  images: number;
  drawn: number;
  cached: number;
  fontsMs: number;
  drawMs: number;
  msPerImage: number | null;
  /** CPU time of drawing (this process, all threads): what the images cost whatever else runs on the machine. */
  cpuMs: number;
  cpuMsPerImage: number | null;
  bytes: number;
}

export default function ogImages(): AstroIntegration {
  let cacheDir = '';
  let root = '';
  return {
    name: 'sulut-atlas:og-images',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        root = fileURLToPath(config.root);
        cacheDir = join(fileURLToPath(config.cacheDir), 'og');
        // How a card is drawn: the template, this renderer and the versions of satori, resvg and the font.
        const renderer = createHash('sha256')
          .update(rendererVersions())
          .update(readFileSync(join(root, 'src/lib/og/card.ts')))
          .update(readFileSync(join(root, 'src/integrations/ogRender.ts')))
          .digest('hex')
          .slice(0, 16);
        updateConfig({ vite: { define: { 'import.meta.env.ATLAS_OG_RENDERER': JSON.stringify(renderer), 'import.meta.env.ATLAS_OG_CACHE': JSON.stringify(cacheDir) } } });
      },
      'astro:build:done': async ({ dir, logger }) => {
        // The benchmark's largest corpora only: drawing 20,000 cards cold takes longer than the run allows, so it
        // builds them with ATLAS_OG_DRAW=0 and reports the images from the sizes that draw them (docs/performance.md).
        if (process.env.ATLAS_OG_DRAW === '0') {
          logger.warn('og images: not drawn (ATLAS_OG_DRAW=0); pages name images that this output lacks');
          return;
        }
        profileMark('og:start');
        const out = fileURLToPath(dir);
        const pages = htmlFiles(out);
        const keys = new Set<string>();
        for (const file of pages) {
          const url = META.exec(readFileSync(file, 'utf8'))?.[1];
          const key = url && /\/og\/([0-9a-f]{20})\.png$/.exec(url)?.[1];
          if (key) keys.add(key);
        }
        mkdirSync(join(out, 'og'), { recursive: true });
        const todo = [...keys].filter((k) => !existsSync(join(cacheDir, `${k}.png`)));
        const missing = todo.filter((k) => !existsSync(join(cacheDir, 'cards', `${k}.json`)));
        if (missing.length > 0) throw new Error(`og:image: ${missing.length} image(s) named by pages but never described, e.g. og/${missing[0]}.png`);

        let fontsMs = 0;
        const started = performance.now();
        const cpuStart = process.cpuUsage();
        if (todo.length > 0) {
          const t0 = performance.now();
          const renderer = cardRenderer();
          fontsMs = performance.now() - t0;
          const queue = [...todo];
          const worker = async () => {
            for (let key = queue.shift(); key; key = queue.shift()) {
              const spool = join(cacheDir, 'cards', `${key}.json`);
              const png = await renderer.render(JSON.parse(readFileSync(spool, 'utf8')) as OgCard);
              writeFileSync(join(cacheDir, `${key}.png`), png);
              rmSync(spool);
            }
          };
          await Promise.all(Array.from({ length: CONCURRENCY }, worker));
        }
        const drawMs = performance.now() - started;
        const cpu = process.cpuUsage(cpuStart);
        const cpuMs = (cpu.user + cpu.system) / 1000;
        let bytes = 0;
        for (const key of keys) {
          copyFileSync(join(cacheDir, `${key}.png`), join(out, 'og', `${key}.png`));
          bytes += statSync(join(out, 'og', `${key}.png`)).size;
        }
        const stats: OgStats = {
          pages: pages.length,
          images: keys.size,
          drawn: todo.length,
          cached: keys.size - todo.length,
          fontsMs: Math.round(fontsMs),
          drawMs: Math.round(drawMs),
          msPerImage: todo.length ? +((drawMs - fontsMs) / todo.length).toFixed(1) : null,
          cpuMs: Math.round(cpuMs),
          cpuMsPerImage: todo.length ? +(cpuMs / todo.length).toFixed(1) : null,
          bytes,
        };
        writeFileSync(join(cacheDir, 'last-build.json'), JSON.stringify(stats, null, 2) + '\n');
        profileMark('og:end');
        logger.info(
          `og images: ${stats.images} for ${stats.pages} pages; ${stats.drawn} drawn in ${(drawMs / 1000).toFixed(1)} s` +
            `${stats.msPerImage === null ? '' : ` (${stats.msPerImage} ms each, fonts ${stats.fontsMs} ms; CPU ${(cpuMs / 1000).toFixed(1)} s, ${stats.cpuMsPerImage} ms each)`}, ${stats.cached} from the cache; ${(bytes / 2 ** 20).toFixed(1)} MB`,
        );
      },
    },
  };
}
