import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const PROJECT = process.cwd();
/** Project files an Astro run needs; the content comes from ATLAS_CONTENT_DIR. */
const PROJECT_FILES = ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'public'];

/** The fixture sites' content roots (tests/fixtures/sites/<name>/content), small folders, not copies of content/. */
export const fixtureSite = (name: string): string => resolve(PROJECT, 'tests/fixtures/sites', name, 'content');

export interface AstroRun {
  status: number | null;
  /** stdout and stderr together, as a person running the command sees them. */
  output: string;
  /** The output folder (for `build`). */
  out: string;
}

/**
 * Runs `astro <command>` over a content root in a private copy of the project: Astro keeps generated files in
 * <project>/.astro/, so two runs in one folder at the same time (another test file, or anyone's build) break each
 * other. Output and cache go to fresh temporary folders (the cache must not sit inside the output folder: Astro
 * empties outDir first, and with it the content data store).
 */
export function runAstro(command: 'build' | 'sync', contentDir: string, env: Record<string, string> = {}): AstroRun {
  const project = mkdtempSync(join(tmpdir(), 'atlas-project-'));
  for (const name of PROJECT_FILES) if (existsSync(join(PROJECT, name))) cpSync(join(PROJECT, name), join(project, name), { recursive: true });
  symlinkSync(join(PROJECT, 'node_modules'), join(project, 'node_modules'));
  const out = mkdtempSync(join(tmpdir(), 'atlas-out-'));
  const cache = mkdtempSync(join(tmpdir(), 'atlas-cache-'));
  const result = spawnSync('npm', ['exec', '--', 'astro', command], {
    cwd: project,
    encoding: 'utf8',
    env: { ...process.env, ATLAS_CONTENT_DIR: contentDir, ATLAS_OUT_DIR: out, ATLAS_CACHE_DIR: cache, ASTRO_TELEMETRY_DISABLED: '1', ...env },
  });
  rmSync(project, { recursive: true, force: true });
  rmSync(cache, { recursive: true, force: true });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}`, out };
}
