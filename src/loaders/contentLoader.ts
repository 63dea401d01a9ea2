import { relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { defineCollection } from 'astro/content/config';
import type { z } from 'astro/zod';
import type { CollectionSpec } from '../lib/content/collections';
import { forgetContent, loadContent, type ContentTable } from '../lib/content/read';
import { contentRoot } from './contentRoot';

type AstroSchemaOf<S extends CollectionSpec> = S extends { stored: infer T extends z.ZodType } ? T : S['schema'];
type AstroCollections<T extends Record<string, CollectionSpec>> = { [K in keyof T]: { loader: Loader; schema: AstroSchemaOf<T[K]> } };

/** Location and body fields the pass adds to an entry; the data store keeps them apart from the data. */
const PASS_FIELDS = ['file', 'index', 'lang', 'body', 'path', 'figures'] as const;

function storedData(entry: Record<string, unknown>): Record<string, unknown> {
  const data = { ...entry };
  for (const field of PASS_FIELDS) delete data[field];
  return data;
}

/**
 * One collection's loader: it takes its entries from the content pass (src/lib/content/read.ts), which read,
 * parsed and checked every file once for all collections. Nothing is parsed again here (no parseData): the
 * schema given to Astro types the entries. MDX entries are rendered by Astro's MDX integration from their file.
 */
function contentLoader<T extends Record<string, CollectionSpec>>(name: keyof T & string, table: ContentTable<T>): Loader {
  const load: Loader['load'] = async (context) => {
    const { store, config, generateDigest, watcher } = context;
    const root = contentRoot(config.root);
    if (watcher && !watching.has(name)) {
      watching.add(name);
      watcher.add(root);
      watcher.on('all', (event, changed) => {
        if (!changed.startsWith(root + sep)) return;
        // Every collection hears the change; the first forgets the pass, all reload from the one new pass.
        const key = `${event}:${changed}`;
        if (pendingChange !== key) {
          pendingChange = key;
          queueMicrotask(() => (pendingChange = undefined));
          forgetContent(root);
        }
        load(context).catch((error: Error) => context.logger.error(error.message));
      });
    }
    const content = loadContent(root, table);
    const projectRoot = fileURLToPath(config.root);
    store.clear();
    for (const [id, entry] of content[name] as Map<string, Record<string, unknown>>) {
      const data = storedData(entry);
      if (typeof entry.body !== 'string') {
        store.set({ id, data });
        continue;
      }
      store.set({
        id,
        data,
        body: entry.body,
        filePath: relative(projectRoot, entry.path as string).split('\\').join('/'),
        digest: generateDigest(`${JSON.stringify(data)}\n${entry.body}`),
        deferredRender: true,
      });
    }
  };
  return { name: `atlas-${name}`, load };
}

/** Dev server: collections that already listen for changes, and the change being handled now. */
const watching = new Set<string>();
let pendingChange: string | undefined;

/** The Astro collections for the declarations in src/content.config.ts: one loader and schema each. */
export function astroCollections<T extends Record<string, CollectionSpec>>(table: ContentTable<T>): AstroCollections<T> {
  return Object.fromEntries(
    Object.entries(table as T).map(([name, spec]) => [name, defineCollection({ loader: contentLoader(name, table), schema: spec.stored ?? spec.schema })]),
  ) as AstroCollections<T>;
}
