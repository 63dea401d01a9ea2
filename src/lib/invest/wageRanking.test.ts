import { describe, expect, it } from 'vitest';
import { CONTENT } from '~/content.config';
import { readContent } from '~/lib/content/read';
import { barGeometry, japanReferences, rankRegions } from './wageRanking';

const obs = (region: string, value: number, source = 's') => ({ period: '2026', region, series: 'value', value, source, status: 'final' as const });
const toy = { id: 'toy', geography: ['11', '12', '71', '95'], observations: [obs('11', 3), obs('71', 5), obs('12', 5), obs('12', 6, 't'), obs('11', 9, 'old')].map((o) => ({ ...o, period: o.period })) };

describe('wage ranking', () => {
  it('ranks the first recorded value per region, keeps other sources’ values, shares ranks on ties and names gaps', () => {
    const r = rankRegions(toy as never, '2026', '71');
    expect(r.rows.map((x) => [x.region, x.rank, x.highlight])).toEqual([['12', 1, false], ['71', 1, true], ['11', 3, false]]);
    expect(r.rows[0]!.alternates.map((a) => a.value)).toEqual([6]);
    expect(r.rows[2]!.alternates.map((a) => a.value)).toEqual([9]);
    expect(r.gaps).toEqual(['95']);
  });

  it('throws when the highlighted region has no value', () => {
    expect(() => rankRegions(toy as never, '2025', '71')).toThrow(/no value value for 71 in 2025|no value for 71/);
  });

  it('draws bars from zero, the largest filling the bar area', () => {
    const bars = barGeometry(rankRegions(toy as never, '2026', '71').rows, { barArea: 100, rowHeight: 10 });
    expect(bars.map((b) => [b.width, b.y, b.disputed])).toEqual([[100, 0, true], [100, 10, false], [60, 20, true]]);
  });

  it('with the real data: 38 provinces, North Sulawesi among them, and the five Japanese references', () => {
    const { content: registry } = readContent('content', CONTENT);
    const r = rankRegions(registry.datasets.get('minimum-wage-provinces')!, '2026', '71');
    expect(r.rows).toHaveLength(38);
    expect(r.gaps).toEqual([]);
    expect(r.rows.filter((x) => x.highlight)).toHaveLength(1);
    expect(r.rows.filter((x) => x.alternates.length > 0).length).toBeGreaterThanOrEqual(5);
    expect(japanReferences(registry.datasets.get('minimum-wage-japan')!, '2025').map((o) => o.region)).toEqual(['JP-13', 'JP-39', 'JP-37', 'JP-42', 'JPN']);
  });
});
