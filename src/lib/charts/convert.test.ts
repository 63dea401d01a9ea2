import { describe, expect, it } from 'vitest';
import { jpyConversion } from './convert';
import { dataset as makeDataset } from '../../../tests/fixtures/factory';
import { buildChartSpec } from './spec';

const wage = makeDataset({ unit: 'idr', observations: [{ period: '2026', value: 4002630 }] });
const rates = makeDataset({
  id: 'exchange-rate-idr-jpy',
  unit: 'idr-per-jpy',
  periodType: 'date',
  observations: [
    { period: '2026-01-05', value: 100, source: 'bi' },
    { period: '2026-03-03', value: 107.5, decimals: 2, source: 'bi' },
  ],
});
const sources = new Map([['bi', { publisher: 'Bank Indonesia' }]]);

describe('jpyConversion', () => {
  it('converts the latest value at the latest rate and names its date and source', () => {
    const spec = buildChartSpec(wage, { lang: 'ja' });
    const result = jpyConversion(spec, rates, 'ja', sources)!;
    expect(result.rateDate).toBe('2026-03-03');
    // 4,002,630 / 107.5 = 37,234 yen
    expect(result.lines[0]).toBe('円換算（概算）：2026年: 4,002,630ルピアは約3.7万円（2026年3月3日の1円＝107.5ルピアで換算、Bank Indonesia）。');
  });

  it('handles a rate recorded as yen per rupiah', () => {
    const inverse = makeDataset({ unit: 'jpy-per-idr', observations: [{ period: '2026', value: 0.01 }] });
    const line = jpyConversion(buildChartSpec(wage, { lang: 'en' }), inverse, 'en')!.lines[0]!;
    expect(line).toContain('40K yen');
  });

  it('shows nothing without the rate dataset or for a chart not in rupiah', () => {
    expect(jpyConversion(buildChartSpec(wage, { lang: 'en' }), undefined, 'en')).toBeUndefined();
    const tonnes = makeDataset({ observations: [{ value: 5 }] });
    expect(jpyConversion(buildChartSpec(tonnes, { lang: 'en' }), rates, 'en')).toBeUndefined();
  });
});
