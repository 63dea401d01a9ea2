import { valueParts, formatValue as formatWhole } from './formatValue';
import { UNITS as ALL_UNITS } from '~/schemas/units';
import { describe, expect, it } from 'vitest';
import { formatDate, formatPeriod } from './formatDate';
import { decimalsOf, formatNumber } from './formatNumber';
import { formatValue } from './formatValue';

describe('formatNumber', () => {
  it('uses each language’s separators (design brief table)', () => {
    expect(formatNumber(4002630, 'ja')).toBe('4,002,630');
    expect(formatNumber(4002630, 'id')).toBe('4.002.630');
    expect(formatNumber(4002630, 'en')).toBe('4,002,630');
    expect(formatNumber(870252.94, 'id')).toBe('870.252,94');
  });
  it('keeps published decimals', () => {
    expect(formatNumber(2.5, 'en', 2)).toBe('2.50');
    expect(decimalsOf(711880.28)).toBe(2);
    expect(decimalsOf(415)).toBe(0);
  });
});

describe('formatValue', () => {
  it('writes rupiah, tonnes and people per language', () => {
    expect(formatValue(4002630, 'idr', 'ja')).toBe('4,002,630ルピア');
    expect(formatValue(4002630, 'idr', 'id')).toBe('Rp4.002.630');
    expect(formatValue(4002630, 'idr', 'en')).toBe('Rp4,002,630');
    expect(formatValue(54122, 'tonnes', 'ja')).toBe('54,122トン');
    expect(formatValue(54122, 'tonnes', 'id')).toBe('54.122 ton');
    expect(formatValue(54122, 'tonnes', 'en')).toBe('54,122 t');
    expect(formatValue(415, 'people', 'id')).toBe('415 orang');
    expect(formatValue(5.39, 'percent', 'id')).toBe('5,39%');
  });
});

describe('formatDate', () => {
  it('formats full and partial dates', () => {
    expect(formatDate('2026-02-11', 'ja')).toBe('2026年2月11日');
    expect(formatDate('2026-02-11', 'id')).toBe('11 Februari 2026');
    expect(formatDate('2026-02-11', 'en')).toBe('11 February 2026');
    expect(formatDate('2024-07', 'en')).toBe('July 2024');
    expect(formatDate('2019', 'id')).toBe('2019');
  });
  it('refuses a malformed date', () => {
    expect(() => formatDate('11/02/2026', 'en')).toThrow(/not YYYY/);
  });
  it('labels quarters and ranges', () => {
    expect(formatPeriod('2024-Q3', 'en')).toBe('Q3 2024');
    expect(formatPeriod('2024-Q3', 'ja')).toBe('2024年第3四半期');
    expect(formatPeriod('2020/2024', 'en')).toBe('2020–2024');
    expect(formatPeriod('2018-04/2018-04', 'en')).toBe('Apr 2018');
  });
});

describe('valueParts (a table states the unit once, in its header)', () => {
  it('splits a value into the number a cell shows and the unit its header names', () => {
    expect(valueParts(4002630, 'idr', 'en')).toEqual({ number: '4,002,630', unit: 'rupiah' });
    expect(valueParts(7100, 'idr-billion', 'ja')).toEqual({ number: '7兆1,000億', unit: 'ルピア' });
    expect(valueParts(7100, 'idr-billion', 'id')).toEqual({ number: '7.100', unit: 'miliar rupiah' });
    expect(valueParts(5.2, 'percent', 'en', 1)).toEqual({ number: '5.2', unit: '%' });
    expect(valueParts(7020, 'people', 'en', 0, { noun: { ja: '人', id: 'kunjungan', en: 'foreign visitors' } })).toEqual({ number: '7,020', unit: 'foreign visitors' });
  });
  it('uses the same number as the whole value for every unit and language', () => {
    for (const unit of Object.keys(ALL_UNITS) as (keyof typeof ALL_UNITS)[]) {
      for (const lang of ['ja', 'id', 'en'] as const) {
        const { number } = valueParts(1234.5, unit, lang, 1);
        expect(formatWhole(1234.5, unit, lang, 1), `${unit} ${lang}`).toContain(number);
      }
    }
  });
});
