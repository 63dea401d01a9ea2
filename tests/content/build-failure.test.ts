import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyRealContent } from '../fixtures/contentFixture';

/** Runs a real `astro build` over a content folder, into throwaway output and cache folders. */
function build(contentDir: string) {
  const out = mkdtempSync(join(tmpdir(), 'atlas-out-'));
  const cache = mkdtempSync(join(tmpdir(), 'atlas-cache-'));
  const result = spawnSync('npm', ['exec', '--', 'astro', 'build'], {
    encoding: 'utf8',
    env: { ...process.env, ATLAS_CONTENT_DIR: contentDir, ATLAS_OUT_DIR: out, ATLAS_CACHE_DIR: cache, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/*
 * The real content builds in every `npm test` run; here one thing in a copy of it is broken and the
 * build must stop at the content check, naming the file, the field and the reason.
 */
describe('a broken content file fails the real build', () => {
  it('an observation naming an unknown source', { timeout: 120_000 }, () => {
    const root = copyRealContent();
    const file = join(root, 'datasets', 'minimum-wage.json');
    const dataset = JSON.parse(readFileSync(file, 'utf8'));
    dataset.observations[1].source = 'no-such-source';
    writeFileSync(file, JSON.stringify(dataset));
    const { status, output } = build(root);
    expect(status).not.toBe(0);
    expect(output).toMatch(/datasets\/minimum-wage\.json › observations\[1\]\.source: unknown source id "no-such-source"/);
  });

  it('an article whose translation key disagrees with its translations', { timeout: 120_000 }, () => {
    const root = copyRealContent();
    const file = join(root, 'articles', 'ja', 'ina-group-audience-2026.mdx');
    writeFileSync(file, readFileSync(file, 'utf8').replace('translationKey: ina-group-audience-2026', 'translationKey: ina-group-2026'));
    const { status, output } = build(root);
    expect(status).not.toBe(0);
    expect(output).toMatch(/articles\/ja\/ina-group-audience-2026\.mdx › translationKey: "ina-group-2026" disagrees with the file name/);
  });
});
