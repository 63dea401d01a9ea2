import { BUDGETS } from '../lib/gates/weight';
import { readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { checkFigures } from '~/lib/data/figureCheck';
import { page } from '../lib/dist';
import { LANGS } from '~/i18n/index';
import { SECTORS } from '~/schemas/common';
import { hubIdFor } from '~/lib/hubs/collect';

// Every sector has a hub (src/schemas/common.ts); each must be built in every language.
const HUBS = SECTORS.map(hubIdFor);

describe('sector hubs in the built site', () => {
  it('content/hubs/ holds exactly one hub per sector', () => {
    expect(readdirSync('content/hubs').map((f) => f.replace(/\.json$/, '')).sort()).toEqual([...HUBS].sort());
  });

  for (const hub of HUBS) {
    for (const lang of LANGS) {
      describe(`/${lang}/${hub}/`, () => {
        const p = () => page(`/${lang}/${hub}/`);

        it('has 3–5 headline figures, each a value inside <data> with a link to its source', () => {
          const cards = p().root.querySelectorAll('.key-figures .figure-card');
          expect(cards.length).toBeGreaterThanOrEqual(3);
          expect(cards.length).toBeLessThanOrEqual(5);
          for (const card of cards) {
            expect(card.querySelector('.figure-value data')?.getAttribute('value')).toMatch(/^-?\d/);
            expect(card.querySelector('.figure-meta a[href^="http"]')).toBeTruthy();
            expect(card.querySelector('.figure-meta a[href*="/data/"]')?.getAttribute('href')).toMatch(/#obs-/);
          }
        });

        it('has at least two chart figures, each with a canvas and a data table', () => {
          const charts = p().root.querySelectorAll('.hub-charts figure.chart-figure[data-state="ok"]');
          expect(charts.length).toBeGreaterThanOrEqual(2);
          for (const c of charts) {
            expect(c.querySelector('canvas')).toBeTruthy();
            expect(c.querySelector('[data-chart-table]')).toBeTruthy();
          }
        });

        it('has a map drawn as SVG at build time, with a title and a table', () => {
          const svg = p().root.querySelector('.hub-map svg.map-svg[role="img"]');
          expect(svg).toBeTruthy();
          expect(svg!.querySelector('title')?.text.trim()).toBeTruthy();
          expect(p().root.querySelector('.hub-map table')).toBeTruthy();
        });

        it('has a narrative with strengths and risks, checked for unsourced numbers, with <data> values', () => {
          const narrative = p().root.querySelector('.hub-narrative[data-figure-check]');
          expect(narrative).toBeTruthy();
          expect(narrative!.querySelector('#strengths')).toBeTruthy();
          expect(narrative!.querySelector('#risks')).toBeTruthy();
          expect(narrative!.querySelectorAll('.fig data').length).toBeGreaterThanOrEqual(3);
          expect(checkFigures(p().html)).toEqual([]);
        });

        it('has a "what is not known" box with at least one gap', () => {
          const box = p().root.querySelector('aside.not-known');
          expect(box).toBeTruthy();
          expect(box!.querySelectorAll('li').length).toBeGreaterThanOrEqual(1);
        });

        it('lists sources, including every source a figure on the page links to', () => {
          const listed = new Set(p().root.querySelectorAll('.sources li a').map((a) => a.getAttribute('href')));
          expect(listed.size).toBeGreaterThan(0);
          const linked = [
            ...p().root.querySelectorAll('.figure-meta a[rel~="external"]'),
            ...p().root.querySelectorAll('.hub-narrative .fig-ref a[rel~="external"]'),
          ].map((a) => a.getAttribute('href'));
          expect(linked.filter((href) => !listed.has(href))).toEqual([]);
        });

        it('is indexed as a sector page with its sector', () => {
          const filters = p().root.querySelectorAll('[data-pagefind-filter]').map((e) => e.getAttribute('data-pagefind-filter'));
          expect(filters).toContain('kind:sector');
          expect(filters.some((f) => SECTORS.some((s) => f === `sector:${s}`))).toBe(true);
        });

        it('keeps HTML within budget (≤ 60 KB gzip)', () => {
          expect(gzipSync(p().html, { level: 9 }).length).toBeLessThanOrEqual(BUDGETS.htmlCss);
        });
      });
    }
  }

  it('the fisheries hub maps skipjack by regency, and work in Japan keeps the route map', () => {
    expect(page('/en/fisheries/').root.querySelectorAll('.hub-map circle.bubble').length).toBeGreaterThan(0);
    expect(page('/en/work-in-japan/').root.querySelector('.hub-map path.route')).toBeTruthy();
  });

  it('no page is left saying a section is still being built', () => {
    // The old placeholder pages said so in a .notice; the layout's own not-translated notice does not count.
    for (const hub of HUBS) {
      for (const lang of LANGS) {
        const notices = page(`/${lang}/${hub}/`).root.querySelectorAll('.notice').filter((n) => !n.classList.contains('not-translated'));
        expect(notices.map((n) => n.text), `/${lang}/${hub}/`).toEqual([]);
      }
    }
  });
});

describe('hub key-figure tiles (issue 15: tiles and citations)', () => {
  const MONEY = /Rp|ルピア|US\$|米ドル|円|¥/;
  const digits = (text: string) => (text.match(/\d/g) ?? []).length;
  it('no two tiles share a label, each names its period, and money is rounded (exact in <data value>)', () => {
    let tiles = 0;
    let rounded = 0;
    const problems: string[] = [];
    for (const lang of LANGS) {
      for (const hub of HUBS) {
        const url = `/${lang}/${hub}/`;
        const cards = page(url).root.querySelectorAll('.key-figures .figure-card');
        const labels = cards.map((c) => c.querySelector('.figure-label')!.text.trim());
        if (new Set(labels).size !== labels.length) problems.push(`${url}: repeated tile label in ${labels.join(' | ')}`);
        for (const card of cards) {
          tiles++;
          const data = card.querySelector('.figure-value data')!;
          if (!/\d{4}/.test(card.querySelector('.figure-meta')!.text)) problems.push(`${url}: tile "${data.text}" names no period`);
          if (MONEY.test(data.text) && digits(data.text) > 4) problems.push(`${url}: money tile not rounded: "${data.text}"`);
          if (MONEY.test(data.text) && data.getAttribute('title') !== data.text) rounded++;
        }
      }
    }
    expect(tiles).toBeGreaterThanOrEqual(45);
    expect(rounded).toBeGreaterThan(0);
    expect(problems).toEqual([]);
  });
});
