import { describe, expect, it } from 'vitest';
import type { Hub } from '~/schemas/hub';
import { figureRefs, hubDatasetIds, hubIdFor } from './collect';

const text = { ja: 'ja', id: 'id', en: 'en' };
const hub = {
  id: 'fisheries',
  sector: 'fisheries',
  headline: [{ dataset: 'a', period: '2024', label: text }],
  charts: [{ dataset: 'b' }, { dataset: 'a' }],
  map: { type: 'regency-symbols', dataset: 'c' },
  narrative: [{ kind: 'context', text, figures: [{ dataset: 'd', period: '2023' }], sources: [] }],
  gaps: [{ text, basis: 'x.md §1', datasets: ['e', 'b'] }],
  datasets: ['f', 'a'],
} as unknown as Hub;

describe('hub collection helpers', () => {
  it('lists each dataset once, in reading order', () => {
    expect(hubDatasetIds(hub)).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
  });
  it('lists headline figures before narrative figures', () => {
    expect(figureRefs(hub).map((f) => f.dataset)).toEqual(['a', 'd']);
  });
  it('derives the page path from the sector', () => {
    expect(hubIdFor('labour')).toBe('work-in-japan');
    expect(hubIdFor('fisheries')).toBe('fisheries');
  });
});
