import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const PROJECT = process.cwd();
/** Project files a build needs; the collections come from ATLAS_CONTENT_DIR (content/ for content/geo imports). */
const PROJECT_FILES = ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'public', 'scripts', 'content'];

/**
 * A real `npm run build` (Astro, then the search index) of a (small) content folder in a private copy of the project: Astro keeps its prerender
 * chunks in <project>/.astro/, so two builds of one folder at the same time (another test file, or anyone's
 * build) would break each other. Output and cache go to fresh temporary folders (the cache must not be inside
 * the output: Astro empties outDir first, and with it the content data store). `env` adds variables such as
 * SOURCE_DATE_EPOCH. The one way tests/sites/ builds a site.
 */
export function buildFixture(contentDir: string, env: Record<string, string> = {}) {
  const project = mkdtempSync(join(tmpdir(), 'atlas-project-'));
  for (const name of PROJECT_FILES) if (existsSync(join(PROJECT, name))) cpSync(join(PROJECT, name), join(project, name), { recursive: true });
  symlinkSync(join(PROJECT, 'node_modules'), join(project, 'node_modules'));
  const out = mkdtempSync(join(tmpdir(), 'atlas-out-'));
  const cache = mkdtempSync(join(tmpdir(), 'atlas-cache-'));
  const result = spawnSync('npm', ['run', 'build'], {
    cwd: project,
    encoding: 'utf8',
    env: { ...process.env, ATLAS_CONTENT_DIR: contentDir, ATLAS_OUT_DIR: out, ATLAS_CACHE_DIR: cache, ASTRO_TELEMETRY_DISABLED: '1', ...env },
  });
  rmSync(project, { recursive: true, force: true });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}`, out };
}
