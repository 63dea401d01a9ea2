import { describe, expect, it } from 'vitest';
import { buildChartSpec } from './spec';
import { makeDataset } from './fixtures';
import { summarizeChart } from './summary';

const ump = makeDataset({
  unit: 'idr',
  observations: [
    { period: '2024', value: 3545000 },
    { period: '2025', value: 3775425 },
    { period: '2026', value: 4002630 },
  ],
});

describe('summarizeChart', () => {
  it('states range, latest value, change and extremes in English', () => {
    const text = summarizeChart(buildChartSpec(ump, { lang: 'en' }));
    expect(text).toBe(
      'The chart covers 2024 to 2026. Latest value for fish landed: Rp4,002,630 (2026). ' +
        'fish landed rose by 12.9%, from Rp3,545,000 in 2024 to Rp4,002,630 in 2026. ' +
        'Highest: Rp4,002,630 (2026). Lowest: Rp3,545,000 (2024).',
    );
  });

  it('writes Japanese and Indonesian with their own number formats', () => {
    const ja = summarizeChart(buildChartSpec(ump, { lang: 'ja' }));
    expect(ja).toContain('2024年から2026年までを示す。');
    expect(ja).toContain('4,002,630ルピア');
    expect(ja).toContain('12.9%増えた');
    const id = summarizeChart(buildChartSpec(ump, { lang: 'id' }));
    expect(id).toContain('naik 12,9%');
    expect(id).toContain('Rp4.002.630');
  });

  it('says when only one value exists', () => {
    const one = makeDataset({ observations: [{ period: '2023', value: 54122 }] });
    expect(summarizeChart(buildChartSpec(one, { lang: 'en' }))).toBe('One value is recorded: 54,122 t (2023).');
  });

  it('describes a fall across negative values without a misleading percentage', () => {
    const growth = makeDataset({ unit: 'percent', observations: [{ period: '2019', value: 5.6 }, { period: '2020', value: -0.99 }] });
    const text = summarizeChart(buildChartSpec(growth, { lang: 'en' }));
    expect(text).toContain('fell from 5.6% in 2019 to -0.99% in 2020');
    expect(text).not.toMatch(/fell by/);
  });

  it('names both sources and their values where they disagree', () => {
    const disputed = makeDataset({
      observations: [
        { period: '2024', value: 120, source: 'bps' },
        { period: '2024', value: 150, source: 'news' },
      ],
    });
    const sources = new Map([
      ['bps', { publisher: 'BPS' }],
      ['news', { publisher: 'ANTARA' }],
    ]);
    const text = summarizeChart(buildChartSpec(disputed, { lang: 'en', sources }));
    expect(text).toContain('For 2024 the sources differ: BPS reports 120 t; ANTARA reports 150 t.');
  });

  it('ranks regions and passes on empty and error messages', () => {
    const regencies = makeDataset({
      observations: [
        { region: '71.71', value: 300 },
        { region: '71.72', value: 200 },
      ],
    });
    const regions = new Map([
      ['71.71', { name: { ja: 'マナド市', id: 'Kota Manado', en: 'Manado' } }],
      ['71.72', { name: { ja: 'ビトゥン市', id: 'Kota Bitung', en: 'Bitung' } }],
    ]);
    expect(summarizeChart(buildChartSpec(regencies, { lang: 'en', regions }))).toBe(
      '2024, 2 values: the largest is Manado with 300 t, the smallest Bitung with 200 t.',
    );
    expect(summarizeChart(buildChartSpec(ump, { lang: 'en', selection: { to: '2000' } }))).toBe('There are no values to plot.');
  });
});
