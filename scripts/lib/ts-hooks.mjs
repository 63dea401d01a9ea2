// Lets the desk's scripts (check:content, data:import, freshness, new) run the site's own TypeScript in
// src/lib and src/schemas directly on Node 22 (which strips types itself) without a build: imports in src/ are
// written without extensions and may use the `~/` alias for src/, which Node alone does not resolve.
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dirname, join, resolve as resolvePath } from 'node:path';

const SRC = resolvePath(dirname(fileURLToPath(import.meta.url)), '..', '..', 'src');

function candidate(path) {
  for (const p of [path, `${path}.ts`, join(path, 'index.ts')]) if (existsSync(p) && !p.endsWith('/')) {
    if (p === path && !/\.[cm]?[jt]s$/.test(p)) continue;
    return p;
  }
  return undefined;
}

export async function resolve(specifier, context, next) {
  const parent = context.parentURL?.startsWith('file:') ? fileURLToPath(context.parentURL) : undefined;
  let base;
  if (specifier.startsWith('~/')) base = join(SRC, specifier.slice(2));
  else if (parent && (specifier.startsWith('./') || specifier.startsWith('../')) && parent.endsWith('.ts')) base = resolvePath(dirname(parent), specifier);
  if (base) {
    const found = candidate(base);
    if (found) return { url: pathToFileURL(found).href, shortCircuit: true };
  }
  return next(specifier, context);
}
