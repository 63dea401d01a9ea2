import { describe, expect, it } from 'vitest';
import { CONTENT } from '~/content.config';
import { loadContent } from '../content/read';
import type { Observation } from '~/schemas/dataset';
import { chooseRate, FX_DATASET, RATE_WINDOW_DAYS, rateCredit } from './fx';

const obs = (period: string, value: number, source: string, extra: Partial<Observation> = {}): Observation =>
  ({ period, region: 'IDN', series: 'market', value, source, status: 'final', ...extra }) as Observation;
const grades = new Map([['a', { grade: 'A' as const }], ['b', { grade: 'B' as const }], ['b2', { grade: 'B' as const }], ['c', { grade: 'C' as const }]]);
const fx = (observations: Observation[]) => ({ id: FX_DATASET, unit: 'idr-per-jpy' as const, observations });

describe('chooseRate: best grade, then newest, within a window of the newest rate', () => {
  it('prefers a better grade over a newer rate inside the window', () => {
    expect(chooseRate(fx([obs('2026-03-01', 107, 'b'), obs('2026-03-04', 108, 'c')]), grades).value).toBe(107);
  });
  it('prefers the newer rate among equal grades', () => {
    expect(chooseRate(fx([obs('2026-03-03', 107.17, 'b'), obs('2026-03-04', 107.34, 'b2')]), grades).value).toBe(107.34);
  });
  it('lets no stale rate win on grade alone', () => {
    const old = obs('2025-01-01', 120, 'a');
    expect(chooseRate(fx([old, obs('2026-03-04', 107.34, 'c')]), grades).value).toBe(107.34);
    expect(RATE_WINDOW_DAYS).toBe(180);
  });
  it('skips estimates, targets and plans, and prefers a published rate to a computed one on the same day', () => {
    const computed = obs('2026-03-04', 107.34, 'b', { series: 'cross', derived: { method: 'ratio', inputs: [] as never } });
    expect(chooseRate(fx([obs('2026-03-05', 1, 'a', { status: 'estimate' }), computed, obs('2026-03-04', 107.3, 'b2')]), grades).value).toBe(107.3);
  });
  it('throws when two sources of the same grade disagree on the chosen day, or the unit is wrong', () => {
    expect(() => chooseRate(fx([obs('2026-03-04', 107.3, 'b'), obs('2026-03-04', 107.4, 'b2')]), grades)).toThrow(/sources disagree on the rate for 2026-03-04/);
    expect(() => chooseRate({ ...fx([obs('2026-03-04', 1, 'a')]), unit: 'idr-per-usd' as never }, grades)).toThrow(/expected unit "idr-per-jpy"/);
  });
});

describe('the rate the site uses (real content)', () => {
  const registry = loadContent('content', CONTENT);
  const dataset = registry.datasets.get(FX_DATASET)!;
  const rate = chooseRate(dataset, registry.sources);

  it('is the newest grade-B cross rate of March 2026, not the September 2025 grade-C blog rate', () => {
    expect(rate.period).toBe('2026-03-04');
    expect(rate.value).toBe(107.34);
    expect(rate.derived?.method).toBe('ratio');
    expect(registry.sources.get(rate.source)!.grade).toBe('B');
    expect(dataset.observations.find((o) => o.period === '2026-03-03')!.value).toBe(107.17);
  });

  it('is credited to its calculation and both inputs, in each language', () => {
    const credit = rateCredit(dataset, rate, registry.datasets, registry.sources, 'en');
    expect(credit.text).toMatch(/^Computed by Sulut Atlas \(.*Media Indonesia.* ÷ .*livedoor/);
    expect(credit.url).toBeUndefined();
    expect(rateCredit(dataset, rate, registry.datasets, registry.sources, 'ja').text).toMatch(/^当サイトによる計算（/);
  });
});
