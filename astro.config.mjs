// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import pagefind from './src/integrations/pagefind.ts';
import notFoundPages from './src/integrations/notFoundPages.ts';
import { LANGS } from './src/i18n/index.ts';
import { sitemapEntry } from './src/lib/site/sitemapAlternates.ts';

/*
 * SITE_URL and BASE_PATH let one build serve from any host: the defaults suit `npm start` on
 * http://localhost:4321; GitHub Pages under a project path needs e.g. BASE_PATH=/sulut-atlas.
 * ATLAS_OUT_DIR builds somewhere other than dist/ (tests build fixtures without touching dist/).
 */
const site = process.env.SITE_URL ?? 'http://localhost:4321';
const base = process.env.BASE_PATH ?? '/';
const outDir = process.env.ATLAS_OUT_DIR ?? './dist';

export default defineConfig({
  site,
  base,
  outDir,
  cacheDir: process.env.ATLAS_CACHE_DIR ?? './node_modules/.astro',
  trailingSlash: 'ignore',
  build: { format: 'directory' },
  compressHTML: true,
  devToolbar: { enabled: false },
  /*
   * Content-Security-Policy as a <meta> on every page (docs/quality.md). Astro hashes the inline scripts
   * and styles it emits, so neither script-src nor style-src needs 'unsafe-inline'. 'wasm-unsafe-eval'
   * lets Pagefind run its WebAssembly search (it allows WebAssembly compilation, not JS eval).
   * frame-ancestors cannot be set from a <meta>; public/_headers sends it (and the rest) as HTTP headers.
   */
  security: {
    csp: {
      directives: ["default-src 'self'", "img-src 'self' data:", "object-src 'none'", "base-uri 'self'", "form-action 'self'", "worker-src 'self' blob:"],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
  integrations: [
    mdx(),
    sitemap({
      i18n: { defaultLocale: 'en', locales: { ja: 'ja', id: 'id', en: 'en' } },
      filter: (page) => !page.includes('/embed/') && !/\/404\/?$/.test(page),
      serialize: (entry) => sitemapEntry(entry, new URL(base, site).href),
    }),
    notFoundPages(LANGS),
    pagefind(),
  ],
});
