import { describe, expect, it } from 'vitest';
import { formatPeriod } from './formatDate';
import { formatPeriodLabel, formatPeriodSpan, periodBounds, periodMonths } from './period';

describe('period length and bounds', () => {
  it('measures every period type in months (a range by its months, a day as null)', () => {
    expect(periodMonths('2024')).toBe(12);
    expect(periodMonths('2024-Q3')).toBe(3);
    expect(periodMonths('2024-07')).toBe(1);
    expect(periodMonths('2024-07-15')).toBeNull();
    expect(periodMonths('2018-01/2018-06')).toBe(6);
    expect(periodMonths('2021-01/2021-01')).toBe(1);
    expect(periodMonths('2020/2024')).toBe(60);
    expect(periodMonths('2020/2024-06')).toBe(54);
  });
  it('gives UTC bounds with an exclusive end', () => {
    const b = periodBounds('2024-01/2024-05');
    expect(new Date(b.start).toISOString()).toBe('2024-01-01T00:00:00.000Z');
    expect(new Date(b.end).toISOString()).toBe('2024-06-01T00:00:00.000Z');
    expect(new Date(periodBounds('2024-02-29').end).toISOString()).toBe('2024-03-01T00:00:00.000Z');
  });
});

describe('short period labels (issue 12 §3)', () => {
  it('writes month ranges the way each language does', () => {
    expect(formatPeriodLabel('2022-01/2022-05', 'ja')).toBe('2022年1–5月');
    expect(formatPeriodLabel('2022-01/2022-05', 'en')).toBe('Jan–May 2022');
    expect(formatPeriodLabel('2022-01/2022-05', 'id')).toBe('Jan–Mei 2022');
    expect(formatPeriodLabel('2022-01/2022-05', 'en', 'long')).toBe('January–May 2022');
    expect(formatPeriodLabel('2020-09/2021-02', 'ja')).toBe('2020年9月–2021年2月');
    expect(formatPeriodLabel('2020-09/2021-02', 'id')).toBe('Sep 2020–Feb 2021');
  });
  it('prints a one-month range as the month and a whole-year range as the year', () => {
    expect(formatPeriodLabel('2021-01/2021-01', 'en')).toBe('Jan 2021');
    expect(formatPeriodLabel('2024-01/2024-12', 'ja')).toBe('2024年');
    expect(formatPeriodLabel('2020/2024', 'ja')).toBe('2020–2024年');
    expect(formatPeriodLabel('2020/2024', 'en')).toBe('2020–2024');
  });
  it('keeps years, quarters, months and days', () => {
    expect(formatPeriod('2024', 'ja')).toBe('2024年');
    expect(formatPeriod('2024', 'id')).toBe('2024');
    expect(formatPeriod('2024-Q3', 'id')).toBe('Triwulan 3 2024');
    expect(formatPeriod('2025-06', 'en')).toBe('Jun 2025');
    expect(formatPeriodLabel('2025-06', 'en', 'long')).toBe('June 2025');
    expect(formatPeriod('2026-02-11', 'id')).toBe('11 Feb 2026');
  });
  it('spans from the start of the first period to the end of the last, never chaining four dates', () => {
    expect(formatPeriodSpan('2020-09/2020-10', '2024-01/2024-05', 'en')).toBe('Sept 2020–May 2024');
    expect(formatPeriodSpan('2020-09/2020-10', '2024-01/2024-05', 'ja')).toBe('2020年9月–2024年5月');
    expect(formatPeriodSpan('2018', '2025', 'ja')).toBe('2018–2025年');
    expect(formatPeriodSpan('2024-03', '2024-03', 'en', 'long')).toBe('March 2024');
    expect(formatPeriodSpan('2026-01-05', '2026-03-03', 'en')).toBe('5 Jan 2026 – 3 Mar 2026');
  });
});
