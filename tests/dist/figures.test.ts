import { describe, expect, it } from 'vitest';
import { checkFigures } from '~/lib/data/figureCheck';
import { internalTarget, pages } from '../lib/dist';

// Every number a reader sees in prose comes from a dataset (rules in src/lib/data/figureCheck.ts).
describe('figure check', () => {
  it('no unsourced number in article, sector or hub prose', { timeout: 60_000 }, () => {
    const checked = pages().filter((p) => p.html.includes('data-figure-check') || p.html.includes('class="prose'));
    expect(checked.length).toBeGreaterThan(0);
    const problems = checked.flatMap((p) => checkFigures(p.html).map((f) => `${p.url}: "${f.number}" in "${f.context}"`));
    expect(problems).toEqual([]);
  });

  it('every <Fig> links to an existing row on its dataset page', { timeout: 60_000 }, () => {
    const all = pages();
    const byUrl = new Map(all.map((p) => [p.url, p]));
    const problems: string[] = [];
    for (const p of all.filter((x) => x.html.includes('class="fig"'))) {
      for (const a of p.root.querySelectorAll('.fig .fig-ref a[title]')) {
        const href = a.getAttribute('href')!;
        const target = internalTarget(href, p.url)!;
        if (!/^obs-/.test(target.hash) || !byUrl.get(target.path)?.root.getElementById(target.hash)) problems.push(`${p.url}: ${href}`);
      }
    }
    expect(problems).toEqual([]);
  });
});
