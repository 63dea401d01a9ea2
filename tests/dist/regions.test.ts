import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LANGS } from '~/i18n/langs';
import { page, pages } from '../lib/dist';
import { regionSlugs } from '~/lib/site/regionPages';

type Region = { code: string; kind: string; officialName: string; name: Record<'ja' | 'id' | 'en', string> };
const regions = JSON.parse(readFileSync(new URL('../../content/regions.json', import.meta.url), 'utf8')) as Region[];
const slugs = regionSlugs(regions);
const regencies = regions.filter((r) => slugs.has(r.code));

describe('regency and city pages', () => {
  it('45 pages build: 15 regencies and cities × 3 languages, each with its name, map and sections', () => {
    expect(regencies).toHaveLength(15);
    let built = 0;
    for (const lang of LANGS) {
      for (const r of regencies) {
        const p = page(`/${lang}/regions/${slugs.get(r.code)}/`);
        expect(p.root.querySelector('h1')?.text.trim()).toBe(r.name[lang]);
        // The other two languages' names and the official name are on the page.
        for (const other of LANGS) expect(p.root.querySelector('.region-facts, .standfirst') && p.html.includes(r.name[other]), `${p.url} ${other}`).toBe(true);
        expect(p.html).toContain(r.officialName);
        const map = p.root.querySelector(`figure[data-region-map="${r.code}"] svg.map-svg`);
        expect(map?.querySelectorAll('path.regency.highlight').map((e) => e.getAttribute('data-code')), p.url).toEqual([r.code]);
        expect(map?.querySelector('.marker[data-kind="seat"]'), `${p.url} seat`).toBeTruthy();
        for (const id of ['figures-heading', 'places-heading', 'opportunities-heading', 'news-heading', 'unknown-heading']) expect(p.root.querySelector(`#${id}`), `${p.url} #${id}`).toBeTruthy();
        built++;
      }
    }
    expect(built).toBe(45);
  });

  it('list every observation of the region (Bitung: as many rows as observations coded 71.72)', async () => {
    const { readdirSync } = await import('node:fs');
    const dir = new URL('../../content/datasets/', import.meta.url);
    let expected = 0;
    for (const f of readdirSync(dir).filter((f) => f.endsWith('.json'))) expected += (JSON.parse(readFileSync(new URL(f, dir), 'utf8')).observations as { region: string }[]).filter((o) => o.region === '71.72').length;
    const rows = page('/en/regions/bitung/').root.querySelectorAll('table[data-region-dataset] tbody tr');
    expect(expected).toBeGreaterThan(10);
    expect(rows.length).toBe(expected);
  });

  it('the index lists all 15 with a headline figure each, linking to their pages', () => {
    for (const lang of LANGS) {
      const p = page(`/${lang}/regions/`);
      const rows = p.root.querySelectorAll('table.region-index tbody tr');
      expect(rows).toHaveLength(15);
      for (const row of rows) {
        expect(row.querySelector('a[data-region-link]'), p.url).toBeTruthy();
        expect(row.querySelector('td.num data'), `${p.url} ${row.text}`).toBeTruthy();
      }
    }
  });

  it('regency and city names in tables across the site link to their pages', () => {
    let checked = 0;
    const unlinked: string[] = [];
    for (const p of pages()) {
      const lang = LANGS.find((l) => p.url.startsWith(`/${l}/`));
      if (!lang) continue;
      const names = new Map(regencies.map((r) => [r.name[lang], r.code]));
      for (const cell of p.root.querySelectorAll('table th, table td')) {
        const code = names.get(cell.text.replace(/\s+/g, ' ').trim().replace(/ · .*$/, ''));
        if (!code) continue;
        checked++;
        const link = cell.querySelector('a');
        if (!link || link.getAttribute('href') !== `/${lang}/regions/${slugs.get(code)}/`) unlinked.push(`${p.url}: "${cell.text.trim()}"`);
      }
    }
    expect(unlinked.slice(0, 20)).toEqual([]);
    expect(checked).toBeGreaterThan(500);
  });
});
