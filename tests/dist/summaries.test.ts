import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UNITS } from '~/schemas/units';
import { pages, page } from '../lib/dist';
import { pagePairProblems, type PairContext, type RawDataset, type RawSource } from '../lib/gates/summaryPairs';
import { LANGS } from '~/i18n/index';

/*
 * Chart summaries compare like with like (issue 12 §1), checked on the built pages against the content JSON,
 * independently of the code that wrote the sentences (tests/lib/gates/summaryPairs.ts; its fixtures show it bites).
 */
const CONTENT = process.env.ATLAS_CONTENT_DIR ?? 'content';
const readJson = (dir: string) => readdirSync(join(CONTENT, dir)).filter((f) => f.endsWith('.json')).map((f) => JSON.parse(readFileSync(join(CONTENT, dir, f), 'utf8')));
const context: PairContext = {
  datasets: new Map(readJson('datasets').map((d: RawDataset) => [d.id, d])),
  sources: new Map(readJson('sources').flat().map((s: RawSource) => [s.id, s])),
  unitKinds: new Map(Object.entries(UNITS).map(([id, u]) => [id, u.kind])),
};

describe('chart summaries on the built site', () => {
  it('state every change between two like observations, named in data-compares', { timeout: 60_000 }, () => {
    let summaries = 0;
    let checked = 0;
    const problems: string[] = [];
    for (const p of pages().filter((x) => x.html.includes('chart-summary'))) {
      const result = pagePairProblems(p.root, context);
      summaries += result.summaries;
      checked += result.checked;
      problems.push(...result.problems.map((m) => `${p.url}: ${m}`));
    }
    expect(problems).toEqual([]);
    // Every dataset page and embed page carries a summary in three languages; some of them state a change.
    expect(summaries).toBeGreaterThanOrEqual(context.datasets.size * 3 * 2);
    expect(checked).toBeGreaterThanOrEqual(30);
  });

  it('records the pair on the pages the issue named', () => {
    for (const lang of LANGS) {
      const metal = page(`/${lang}/data/precious-metal-exports/`).root.querySelector('#chart-precious-metal-exports .chart-summary')!;
      expect(metal.getAttribute('data-compares')).toBe('obs-all-destinations-71-2020-01-2020-01 obs-all-destinations-71-2021-01-2021-01');
      const cargo = page(`/${lang}/data/manado-narita-cargo/`).root.querySelector('.chart-summary')!;
      expect(cargo.getAttribute('data-compares')).toBe('obs-airport-cargo-71-2023-04-2023-04 obs-airport-cargo-71-2024-04-2024-04');
      for (const anchor of cargo.getAttribute('data-compares')!.split(' ')) {
        expect(page(`/${lang}/data/manado-narita-cargo/`).root.getElementById(anchor), `row #${anchor}`).not.toBeNull();
      }
      expect(page(`/${lang}/data/fishery-exports-japan/`).root.querySelector('.chart-summary')!.hasAttribute('data-compares')).toBe(false);
    }
  });
});
