import type { AstroIntegration } from 'astro';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { contentRoot } from '../loaders/contentRoot';
import { loadContent } from '../lib/content/read';
import { CONTENT } from '../content.config';
import { LOCAL_PREVIEW_WARNING } from '../lib/site/siteAddress';

/**
 * What a successful build tells an editor, and nothing more:
 *  - one warning when SITE_URL is not set (the build is for local preview only);
 *  - one line counting the source URLs still on http:// that scripts/https-sources.mjs could not switch
 *    (no https link to the same site in content/), listed in .tmp/http-sources.txt for someone to check.
 */
export default function buildReport(options: { localPreview: boolean }): AstroIntegration {
  let root = '';
  return {
    name: 'sulut-atlas:report',
    hooks: {
      'astro:config:setup': ({ config, logger, command }) => {
        root = fileURLToPath(config.root);
        if (options.localPreview && command === 'build') logger.warn(LOCAL_PREVIEW_WARNING);
      },
      'astro:build:done': ({ logger }) => {
        // The content pass has run for the collections by now; this takes its cached result (no second read).
        const content = loadContent(contentRoot(new URL(`file://${root}/`)), CONTENT);
        const plain = [...content.sources.values()].filter((s) => s.url.startsWith('http://')).sort((a, b) => a.id.localeCompare(b.id));
        const report = join(root, '.tmp', 'http-sources.txt');
        mkdirSync(join(root, '.tmp'), { recursive: true });
        writeFileSync(report, plain.map((s) => `${s.file} › ${s.id}: ${s.url}`).join('\n') + (plain.length ? '\n' : ''));
        logger.info(`${plain.length} source URL(s) still use http:// (no https link to the same site found): listed in .tmp/http-sources.txt`);
      },
    },
  };
}

/**
 * Vite/Rolldown warnings that say nothing an editor or developer can act on, dropped where they are raised
 * (build.rolldownOptions.onwarn), by code and exact cause, so any other warning still prints:
 *  - MODULE_LEVEL_DIRECTIVE for "use astro:head-inject": Astro's content-assets plugin
 *    (astro/dist/content/vite-plugin-content-assets.js) writes that directive into the `?astroPropagatedAssets`
 *    module of every MDX entry as a marker for head propagation; Rolldown warns that it cannot keep a
 *    non-standard directive when bundling, which is harmless because Astro has read it by then. One warning of
 *    ten lines per article (330 lines for 33 articles). Upstream: withastro/astro issue 18087.
 */
export function isKnownHarmlessWarning(warning: { code?: string; message?: string }): boolean {
  return warning.code === 'MODULE_LEVEL_DIRECTIVE' && (warning.message ?? '').includes('"use astro:head-inject"');
}
