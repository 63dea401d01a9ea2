import { describe, expect, it } from 'vitest';
import { tileValue } from './tileValue';

describe('tileValue', () => {
  it('rounds money to a short form in each language', () => {
    expect(tileValue(4002630, 'idr', 'ja')).toBe('400万ルピア');
    expect(tileValue(4002630, 'idr', 'id')).toBe('Rp4 jt');
    expect(tileValue(4002630, 'idr', 'en')).toBe('Rp4M');
    expect(tileValue(204.75, 'idr-trillion', 'en')).toBe('Rp205T');
    expect(tileValue(204.75, 'idr-trillion', 'ja')).toBe('205兆ルピア');
    expect(tileValue(38.46, 'usd-million', 'en')).toBe('US$38.5M');
    expect(tileValue(38.46, 'usd-million', 'id')).toBe('US$38,5 jt');
    expect(tileValue(38.46, 'usd-million', 'ja')).toBe('3,846万米ドル');
  });

  it('leaves small amounts and other units as they are', () => {
    expect(tileValue(5000, 'jpy', 'en')).toBe(tileValue(5000, 'jpy', 'en', undefined));
    expect(tileValue(54122, 'tonnes', 'en')).toBe('54,122 t');
    expect(tileValue(5.66, 'percent', 'ja')).toBe('5.66%');
  });
});
