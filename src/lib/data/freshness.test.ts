import { describe, expect, it } from 'vitest';
import { buildToday, endOfPeriod, freshness, GRACE_DAYS, releaseQueue } from './freshness';

describe('the update-due rule', () => {
  it('a month-precise release is due from the day after its month ends plus the grace period', () => {
    expect(GRACE_DAYS).toBe(30);
    // January 2027 ends on the 31st; 30 days of grace run to 2 March; due from 3 March.
    expect(freshness({ nextRelease: '2027-01' }, '2027-03-02')).toEqual({ state: 'expected', expected: '2027-01', dueFrom: '2027-03-03', open: true });
    expect(freshness({ nextRelease: '2027-01' }, '2027-03-03')).toEqual({ state: 'due', expected: '2027-01', dueFrom: '2027-03-03', daysOverdue: 0 });
    expect(freshness({ nextRelease: '2027-01' }, '2027-04-02')).toMatchObject({ state: 'due', daysOverdue: 30 });
  });
  it('a day-precise release counts from that day; a year-precise one from 31 December', () => {
    expect(freshness({ nextRelease: '2026-11-05' }, '2026-12-05').state).toBe('expected');
    expect(freshness({ nextRelease: '2026-11-05' }, '2026-12-06').state).toBe('due');
    expect(freshness({ nextRelease: '2026' }, '2027-01-30').state).toBe('expected');
    expect(freshness({ nextRelease: '2026' }, '2027-01-31').state).toBe('due');
  });
  it('leap years and month lengths come from the calendar', () => {
    expect(new Date(endOfPeriod('2028-02')).toISOString().slice(0, 10)).toBe('2028-02-29');
    expect(new Date(endOfPeriod('2027-02')).toISOString().slice(0, 10)).toBe('2027-02-28');
  });
  it('no expected release, no flag', () => {
    expect(freshness({}, '2099-01-01')).toEqual({ state: 'unscheduled' });
  });
});

describe('the build\'s today', () => {
  it('SOURCE_DATE_EPOCH wins, then the last commit, then the fallback; never the clock', () => {
    expect(buildToday({ SOURCE_DATE_EPOCH: '1796515200' }, '2026-12-01T03:00:00+00:00', '2026-01-01')).toBe('2026-12-06');
    expect(buildToday({}, '2026-12-06T03:00:00+09:00', '2026-01-01')).toBe('2026-12-05');
    expect(buildToday({ SOURCE_DATE_EPOCH: ' ' }, undefined, '2026-01-01')).toBe('2026-01-01');
  });
  it('a malformed SOURCE_DATE_EPOCH is an error, not a silent clock', () => {
    expect(() => buildToday({ SOURCE_DATE_EPOCH: '2026-12-06' }, undefined, '2026-01-01')).toThrow(/whole seconds/);
  });
});

describe('the desk\'s release queue', () => {
  it('overdue first, most overdue on top; then releases whose period has begun; counts the rest', () => {
    const q = releaseQueue([{ id: 'a', nextRelease: '2026-09' }, { id: 'b', nextRelease: '2026-12' }, { id: 'c', nextRelease: '2027-02' }, { id: 'd' }, { id: 'e', nextRelease: '2026-06' }], '2026-12-06');
    expect(q.overdue.map((o) => [o.dataset.id, o.state.daysOverdue])).toEqual([['e', 128], ['a', 36]]);
    expect(q.open.map((o) => o.dataset.id)).toEqual(['b']);
    expect([q.later, q.unscheduled]).toEqual([1, 1]);
  });
});
