import { describe, expect, it } from 'vitest';
import config from '../../../astro.config.mjs';
import { safeMarkupPlugin } from './mdxSafety';

/** The body checks run in the build's own Markdown pipeline (MDX inherits markdown.processor), not only in tests. */
describe('the Markdown pipeline', () => {
  it('installs the article body checks as Sätteri mdast plugins', () => {
    const processor = config.markdown?.processor as { name: string; options: { mdastPlugins: unknown[] } } | undefined;
    expect(processor?.name).toBe('satteri');
    expect(processor?.options.mdastPlugins).toContain(safeMarkupPlugin);
  });
});
