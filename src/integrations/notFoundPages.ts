import type { AstroIntegration } from 'astro';
import { existsSync, renameSync, rmdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * Moves each language's 404 page from `<lang>/404/index.html` (what build.format "directory" writes) to
 * `<lang>/404.html`, the name static hosts look for when they serve the nearest 404 page of a folder.
 * A missing page fails the build: every language must have its own 404 page.
 */
export default function notFoundPages(langs: readonly string[]): AstroIntegration {
  return {
    name: 'sulut-atlas:not-found-pages',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        for (const lang of langs) {
          const from = fileURLToPath(new URL(`./${lang}/404/index.html`, dir));
          const to = fileURLToPath(new URL(`./${lang}/404.html`, dir));
          if (!existsSync(from)) throw new Error(`404 page for "${lang}" was not built (expected ${from})`);
          renameSync(from, to);
          rmdirSync(fileURLToPath(new URL(`./${lang}/404/`, dir)));
        }
        logger.info(`moved ${langs.length} language 404 pages to <lang>/404.html`);
      },
    },
  };
}
