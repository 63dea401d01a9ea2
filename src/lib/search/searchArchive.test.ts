import { describe, expect, it } from 'vitest';
import { archiveCutoff, mergeResults, searchIndexFor, sumCounts } from './searchArchive';

describe('search archive', () => {
  it('cuts off two years before the newest article, whatever the order of the dates', () => {
    expect(archiveCutoff(['2025-06-01', '2026-02-11', '2019-01-01'])).toBe('2024-02-11');
    expect(archiveCutoff(['2028-02-29'])).toBe('2026-02-28');
    expect(archiveCutoff([])).toBeNull();
  });

  it('archives only dated pages older than the cut-off', () => {
    expect(searchIndexFor('2024-02-10', '2024-02-11')).toBe('archive');
    expect(searchIndexFor('2024-02-11', '2024-02-11')).toBe('current');
    expect(searchIndexFor(undefined, '2024-02-11')).toBe('current');
    expect(searchIndexFor('2001-01-01', null)).toBe('current');
  });

  it('merges by score for relevance and keeps current before archive for newest first', () => {
    const current = [{ id: 'c1', score: 3 }, { id: 'c2', score: 1 }];
    const archive = [{ id: 'a1', score: 2 }, { id: 'a2', score: 1 }];
    expect(mergeResults([current, archive], 'relevance').map((r) => r.id)).toEqual(['c1', 'a1', 'c2', 'a2']);
    expect(mergeResults([current, archive], 'newest').map((r) => r.id)).toEqual(['c1', 'c2', 'a1', 'a2']);
    expect(mergeResults([current], 'relevance')).toEqual(current);
  });

  it('adds filter counts across indexes', () => {
    expect(sumCounts([{ year: { '2025': 2 }, kind: { news: 2 } }, { year: { '2019': 5, '2025': 1 } }, undefined])).toEqual({
      year: { '2025': 3, '2019': 5 },
      kind: { news: 2 },
    });
  });
});
