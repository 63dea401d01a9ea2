import { describe, expect, it } from 'vitest';
import { isKnownHarmlessWarning } from '~/integrations/buildReport';
import { LOCAL_PREVIEW_WARNING } from '~/lib/site/siteAddress';
import { plainLog, unexpectedWarnings, warningLines } from './buildLog';

/** Lines as the build printed them before issue 11: one MODULE_LEVEL_DIRECTIVE block per article, the Shiki note. */
const NOISY = `
23:51:28 [WARN] [config] Shiki syntax highlighting uses inline styles that are not compatible with Content Security Policy (CSP).
23:51:29 [content] Syncing content
23:51:31 [WARN] [vite] \x1b[33m[MODULE_LEVEL_DIRECTIVE] \x1b[0mThe semantics of the module level directive "use astro:head-inject" in "content/articles/en/x.mdx?astroPropagatedAssets" may not be preserved when bundling.
   ╭─[ content/articles/en/x.mdx?astroPropagatedAssets:2:6 ]
   │ Help: For more information, see https://rolldown.rs/in-depth/directives#other-directives
23:51:39 [build] 425 page(s) built in 11.69s
`;

describe('build log warning gate', () => {
  it('finds the warnings in a noisy build log (the fixture: the build before issue 11)', () => {
    expect(warningLines(NOISY)).toHaveLength(2);
    expect(unexpectedWarnings(NOISY, [LOCAL_PREVIEW_WARNING])).toHaveLength(2);
  });

  it('excuses only the expected lines', () => {
    const log = `00:01:22 [WARN] [sulut-atlas:report] ${LOCAL_PREVIEW_WARNING}\n00:01:35 [build] Complete!\n`;
    expect(warningLines(log)).toHaveLength(1);
    expect(unexpectedWarnings(log, [LOCAL_PREVIEW_WARNING])).toEqual([]);
  });
});

describe('a build log written with colours forced on (as in CI)', () => {
  const coloured = `\x1b[2m03:00:39\x1b[22m \x1b[33m[WARN]\x1b[39m [sulut-atlas:report] ${LOCAL_PREVIEW_WARNING}\n\x1b[2m03:00:39\x1b[22m \x1b[34m[build]\x1b[39m \x1b[1mComplete!\x1b[22m\n`;
  it('still reads as complete once the escape codes are removed', () => {
    expect(coloured).not.toMatch(/\[build\] Complete!/);
    expect(plainLog(coloured)).toMatch(/\[build\] Complete!/);
    expect(warningLines(coloured)).toHaveLength(1);
  });
});

describe('the Rolldown warning filter', () => {
  it('drops only the head-propagation directive warning', () => {
    expect(isKnownHarmlessWarning({ code: 'MODULE_LEVEL_DIRECTIVE', message: 'The semantics of the module level directive "use astro:head-inject" in "x.mdx?astroPropagatedAssets" may not be preserved when bundling.' })).toBe(true);
    expect(isKnownHarmlessWarning({ code: 'MODULE_LEVEL_DIRECTIVE', message: 'The semantics of the module level directive "use client" in "x.js" may not be preserved.' })).toBe(false);
    expect(isKnownHarmlessWarning({ code: 'CIRCULAR_DEPENDENCY', message: '"use astro:head-inject"' })).toBe(false);
  });
});
