// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';

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
  integrations: [
    mdx(),
    sitemap({
      i18n: { defaultLocale: 'en', locales: { ja: 'ja', id: 'id', en: 'en' } },
      filter: (page) => !page.includes('/embed/'),
    }),
  ],
});
