import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { CONTENT } from '../content.config';
import { patternParts, type CollectionSpec } from '../lib/content/collections';

/*
 * Editors get autocompletion and inline errors in content/*.json from JSON Schemas generated out of the Zod
 * schemas (src/schemas/json/, mapped to the files in .vscode/settings.json). They are generated, never edited:
 * when a schema changes, `npm run content:schemas` rewrites them, and this test fails until it has run.
 * MDX frontmatter is not covered (editors do not apply JSON Schemas to frontmatter).
 */
const jsonCollections = Object.entries(CONTENT as Record<string, CollectionSpec>).filter(([, spec]) => spec.entries !== 'mdx');

/** The JSON Schema of a whole file of the collection: a list of entries, or one entry. */
function fileSchema(spec: CollectionSpec): unknown {
  const file = spec.entries === 'list' ? z.array(spec.schema).min(spec.minEntries ?? 1) : spec.schema;
  // What editors write: defaults are optional. Refinements (calendar dates, cross-file rules) stay with the build.
  return z.toJSONSchema(file, { io: 'input', target: 'draft-7' });
}

describe('JSON Schemas for content files', () => {
  it.each(jsonCollections)('%s: src/schemas/json/ holds the schema generated from its Zod schema', async (name, spec) => {
    await expect(`${JSON.stringify(fileSchema(spec), null, 2)}\n`).toMatchFileSnapshot(`json/${name}.schema.json`);
  });

  it('.vscode/settings.json maps every JSON collection’s files to its schema, and nothing else', () => {
    const settings = JSON.parse(readFileSync('.vscode/settings.json', 'utf8')) as { 'json.schemas': { fileMatch: string[]; url: string }[] };
    const expected = jsonCollections.map(([name, spec]) => ({ fileMatch: [`/content/${spec.files}`], url: `./src/schemas/json/${name}.schema.json` }));
    expect(settings['json.schemas']).toEqual(expected);
    expect(jsonCollections.length).toBeGreaterThanOrEqual(9);
    for (const [, spec] of jsonCollections) expect(patternParts(spec.files).extension).toBe('.json');
  });
});
