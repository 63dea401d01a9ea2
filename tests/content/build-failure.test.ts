import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validContent, writeContent } from '../fixtures/contentFixture';

/** Runs a real `astro build` over a content folder, into a throwaway output folder. */
function build(contentDir: string) {
  const out = mkdtempSync(join(tmpdir(), 'atlas-out-'));
  const result = spawnSync('npm', ['exec', '--', 'astro', 'build'], {
    encoding: 'utf8',
    env: { ...process.env, ATLAS_CONTENT_DIR: contentDir, ATLAS_OUT_DIR: out, ATLAS_CACHE_DIR: join(out, '.cache'), ASTRO_TELEMETRY_DISABLED: '1' },
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

describe('a broken content file fails the real build', () => {
  it('builds the same fixture when it is valid (so the failure below is the content\'s)', { timeout: 120_000 }, () => {
    const { status, output } = build(writeContent(validContent()));
    expect(output).not.toMatch(/Content validation failed/);
    expect(status).toBe(0);
  });

  it('stops with the file, the field and the reason', { timeout: 120_000 }, () => {
    const tree = validContent();
    tree.datasets['wage.json']!.observations[1].source = 'no-such-source';
    const { status, output } = build(writeContent(tree));
    expect(status).not.toBe(0);
    expect(output).toMatch(/datasets\/wage\.json › observations\[1\]\.source: unknown source id "no-such-source"/);
  });
});
