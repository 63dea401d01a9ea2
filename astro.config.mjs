// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import sitemap from '@astrojs/sitemap';
import buildProfile, { buildProfileEnd } from './src/integrations/buildProfile.ts';
import notFoundPages from './src/integrations/notFoundPages.ts';
import ogImages from './src/integrations/ogImages.ts';
import { LANGS } from './src/i18n/index.ts';
import buildReport, { isKnownHarmlessWarning } from './src/integrations/buildReport.ts';
import { sitemapEntry } from './src/lib/site/sitemapAlternates.ts';
import { siteAddress } from './src/lib/site/siteAddress.ts';
import { siteContact } from './src/lib/site/siteContact.ts';
import { articleBodyPlugins } from './src/lib/content/mdxSafety.ts';

/*
 * SITE_URL is the site's one public address (src/lib/site/siteAddress.ts). Without it the build is for local
 * preview (http://localhost:4321) and warns once; `npm run build:production` refuses to run without it.
 * BASE_PATH serves from a sub-path, e.g. BASE_PATH=/sulut-atlas on GitHub Pages.
 * ATLAS_OUT_DIR builds somewhere other than dist/ (tests build fixtures without touching dist/).
 */
const address = siteAddress(process.env);
// SITE_CONTACT: the desk's contact address (e-mail or https page); checked here so a bad value stops the build at once.
siteContact(process.env);
const site = address.url;
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
  markdown: {
    // No code highlighting: Shiki writes inline styles, which the CSP below forbids (and Astro warns on every
    // build); no article has a code block, and one without colours reads fine.
    syntaxHighlight: false,
    // Article bodies are checked while they compile (MDX inherits this processor): no script, handler or
    // javascript:/data: address gets into a page (src/lib/content/mdxSafety.ts).
    processor: satteri({ mdastPlugins: articleBodyPlugins }),
  },
  vite: {
    build: {
      rolldownOptions: {
        onwarn(warning, warn) {
          if (!isKnownHarmlessWarning(warning)) warn(warning);
        },
      },
    },
  },
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
    // Phase marks for `npm run bench -- --profile` (only when ATLAS_PROFILE is set): first and last.
    buildProfile(),
    mdx(),
    sitemap({
      i18n: { defaultLocale: 'en', locales: { ja: 'ja', id: 'id', en: 'en' } },
      filter: (page) => !page.includes('/embed/') && !/\/404\/?$/.test(page),
      serialize: (entry) => sitemapEntry(entry, new URL(base, site).href),
    }),
    notFoundPages(LANGS),
    ogImages(),
    buildReport({ localPreview: !address.fromEnv }),
    buildProfileEnd(),
  ],
});
