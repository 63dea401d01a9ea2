import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtureSite, runAstro } from '../lib/fixtureSite';

const walk = (dir: string): string[] => readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? walk(join(dir, n)) : [join(dir, n)]));

/**
 * Content enters one way (issue 14 §1): Astro's content sync over a fixture site reads every content file once,
 * with a tracer (tests/lib/readTracer.mjs) counting reads by any code in the process: our content pass, Astro's
 * loaders, Vite. A second reader (a glob() loader beside the pass, a module importing content/geo) shows as 2.
 */
describe('a content sync reads each content file once', () => {
  it('every JSON and MDX file of the small fixture site, exactly once', { timeout: 120_000 }, () => {
    const site = fixtureSite('small');
    const log = join(mkdtempSync(join(tmpdir(), 'atlas-reads-')), 'reads.jsonl');
    const run = runAstro('sync', site, { ATLAS_READ_LOG: log, NODE_OPTIONS: `--import=${resolve('tests/lib/readTracer.mjs')}` });
    expect(run.output).not.toMatch(/error/i);
    expect(run.status).toBe(0);
    const counts: Record<string, number> = {};
    for (const line of existsSync(log) ? readFileSync(log, 'utf8').trim().split('\n') : []) {
      for (const [path, n] of Object.entries(JSON.parse(line) as Record<string, number>)) counts[path] = (counts[path] ?? 0) + n;
    }
    const files = walk(site).filter((f) => /\.(json|mdx)$/.test(f)).sort();
    expect(files.length).toBeGreaterThanOrEqual(20);
    expect(Object.keys(counts).sort()).toEqual(files);
    expect(Object.entries(counts).filter(([, n]) => n !== 1)).toEqual([]);
  });
});
