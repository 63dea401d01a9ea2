import { fileURLToPath } from 'node:url';
import { isAbsolute, resolve } from 'node:path';

/**
 * Where content lives. ATLAS_CONTENT_DIR points a build at another folder; the tests use it to build
 * small broken fixtures and the benchmark to build synthetic corpora.
 */
export function contentRoot(projectRoot: URL): string {
  const override = process.env.ATLAS_CONTENT_DIR;
  const root = fileURLToPath(projectRoot);
  if (override) return isAbsolute(override) ? override : resolve(root, override);
  return resolve(root, 'content');
}
