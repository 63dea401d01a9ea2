import { describe, expect, it } from 'vitest';
import { importSummary, planImport, type ImportTarget } from './tidyImport';

const target: ImportTarget = { id: 'wage', periodType: 'year', series: [], observations: [{ period: '2025', region: '71', source: 'src-a' }] };
const ctx = { source: 'src-a', regions: new Set(['71', '71.71']) };

describe('tidy CSV import', () => {
  it('reads rows into observations: decimals as written, optional status, published form and notes', () => {
    const csv = 'period,region,series,value,status,published_value,published_unit,note_ja,note_id,note_en\n2026,71,,4002630.50,preliminary,4.00,idr-million,注,Catatan,Note\n2027,71.71,,"4,100,000",,,,,,\n';
    const { observations, problems } = planImport(csv, 'new.csv', target, ctx);
    expect(problems).toEqual([]);
    expect(observations).toEqual([
      { period: '2026', region: '71', value: 4002630.5, decimals: 2, source: 'src-a', status: 'preliminary', published: { value: '4.00', unit: 'idr-million' }, note: { ja: '注', id: 'Catatan', en: 'Note' } },
      { period: '2027', region: '71.71', value: 4100000, source: 'src-a' },
    ]);
    expect(importSummary(observations).en).toBe('2 observations added (periods: 2026, 2027).');
  });

  it('refuses unknown regions, duplicates and bad fields with one line each, and returns nothing to write', () => {
    const csv = 'period,region,value,status\n2025,71,1,\n2026,99.99,2,\n2026,71,x,\n2026-01,71,3,\n2028,71,4,guess\n2029,71,5,\n2029,71,6,\n';
    const { observations, problems } = planImport(csv, 'bad.csv', target, ctx);
    expect(observations).toEqual([]);
    expect(problems).toEqual([
      'bad.csv:2: already recorded in the dataset from source "src-a" (value, 71, 2025); to change a value, edit it and record a revision',
      'bad.csv:3: unknown region "99.99" (use a code from content/regions.json, e.g. 71 or 71.71)',
      'bad.csv:4: value "x" is not a number (digits with an optional point decimal)',
      'bad.csv:5: period "2026-01" does not match the dataset\'s period type "year"',
      'bad.csv:6: status "guess" is not one of final, preliminary, estimate, target, plan, capacity, claimed',
      'bad.csv:8: duplicate of line 7 (value, 71, 2029)',
    ]);
  });

  it('names missing and unknown columns, and an empty file', () => {
    expect(planImport('year,region,value\n2026,71,1\n', 'c.csv', target, ctx).problems).toEqual(['c.csv:1: unknown column "year" (allowed: period, region, value, series, status, published_value, published_unit, note_ja, note_id, note_en)', 'c.csv:1: missing column "period"']);
    expect(planImport('', 'e.csv', target, ctx).problems).toEqual(['e.csv: the file is empty; expected a header line (period, region, value, …)']);
  });
});
