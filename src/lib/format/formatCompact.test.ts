import { describe, expect, it } from 'vitest';
import { formatCompact } from './formatCompact';

describe('formatCompact', () => {
  it('matches the design brief table in each language', () => {
    expect(formatCompact(144_880_000, 'ja')).toBe('1.4億');
    expect(formatCompact(204.75e12, 'ja')).toBe('204.8兆');
    expect(formatCompact(144_880_000, 'id')).toBe('144,9 jt');
    expect(formatCompact(204.75e12, 'id')).toBe('204,8 T');
    expect(formatCompact(144_880_000, 'en')).toBe('144.9M');
    expect(formatCompact(204.75e12, 'en')).toBe('204.8T');
  });

  it('uses 万 in Japanese and rb / M in Indonesian', () => {
    expect(formatCompact(37_000, 'ja')).toBe('3.7万');
    expect(formatCompact(4_002_630, 'ja')).toBe('400.3万');
    expect(formatCompact(2_500, 'id')).toBe('2,5 rb');
    expect(formatCompact(3.2e9, 'id')).toBe('3,2 M');
    expect(formatCompact(3.2e9, 'en')).toBe('3.2B');
  });

  it('writes small numbers in full with local separators', () => {
    expect(formatCompact(9_999, 'ja')).toBe('9,999');
    expect(formatCompact(999, 'en')).toBe('999');
    expect(formatCompact(12.34, 'id')).toBe('12,3');
    expect(formatCompact(0, 'en')).toBe('0');
  });

  it('keeps the sign of negative values', () => {
    expect(formatCompact(-1_500_000, 'en')).toBe('-1.5M');
    expect(formatCompact(-25_000, 'ja')).toBe('-2.5万');
  });

  it('moves up a step instead of printing 1,000K', () => {
    expect(formatCompact(999_960, 'en')).toBe('1M');
    expect(formatCompact(99_999_999, 'ja')).toBe('1億');
    expect(formatCompact(999.97, 'en')).toBe('1K');
  });

  it('refuses NaN and infinity', () => {
    expect(() => formatCompact(Number.NaN, 'en')).toThrow(/not a finite number/);
  });
});
