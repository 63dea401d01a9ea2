import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyRealContent } from '../fixtures/contentFixture';
import { buildFixture as build } from '../lib/fixtureBuild';

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

  it('an article whose date disagrees with its translations', { timeout: 120_000 }, () => {
    const root = copyRealContent();
    const file = join(root, 'articles', 'ja', 'ina-group-audience-2026.mdx');
    writeFileSync(file, readFileSync(file, 'utf8').replace("date: '2026-02-11'", "date: '2026-02-12'"));
    const { status, output } = build(root);
    expect(status).not.toBe(0);
    expect(output).toMatch(/articles\/ja\/ina-group-audience-2026\.mdx › date: "2026-02-12" disagrees with "2026-02-11" in its translation/);
  });

  // Issue 11 §2–§4: each bad input is one readable line (file, field or line, reason); nothing else is printed
  // about them: no stack trace, no "Location:", no follow-on "unknown …" lines from files that cite them.
  it('several bad inputs at once: one line each, no stack, no cascade', { timeout: 180_000 }, () => {
    const root = copyRealContent();
    const edit = (path: string, change: (text: string) => string) => writeFileSync(join(root, path), change(readFileSync(join(root, path), 'utf8')));
    edit('datasets/minimum-wage.json', (t) => t.replace(/"lastVerified": "[^"]+"/, '"lastVerified": "2026-02-30"'));
    edit('datasets/grdp-growth.json', (t) => JSON.stringify({ ...JSON.parse(t), valueRange: undefined }, null, 2));
    edit('sources/economy-data.json', (t) => `\uFEFF${t}`);
    edit('articles/en/ina-group-audience-2026.mdx', (t) => `${t.trimEnd()}\n\n[click](javascript:alert(1))\n\n<script>alert(1)</script>\n`);
    renameSync(join(root, 'datasets', 'population.json'), join(root, 'datasets', 'population.JSON'));
    const { status, output } = build(root);
    expect(status).not.toBe(0);
    const lines = output.split('\n').filter((l) => /^\s+- /.test(l));
    expect(lines).toHaveLength(6);
    expect(lines).toEqual(expect.arrayContaining([
      expect.stringMatching(/datasets\/population\.JSON: the extension must be exactly "\.json"/),
      expect.stringMatching(/sources\/economy-data\.json: starts with a byte-order mark \(U\+FEFF\): remove the byte-order mark/),
      expect.stringMatching(/datasets\/grdp-growth\.json › observations\[\d+\]\.value: -0\.99 is below 0, the lowest allowed for a percent value/),
      expect.stringMatching(/datasets\/minimum-wage\.json › lastVerified: "2026-02-30" does not exist: February 2026 has days 01–28/),
      expect.stringMatching(/articles\/en\/ina-group-audience-2026\.mdx:\d+: a link to a javascript: address is not allowed/),
      expect.stringMatching(/articles\/en\/ina-group-audience-2026\.mdx:\d+: <script> is not allowed in an article body/),
    ]));
    expect(output).not.toMatch(/Stack trace|Location:|\s+at \S+ \(|unknown dataset|unknown source/);
  });
});
