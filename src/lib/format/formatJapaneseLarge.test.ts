import { describe, expect, it } from 'vitest';
import { formatJapaneseLarge } from './formatJapaneseLarge';
import { formatValue } from './formatValue';

describe('formatJapaneseLarge', () => {
  it('groups by 兆, 億 and 万 exactly', () => {
    expect(formatJapaneseLarge(144.88, 6)).toBe('1億4,488万');
    expect(formatJapaneseLarge(7100, 9)).toBe('7兆1,000億');
    expect(formatJapaneseLarge(270, 3)).toBe('27万');
    expect(formatJapaneseLarge(1.14, 12)).toBe('1兆1,400億');
    expect(formatJapaneseLarge(144.885, 6)).toBe('1億4,488万5,000');
    expect(formatJapaneseLarge(9999)).toBe('9,999');
    expect(formatJapaneseLarge(0.5, 0)).toBe('0.5');
    expect(formatJapaneseLarge(-3.5, 4)).toBe('-3万5,000');
  });
});

describe('formatValue in Japanese for scaled units', () => {
  it('writes amounts in base units with 万/億/兆 instead of 十億ルピア', () => {
    expect(formatValue(7100, 'idr-billion', 'ja')).toBe('7兆1,000億ルピア');
    expect(formatValue(144.88, 'usd-million', 'ja')).toBe('1億4,488万米ドル');
    expect(formatValue(270, 'troy-ounces-thousand', 'ja')).toBe('27万トロイオンス');
    expect(formatValue(7100, 'idr-billion', 'en')).toBe('7,100 billion rupiah');
  });
  it('gives bare counts no counter word', () => {
    expect(formatValue(54, 'count', 'ja')).toBe('54');
  });
});
