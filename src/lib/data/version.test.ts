import { describe, expect, it } from 'vitest';
import type { Dataset } from '~/schemas/dataset';
import { canonicalJson, datasetVersion } from './version';

const base = {
  id: 'wage',
  sector: 'economy',
  title: { ja: '賃金', id: 'Upah', en: 'Wage' },
  unit: 'idr',
  observations: [{ period: '2026', region: '71', series: 'value', value: 4002630, source: 'a', status: 'final' }],
  lastVerified: '2026-11-29',
} as unknown as Dataset;

describe('canonicalJson', () => {
  it('sorts keys at every depth and keeps array order', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, 1], c: null } })).toBe('{"a":{"c":null,"d":[2,1]},"b":1}');
  });
  it('drops undefined properties like JSON.stringify does', () => {
    expect(canonicalJson({ a: undefined, b: 'x' })).toBe('{"b":"x"}');
  });
});

describe('datasetVersion', () => {
  it('is 8 hex digits', () => {
    expect(datasetVersion(base)).toMatch(/^[0-9a-f]{8}$/);
  });
  it('is stable across key order', () => {
    const reordered = JSON.parse(JSON.stringify({ lastVerified: base.lastVerified, observations: base.observations, unit: base.unit, title: { en: 'Wage', id: 'Upah', ja: '賃金' }, sector: base.sector, id: base.id }));
    expect(datasetVersion(reordered)).toBe(datasetVersion(base));
  });
  it('changes when a value changes', () => {
    const changed = { ...base, observations: [{ ...base.observations[0]!, value: 4002631 }] };
    expect(datasetVersion(changed)).not.toBe(datasetVersion(base));
  });
  it('ignores the registry\'s file property', () => {
    expect(datasetVersion({ ...base, file: 'content/datasets/wage.json' } as Dataset)).toBe(datasetVersion(base));
  });
});

describe('datasetVersion ignores upkeep fields', () => {
  it('re-checking, a new release date or a new revision entry make no new version', () => {
    const upkept = { ...base, lastVerified: '2026-12-06', cadence: 'annual', nextRelease: '2027-02', revisions: [{ date: '2026-12-06', kind: 'baseline' }] } as unknown as Dataset;
    expect(datasetVersion(upkept)).toBe(datasetVersion(base));
  });
});
