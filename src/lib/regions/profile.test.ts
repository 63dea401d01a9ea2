import { describe, expect, it } from 'vitest';
import { datasetSchema, type Dataset } from '~/schemas/dataset';
import { datasetsWithoutRegencies, datasetsWithoutRegion, regionObservations } from './profile';

const text = (s: string) => ({ ja: s, id: s, en: s });
const dataset = (id: string, sector: string, observations: { period: string; region: string; value: number; series?: string }[], series: string[] = []): Dataset =>
  datasetSchema.parse({
    id,
    sector,
    title: text(id),
    description: text(id),
    unit: 'people',
    measure: text('people'),
    periodType: 'year',
    geography: [...new Set(observations.map((o) => o.region))],
    series: series.map((s) => ({ id: s, label: text(s) })),
    observations: observations.map((o) => ({ ...o, source: 'src-a' })),
    caveats: text('c'),
    gaps: text('g'),
    lastVerified: '2026-11-29',
    cadence: 'annual',
  });

const population = dataset('population', 'economy', [
  { period: '2020', region: '71.72', value: 225134 },
  { period: '2024', region: '71.72', value: 230000 },
  { period: '2024', region: '71.71', value: 450000 },
  { period: '2024', region: '71', value: 2700000 },
]);
const catchByRegency = dataset('catch', 'fisheries', [{ period: '2023', region: '71.71', value: 5 }]);
const wage = dataset('wage', 'economy', [{ period: '2026', region: '71', value: 4 }]);

describe('regency profile', () => {
  it('lists every observation of the region by sector, newest period first', () => {
    const groups = regionObservations('71.72', [catchByRegency, population, wage]);
    expect(groups.map((g) => g.sector)).toEqual(['economy']);
    const [only] = groups[0]!.datasets;
    expect(only!.dataset.id).toBe('population');
    expect(only!.rows.map((r) => r.observation.period)).toEqual(['2024', '2020']);
    expect(only!.latestPeriod).toBe('2024');
    expect(regionObservations('71.72', [catchByRegency, population, wage]).flatMap((g) => g.datasets).every((d) => d.rows.every((r) => r.observation.region === '71.72'))).toBe(true);
  });

  it('states which regency datasets have no figure for the region, and which datasets have no regencies at all', () => {
    expect(datasetsWithoutRegion('71.72', [catchByRegency, population, wage]).map((d) => d.id)).toEqual(['catch']);
    expect(datasetsWithoutRegion('71.71', [catchByRegency, population, wage])).toEqual([]);
    expect(datasetsWithoutRegencies([catchByRegency, population, wage]).map((d) => d.id)).toEqual(['wage']);
  });
});
