import { describe, expect, it } from 'vitest';
import { hasActiveSearch, pagefindArguments, parseSearchParams, toSearchParams } from './query';

describe('parseSearchParams', () => {
  it('reads the query, repeated filters and the sort order', () => {
    const state = parseSearchParams('?q=%E7%89%B9%E5%AE%9A%E6%8A%80%E8%83%BD&sector=mining&sector=fisheries&kind=news&sort=newest');
    expect(state).toEqual({ query: '特定技能', filters: { kind: ['news'], sector: ['fisheries', 'mining'], year: [] }, sort: 'newest', archive: false });
  });

  it('ignores unknown keys, malformed values and duplicates, and trims the query', () => {
    const state = parseSearchParams('q=++gold++&sector=<script>&sector=mining&sector=mining&colour=red&sort=oldest');
    expect(state).toEqual({ query: 'gold', filters: { kind: [], sector: ['mining'], year: [] }, sort: 'relevance', archive: false });
  });

  it('gives an empty state for an empty address', () => {
    expect(hasActiveSearch(parseSearchParams(''))).toBe(false);
    expect(hasActiveSearch(parseSearchParams('year=2026'))).toBe(true);
  });
});

describe('toSearchParams', () => {
  it('round-trips through parseSearchParams and leaves defaults out', () => {
    const text = 'q=lobster&kind=dataset&kind=news&year=2026&sort=newest&archive=1';
    expect(toSearchParams(parseSearchParams(text))).toBe(text);
    expect(parseSearchParams('archive=yes').archive).toBe(false);
    expect(toSearchParams(parseSearchParams('q=&sort=relevance'))).toBe('');
  });
});

describe('pagefindArguments', () => {
  it('passes null as the query when only filters are chosen, so filters list everything they match', () => {
    expect(pagefindArguments(parseSearchParams('sector=labour'))).toEqual([null, { filters: { sector: { any: ['labour'] } } }]);
  });

  it('widens within a filter and adds the date sort only when asked', () => {
    const [query, options] = pagefindArguments(parseSearchParams('q=emas&sector=mining&sector=economy&kind=dataset&sort=newest'));
    expect(query).toBe('emas');
    expect(options).toEqual({ filters: { kind: { any: ['dataset'] }, sector: { any: ['economy', 'mining'] } }, sort: { date: 'desc' } });
  });
});
