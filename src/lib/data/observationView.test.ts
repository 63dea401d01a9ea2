import { describe, expect, it } from 'vitest';
import { conflictViews, observationRows } from './observationView';
import { wageDataset } from '../../../tests/fixtures/factory';

describe('observationRows', () => {
  it('orders by declared series, region, period and source, with anchors and units', () => {
    const rows = observationRows(wageDataset());
    expect(rows.map((r) => r.anchor)).toEqual([
      'obs-ump-71-2025',
      'obs-ump-71-2026--bps',
      'obs-ump-71-2026--news',
      'obs-ump-71-71-2026',
      'obs-share-71-2026',
    ]);
    expect(rows.at(-1)!.unit).toBe('percent');
    expect(rows[1]!.conflictAnchor).toBe('conflict-ump-71-2026');
    expect(rows[0]!.conflictAnchor).toBeUndefined();
  });
});

describe('conflictViews', () => {
  it('gives each declared conflict both observations and the explanation in the page language', () => {
    const [view] = conflictViews(wageDataset(), 'id');
    expect(view!.anchor).toBe('conflict-ump-71-2026');
    expect(view!.explanation).toBe('The news rounded (id)');
    expect(view!.rows.map((r) => [r.observation.source, r.observation.value])).toEqual([['bps', 4002630], ['news', 4002000]]);
  });
});
