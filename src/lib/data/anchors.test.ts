import { describe, expect, it } from 'vitest';
import type { Observation } from '~/schemas/dataset';
import { anchoredObservations, conflictAnchor, observationAnchor, quantityAnchor } from './anchors';

const obs = (o: Partial<Observation>): Observation => ({ period: '2026', region: '71', series: 'value', value: 1, source: 'a', status: 'final', ...o }) as Observation;

describe('anchors', () => {
  it('makes URL-safe ids from series, region and period', () => {
    expect(quantityAnchor(obs({ series: 'ump' }))).toBe('obs-ump-71-2026');
    expect(quantityAnchor(obs({ region: '71.01', period: '2020/2024' }))).toBe('obs-value-71-01-2020-2024');
    expect(conflictAnchor(obs({ series: 'ump' }))).toBe('conflict-ump-71-2026');
  });
  it('adds the source only for conflicting quantities', () => {
    expect(observationAnchor(obs({ source: 'bps' }), false)).toBe('obs-value-71-2026');
    expect(observationAnchor(obs({ source: 'bps' }), true)).toBe('obs-value-71-2026--bps');
  });
  it('anchors each observation, marking conflicts', () => {
    const rows = anchoredObservations({ id: 'x', observations: [obs({ source: 'a' }), obs({ source: 'b' }), obs({ period: '2025' })] });
    expect(rows.map((r) => [r.anchor, r.conflicting])).toEqual([
      ['obs-value-71-2026--a', true],
      ['obs-value-71-2026--b', true],
      ['obs-value-71-2025', false],
    ]);
  });
  it('refuses two rows with the same anchor', () => {
    expect(() => anchoredObservations({ id: 'x', observations: [obs({ region: '71.01' }), obs({ region: '71-01' })] })).toThrow(/share the anchor/);
  });
});
