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
    let links = 0;
    for (const p of all.filter((x) => x.html.includes('class="fig"') || x.html.includes('data-fig-row'))) {
      // Unnumbered figures link to their row from the marker; numbered ones from their note under the article.
      for (const a of p.root.querySelectorAll('.fig .fig-ref a[title], .fig-notes a[data-fig-row]')) {
        links++;
        const href = a.getAttribute('href')!;
        const target = internalTarget(href, p.url)!;
        if (!/^obs-/.test(target.hash) || !byUrl.get(target.path)?.root.getElementById(target.hash)) problems.push(`${p.url}: ${href}`);
      }
    }
    expect(links).toBeGreaterThan(100);
    expect(problems).toEqual([]);
  });

  it('articles number their figures: one marker per figure, in reading order, each with its note', { timeout: 60_000 }, () => {
    const articles = pages().filter((p) => /^\/(ja|id|en)\/news\/[^/]+\/$/.test(p.url) && p.root.querySelector('.prose .fig'));
    expect(articles.length).toBeGreaterThanOrEqual(30);
    const problems: string[] = [];
    for (const p of articles) {
      const figures = p.root.querySelectorAll('.prose .fig');
      const markers = p.root.querySelectorAll('.prose .fig sup.fig-num a');
      if (markers.length !== figures.length) problems.push(`${p.url}: ${figures.length} figures, ${markers.length} numbered markers`);
      // Each figure has one marker only, holding just its number (the outlet is named once, in the note).
      for (const f of figures) if (f.querySelectorAll('sup a').length !== 1) problems.push(`${p.url}: a figure with ${f.querySelectorAll('sup a').length} marker links`);
      let highest = 0;
      for (const a of markers) {
        const n = Number(a.text);
        if (!/^\d+$/.test(a.text) || n > highest + 1) problems.push(`${p.url}: marker "${a.text}" out of reading order`);
        highest = Math.max(highest, n);
        const note = p.root.getElementById(a.getAttribute('href')!.slice(1));
        if (!note || note.tagName !== 'LI' || !note.querySelector('a[data-fig-row]')) problems.push(`${p.url}: marker ${a.text} has no note`);
      }
      const notes = p.root.querySelectorAll('.fig-notes li');
      if (notes.length !== highest) problems.push(`${p.url}: ${notes.length} notes for ${highest} numbered figures`);
    }
    expect(problems).toEqual([]);
  });
});
