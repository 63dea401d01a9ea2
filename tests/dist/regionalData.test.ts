/**
 * The regency, wage and comparison datasets brought in from the researchers' drafts (issues 16 and 17): each is
 * built with the number of observations and regions it was written with, and its chart ranks the right regions.
 * Counts are exact on purpose: a dataset that silently lost rows, or a chart that silently dropped a province,
 * fails here.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'node-html-parser';
import { LANGS } from '~/i18n/index';
import { parseCsv } from '~/lib/data/csvRead';
import { DIST } from '../lib/dist';

const base = (process.env.BASE_PATH ?? '/').replace(/\/?$/, '/');
const read = (path: string) => readFileSync(join(DIST, path), 'utf8');
const csvRows = (id: string) => {
  const [header, ...rows] = parseCsv(read(`data/${id}.csv`));
  return rows.map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i]!])));
};
const chartRows = (lang: string, id: string) =>
  parse(read(`${base.slice(1)}${lang}/data/${id}/index.html`))
    .querySelectorAll('[data-chart-table] tbody th[scope="row"]')
    .map((th) => th.text.trim());

// id → observations, distinct regions, computed observations
const EXPECTED: Record<string, { observations: number; regions: number; computed?: number }> = {
  'regency-area': { observations: 32, regions: 16 },
  'population-density': { observations: 16, regions: 16, computed: 16 },
  'poverty-rate': { observations: 21, regions: 16 },
  hdi: { observations: 33, regions: 16 },
  'unemployment-rate': { observations: 29, regions: 16 },
  'minimum-wage-provinces': { observations: 49, regions: 38 },
  'minimum-wage-japan': { observations: 48, regions: 48 },
  'electricity-tariff-industrial': { observations: 2, regions: 1 },
  'gdp-growth-indonesia': { observations: 7, regions: 1 },
  'grdp-growth-sulawesi': { observations: 10, regions: 5 },
  'population-compare': { observations: 11, regions: 7 },
  'foreign-arrivals-indonesia': { observations: 4, regions: 1 },
};

describe('regional datasets from the research drafts', () => {
  it.each(Object.keys(EXPECTED))('%s is built with its expected number of observations and regions', (id) => {
    const rows = csvRows(id);
    const want = EXPECTED[id]!;
    expect(rows).toHaveLength(want.observations);
    expect(new Set(rows.map((r) => r.region)).size).toBe(want.regions);
    expect(rows.filter((r) => r.computed === 'true')).toHaveLength(want.computed ?? 0);
  });

  it('population holds the end-2024 civil-registry count for all 15 regencies and cities and the province', () => {
    const civil = csvRows('population').filter((r) => r.series === 'civil-registry' && r.period === '2024');
    expect(new Set(civil.map((r) => r.region)).size).toBe(16);
  });

  it('population density is ranked over the 15 regencies and cities (not the province) in every language', () => {
    for (const lang of LANGS) expect(chartRows(lang, 'population-density'), lang).toHaveLength(15);
    expect(chartRows('en', 'population-density')[0]).toBe('Manado City');
    const manado = csvRows('population-density').find((r) => r.region === '71.71')!;
    expect(manado.value).toBe('2840');
    expect(manado.derived_method).toBe('density');
  });

  it('the UMP chart ranks all 38 provinces with North Sulawesi among them; the Japanese chart all 47 prefectures', () => {
    const sulut = { ja: '北スラウェシ州', id: 'Sulawesi Utara', en: 'North Sulawesi' } as const;
    for (const lang of LANGS) {
      const provinces = chartRows(lang, 'minimum-wage-provinces');
      expect(provinces, lang).toHaveLength(38);
      expect(provinces.indexOf(sulut[lang]), lang).toBe(6);
      expect(chartRows(lang, 'minimum-wage-japan'), lang).toHaveLength(47);
    }
  });

  it('the UMP takeaway stays true whichever disputed figure is right: seventh of 38, first in Sulawesi', () => {
    const byRegion = Map.groupBy(csvRows('minimum-wage-provinces'), (r) => r.region ?? '');
    const sulut = byRegion.get('71')!.map((r) => Number(r.value));
    expect(sulut).toEqual([4002630]);
    const others = [...byRegion].filter(([code]) => code !== '71').map(([code, rows]) => ({ code, values: rows.map((r) => Number(r.value)) }));
    expect(others.filter((p) => Math.min(...p.values) > sulut[0]!)).toHaveLength(6);
    expect(others.filter((p) => Math.max(...p.values) > sulut[0]!)).toHaveLength(6);
    expect(others.filter((p) => /^7[2-6]$/.test(p.code)).every((p) => Math.max(...p.values) < sulut[0]!)).toBe(true);
  });

  it('the poverty chart ranks the 15 regencies of March 2024, not the three found for 2025', () => {
    for (const lang of LANGS) expect(chartRows(lang, 'poverty-rate'), lang).toHaveLength(15);
  });
});
