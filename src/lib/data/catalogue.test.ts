import { describe, expect, it } from 'vitest';
import { catalogueEntry, indexBy, levelOf, periodSpan, periodYears } from './catalogue';
import { wageDataset, SOURCES } from '../../../tests/fixtures/factory';

describe('periods', () => {
  it('expands ranges to every year they touch', () => {
    expect(periodYears('2024')).toEqual([2024]);
    expect(periodYears('2024-Q3')).toEqual([2024]);
    expect(periodYears('2024-07-01')).toEqual([2024]);
    expect(periodYears('2020/2022')).toEqual([2020, 2021, 2022]);
    expect(periodYears('2023-11/2024-02')).toEqual([2023, 2024]);
  });
  it('finds the earliest start and latest end', () => {
    expect(periodSpan(['2024', '2020/2022', '2026'])).toEqual({ first: '2020', last: '2026' });
  });
});

describe('catalogueEntry', () => {
  it('summarises years, levels and grades', () => {
    const e = catalogueEntry(wageDataset(), SOURCES);
    expect(e.years).toEqual([2025, 2026]);
    expect(e.levels).toEqual(['province', 'regency']);
    expect(e.grades).toEqual(['A', 'B']);
    expect(levelOf('71')).toBe('province');
    expect(levelOf('71.71')).toBe('regency');
    // Only North Sulawesi is "the province as a whole": national figures and other places have their own level.
    expect([levelOf('IDN'), levelOf('JPN'), levelOf('31'), levelOf('JP-13')]).toEqual(['national', 'national', 'provinces', 'prefectures']);
  });
  it('indexes ids by year, newest first', () => {
    const a = catalogueEntry(wageDataset(), SOURCES);
    const b = { ...a, id: 'other', years: [2024, 2025] };
    expect(indexBy([a, b], (e) => e.years)).toEqual([[2026, ['wage']], [2025, ['wage', 'other']], [2024, ['other']]]);
    expect(indexBy([a, b], (e) => e.levels)[0]).toEqual(['province', ['wage', 'other']]);
  });
});
