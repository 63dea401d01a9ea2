import { describe, expect, it } from 'vitest';
import { calendarProblem, daysInMonth, periodCalendarProblem } from './calendar';

describe('the calendar check', () => {
  it.each(['2025', '2025-01', '2025-12', '2024-02-29', '2000-02-29', '2025-Q1', '2025-Q4', '1990'])('accepts %s', (value) => {
    expect(calendarProblem(value)).toBeUndefined();
  });

  it.each([
    ['2025-13', 'has no month 13'],
    ['2025-00', 'has no month 00'],
    ['2026-02-30', 'February 2026 has days 01–28'],
    ['2025-02-29', 'February 2025 has days 01–28'],
    ['1900-02-29', 'February 1900 has days 01–28'],
    ['2025-04-31', 'April 2025 has days 01–30'],
    ['2025-01-00', 'January 2025 has days 01–31'],
    ['9999-99-99', 'year 9999 is outside'],
    ['0000', 'year 0 is outside'],
    ['2025-Q5', 'has no quarter 5'],
    ['2025-Q0', 'has no quarter 0'],
    ['25-01', 'is not a date or period'],
    ['2025-Q1-01', 'is not a date or period'],
  ])('refuses %s: %s', (value, reason) => {
    expect(calendarProblem(value)).toContain(reason);
  });

  it('knows leap years', () => {
    expect([2024, 2025, 1900, 2000].map((y) => daysInMonth(y, 2))).toEqual([29, 28, 28, 29]);
  });

  it('checks both ends of a span and their order', () => {
    expect(periodCalendarProblem('2020/2024')).toBeUndefined();
    expect(periodCalendarProblem('2024-01/2024-06')).toBeUndefined();
    expect(periodCalendarProblem('2024-01/2024-13')).toMatch(/has no month 13 \(months are 01–12\) \(in the span "2024-01\/2024-13"\)/);
    expect(periodCalendarProblem('2024/2020')).toBe('"2024/2020" ends before it starts');
  });
});
