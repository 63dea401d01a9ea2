import type { Dataset, Observation } from '../../schemas/dataset';

const text = (s: string) => ({ ja: s, id: s, en: s });

/** A valid dataset for chart tests; observations take defaults for everything but period and value. */
export function makeDataset(overrides: Partial<Omit<Dataset, 'observations'>> & { observations: Partial<Observation>[] }): Dataset {
  const { observations, ...rest } = overrides;
  return {
    id: 'test-data',
    sector: 'economy',
    title: { ja: 'テスト', id: 'Uji', en: 'Test' },
    description: text('A dataset for tests.'),
    unit: 'tonnes',
    measure: { ja: '漁獲量', id: 'produksi ikan', en: 'fish landed' },
    periodType: 'year',
    geography: ['71'],
    series: [],
    conflicts: [],
    caveats: text('None.'),
    gaps: text('None.'),
    license: 'CC-BY-4.0',
    lastVerified: '2026-11-29',
    keywords: [],
    cadence: 'annual',
    revisions: [],
    ...rest,
    observations: observations.map((o) => ({
      period: '2024',
      region: '71',
      series: 'value',
      value: 0,
      source: 'src-a',
      status: 'final',
      ...o,
    })),
  };
}
