import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { regionFileSchema, regionSchema } from '~/schemas/region';
import type { Dataset } from '~/schemas/dataset';
import type { Place } from '~/schemas/place';
import { buildChartSpec, rankingPeriod } from '../charts/spec';
import { regencyValues } from '../geo/regencyValues';
import { isRegencyOf, parentOf, prefectures, provinces, rankedRegions, regenciesOf, regionLevel } from './regions';

const read = <T,>(path: string): T => JSON.parse(readFileSync(new URL(`../../../${path}`, import.meta.url), 'utf8')) as T;
const regions = regionFileSchema.parse(read('content/regions.json'));
const places = read<Place[]>('content/places.json');
const text = (s: string) => ({ ja: s, id: s, en: s });

describe('region kinds and levels', () => {
  it('content/regions.json lists 15 regencies and cities of North Sulawesi, 38 provinces, 47 prefectures and two countries', () => {
    expect(regenciesOf(regions)).toHaveLength(15);
    expect(regenciesOf(regions).every((r) => r.code.startsWith('71.'))).toBe(true);
    expect(provinces(regions)).toHaveLength(38);
    expect(provinces(regions).map((r) => r.code)).toContain('71');
    expect(prefectures(regions)).toHaveLength(47);
    expect(prefectures(regions).map((r) => r.code)).toEqual(Array.from({ length: 47 }, (_, i) => `JP-${String(i + 1).padStart(2, '0')}`));
    expect(regions.filter((r) => r.kind === 'country').map((r) => r.code)).toEqual(['IDN', 'JPN']);
    expect(regions).toHaveLength(15 + 38 + 47 + 2);
  });

  it('one name per region per language: no two regions share a name', () => {
    for (const lang of ['ja', 'id', 'en'] as const) {
      const names = regions.map((r) => r.name[lang]);
      expect(names.filter((n, i) => names.indexOf(n) !== i), lang).toEqual([]);
    }
  });

  it('the seats on the regency maps are exactly the 15 regencies and cities, none of the new provinces or prefectures', () => {
    const seats = places.filter((p) => p.kind === 'seat').map((p) => p.region).sort();
    expect(seats).toEqual(regenciesOf(regions).map((r) => r.code));
  });

  it('reads the level and parent from the code', () => {
    expect([regionLevel('71'), regionLevel('71.72'), regionLevel('JP-13'), regionLevel('IDN')]).toEqual(['province', 'regency', 'prefecture', 'country']);
    expect([parentOf('71.72'), parentOf('31'), parentOf('JP-39'), parentOf('JPN')]).toEqual(['71', 'IDN', 'JPN', undefined]);
    expect(isRegencyOf('71.72')).toBe(true);
    expect(isRegencyOf('71')).toBe(false);
    expect(isRegencyOf('72.01')).toBe(false);
    expect(() => regionLevel('13')).not.toThrow();
    expect(() => regionLevel('Tokyo')).toThrow(/not a region code/);
  });

  it('rejects a kind whose code has another shape, and a bare prefecture number', () => {
    const entry = { code: '13', kind: 'prefecture', officialName: '東京都', name: text('Tokyo') };
    const result = regionSchema.safeParse(entry);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('a prefecture cannot have the code "13"');
    expect(regionSchema.safeParse({ ...entry, code: 'JP-13' }).success).toBe(true);
    expect(regionSchema.safeParse({ ...entry, code: 'JP13' }).success).toBe(false);
  });

  it('ranks one level: regencies before their province, provinces without the national figure, prefectures apart', () => {
    expect(rankedRegions(['71', '71.71', '71.72', 'IDN'])).toEqual(['71.71', '71.72']);
    expect(rankedRegions(['IDN', '71', '31', '73'])).toEqual(['71', '31', '73']);
    expect(rankedRegions(['JPN', 'JP-13', 'JP-39'])).toEqual(['JP-13', 'JP-39']);
    expect(rankedRegions(['71', 'IDN'])).toEqual([]);
    // Provinces and a single regency: the provinces are ranked, the lone regency is not among them.
    expect(rankedRegions(['71', '72', '71.71'])).toEqual(['71', '72']);
  });
});

const base = {
  sector: 'economy', title: text('T'), description: text('D'), measure: text('M'), periodType: 'year', series: [], conflicts: [],
  caveats: text('C'), gaps: text('G'), license: 'CC-BY-4.0', lastVerified: '2026-12-05', keywords: [],
} as const;
const obs = (region: string, value: number, source = 's') => ({ period: '2026', region, series: 'value', value, source, status: 'final' as const });
const nameMap = new Map(regions.map((r) => [r.code, { name: r.name }]));

describe('things that list regions pick the right ones', () => {
  it('a provincial dataset ranks every province, North Sulawesi included, and leaves the national figure out', () => {
    const dataset = { ...base, id: 'wages', unit: 'idr', geography: ['IDN', '71', '31', '32'], observations: [obs('IDN', 3), obs('71', 4), obs('31', 5), obs('32', 2)] } as unknown as Dataset;
    const spec = buildChartSpec(dataset, { lang: 'en', regions: nameMap });
    if (spec.state !== 'ok') throw new Error(spec.state);
    expect(spec.kind).toBe('bar-horizontal');
    expect(spec.categories).toEqual(['31', '71', '32']);
    expect(spec.labels).toEqual(['Jakarta', 'North Sulawesi', 'West Java']);
  });

  it('a disputed province stays in the ranking; the note names it', () => {
    const dataset = {
      ...base, id: 'wages', unit: 'idr', geography: ['71', '31', '32'],
      observations: [obs('71', 4), obs('31', 5), obs('32', 2), obs('32', 2.1, 't')],
      conflicts: [{ period: '2026', region: '32', series: 'value', explanation: text('E') }],
    } as unknown as Dataset;
    const spec = buildChartSpec(dataset, { lang: 'en', regions: nameMap });
    if (spec.state !== 'ok') throw new Error(spec.state);
    expect(spec.kind).toBe('bar-horizontal');
    expect(spec.categories).toEqual(['31', '71', '32']);
    expect(spec.notes).toEqual(['Sources disagree for West Java (2026); the chart ranks the first recorded value and the dataset table lists both.']);
  });

  it('ranks the latest period that covers most regions: a full 2024 beats three early 2025 reports', () => {
    const full = ['71.01', '71.02', '71.03', '71.04'].map((r) => ({ period: '2024', region: r }));
    expect(rankingPeriod([...full, { period: '2025', region: '71.01' }])).toBe('2024');
    expect(rankingPeriod([...full, ...['71.01', '71.02', '71.03'].map((r) => ({ period: '2025', region: r }))])).toBe('2025');
  });

  it('a regency map ignores provinces and prefectures in a dataset', () => {
    const known = new Set(regenciesOf(regions).map((r) => r.code));
    const dataset = { ...base, id: 'mixed', unit: 'people', geography: ['71', '72', 'JP-13', '71.71'], observations: [obs('71', 9), obs('72', 8), obs('JP-13', 7), obs('71.71', 1)] } as unknown as Dataset;
    const values = regencyValues(dataset, known);
    expect(values.values.map((v) => v.code)).toEqual(['71.71']);
    expect(values.missing).toHaveLength(14);
    expect(values.missing.every((c) => c.startsWith('71.'))).toBe(true);
  });
});
