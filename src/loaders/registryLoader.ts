import type { Loader } from 'astro/loaders';
import { glob } from 'astro/loaders';
import type { Registry } from '../lib/content/registry';
import { loadContent } from '../lib/content/validate';
import { contentRoot } from './contentRoot';

type Pick = (registry: Registry) => Iterable<{ id: string; data: Record<string, unknown> }>;

/**
 * One collection drawn from the validated registry. Validation happens once for all JSON content
 * (src/lib/content/registry.ts) so cross-file references are checked before any page renders.
 */
export function registryLoader(name: string, pick: Pick): Loader {
  return {
    name: `atlas-${name}`,
    load: async ({ store, config, parseData }) => {
      const registry = loadContent(contentRoot(config.root));
      store.clear();
      for (const { id, data } of pick(registry)) {
        store.set({ id, data: await parseData({ id, data }) });
      }
    },
  };
}

/** MDX articles: our own checks first (one readable line per problem), then Astro's glob loader. */
export function articleLoader(): Loader {
  return {
    name: 'atlas-articles',
    load: async (context) => {
      const root = contentRoot(context.config.root);
      loadContent(root);
      await glob({ pattern: '*/*.mdx', base: `${root}/articles` }).load(context);
    },
  };
}
