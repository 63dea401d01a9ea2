import { describe, expect, it } from 'vitest';
import { contactProblem, sameSite, siteHost } from './contacts';
import { formatApproxYen, roundApprox, rupiahToYen } from './fx';
import { relatedArticleFilter } from './related';
import { matchesSector } from './sectorFilter';
import { decadeLabel, decadeOf, eventDateLabel, eventsBySector, groupByDecade, sortEvents } from './timeline';

const ev = (id: string, date: string, sectors: string[]) => ({ id, date, sectors });

describe('timeline helpers', () => {
  it('sorts by date, less precise dates first, ids breaking ties', () => {
    const sorted = sortEvents([ev('c', '2023-03-02', []), ev('b', '2023', []), ev('a', '1927', []), ev('d', '2023-03-02', [])]);
    expect(sorted.map((e) => e.id)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('groups by decade in order', () => {
    expect(decadeOf('1927')).toBe(1920);
    expect(decadeOf('2020-09-23')).toBe(2020);
    const groups = groupByDecade([ev('x', '2023', []), ev('y', '1928', []), ev('z', '1927', [])]);
    expect(groups.map((g) => [g.decade, g.events.map((e) => e.id)])).toEqual([[1920, ['z', 'y']], [2020, ['x']]]);
  });

  it('lists events per sector and drops empty sectors', () => {
    const groups = eventsBySector([ev('a', '2020', ['labour', 'fisheries']), ev('b', '2019', ['labour'])], ['fisheries', 'mining', 'labour']);
    expect(groups.map((g) => [g.sector, g.events.map((e) => e.id)])).toEqual([['fisheries', ['a']], ['labour', ['b', 'a']]]);
  });

  it('labels decades and dates, saying when a date is approximate', () => {
    expect(decadeLabel(1920, 'ja')).toBe('1920年代');
    expect(decadeLabel(1920, 'en')).toBe('1920s');
    expect(eventDateLabel('2026-02-11', false, 'ja')).toBe('2026年2月11日');
    expect(eventDateLabel('1990', true, 'ja')).toBe('1990年頃');
    expect(eventDateLabel('1990', true, 'en')).toBe('c. 1990');
    expect(eventDateLabel('1990', true, 'id')).toBe('sekitar 1990');
  });

  it('the filter keeps all events with no sector, else only the tagged ones', () => {
    expect(matchesSector(['labour'], '')).toBe(true);
    expect(matchesSector(['labour', 'fisheries'], 'fisheries')).toBe(true);
    expect(matchesSector(['labour'], 'mining')).toBe(false);
  });
});

describe('yen conversion', () => {
  it('converts rupiah in its published scale', () => {
    expect(rupiahToYen(4002630, 'idr', 110.44)).toBeCloseTo(36242.6, 0);
    expect(rupiahToYen(9.383, 'idr-trillion', 110.44)).toBeCloseTo(84960159.36e3, -6);
    expect(() => rupiahToYen(5, 'usd', 110)).toThrow(/not a rupiah amount/);
    expect(() => rupiahToYen(5, 'idr', 0)).toThrow(/must be positive/);
  });

  it('rounds to two significant digits and says it is approximate', () => {
    expect(roundApprox(36242.6)).toBe(36000);
    expect(roundApprox(84960159360)).toBe(85000000000);
    expect(formatApproxYen(36242.6, 'ja')).toBe('約3.6万円');
    expect(formatApproxYen(36242.6, 'en')).toBe('about ¥36,000');
    expect(formatApproxYen(36242.6, 'id')).toBe('sekitar ¥36.000');
    expect(formatApproxYen(84960159360, 'ja')).toBe('約850億円');
    expect(formatApproxYen(84960159360, 'en')).toBe('about ¥85 billion');
    expect(formatApproxYen(84960159360, 'id')).toBe('sekitar ¥85 miliar');
  });

});

describe('contacts and related news', () => {
  it('compares sites without www', () => {
    expect(siteHost('https://www.kbritokyo.jp/x')).toBe('kbritokyo.jp');
    expect(sameSite('https://kbritokyo.jp/', 'https://www.kbritokyo.jp/layanan/')).toBe(true);
    expect(sameSite('https://kkp.go.id/', 'https://bkpm.go.id/')).toBe(false);
  });

  it('accepts only the body\'s own grade A page as proof', () => {
    const own = { id: 's', url: 'https://kkp.go.id/page', grade: 'A' };
    expect(contactProblem('https://kkp.go.id/', own, 's')).toBeUndefined();
    expect(contactProblem('https://kkp.go.id/', { ...own, grade: 'B' }, 's')).toMatch(/grade B/);
    expect(contactProblem('https://example.org/', own, 's')).toMatch(/not the site of source/);
    expect(contactProblem('https://kkp.go.id/', undefined, 'x')).toBe('unknown source id "x"');
  });

  it('relates articles by dataset, source or sector', () => {
    const keep = relatedArticleFilter({ sector: 'mining', datasets: ['gold'], sources: ['s1'] });
    expect(keep({ data: { sectors: ['labour'], datasets: ['gold'], sources: [] } })).toBe(true);
    expect(keep({ data: { sectors: ['labour'], sources: ['s1'] } })).toBe(true);
    expect(keep({ data: { sectors: ['mining'], sources: [] } })).toBe(true);
    expect(keep({ data: { sectors: ['labour'], datasets: [], sources: ['s2'] } })).toBe(false);
  });
});
