import type { AstroIntegration } from 'astro';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { LANGS } from '../i18n/langs';

/** The languages every build must produce a search index for (one per `<html lang>`). */
const REQUIRED_LANGUAGES: readonly string[] = LANGS;

/**
 * Builds the Pagefind search index after Astro has written the site.
 *
 * Pagefind's Node API never throws: every call returns `{ errors }`. Any error, an empty index or a missing
 * language index fails the build here, so a site without working search is never published.
 * It indexes the folder Astro actually wrote (`dir`), which follows `outDir`/ATLAS_OUT_DIR.
 */
export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'sulut-atlas:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const outputPath = fileURLToPath(new URL('./pagefind/', dir));
        const fail = (step: string, errors: readonly string[]) => {
          throw new Error(`Pagefind ${step} failed: ${errors.join('; ')}`);
        };
        try {
          const { index, errors } = await pagefind.createIndex({
            // Breadcrumbs and pagination sit inside <main> but are navigation, not content.
            excludeSelectors: ['nav', '[role="navigation"]'],
          });
          if (errors.length > 0 || !index) fail('createIndex', errors);
          const added = await index!.addDirectory({ path: site });
          if (added.errors.length > 0) fail('addDirectory', added.errors);
          if (added.page_count === 0) fail('addDirectory', [`no page in ${site} carries data-pagefind-body`]);
          const written = await index!.writeFiles({ outputPath });
          if (written.errors.length > 0) fail('writeFiles', written.errors);

          const entry = JSON.parse(readFileSync(`${outputPath}pagefind-entry.json`, 'utf8')) as {
            languages: Record<string, { page_count: number }>;
          };
          const missing = REQUIRED_LANGUAGES.filter((l) => (entry.languages[l]?.page_count ?? 0) === 0);
          if (missing.length > 0) fail('index check', [`no pages indexed for ${missing.join(', ')} (check <html lang>)`]);
          const counts = Object.entries(entry.languages).map(([l, v]) => `${l} ${v.page_count}`);
          logger.info(`read ${added.page_count} HTML files; indexed pages per language (${counts.join(', ')})`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
