import { describe, expect, it } from 'vitest';
import { numberToDecimal, roundDecimal, shiftDecimal } from '../format/decimal';
import { formatPublished } from '../format/formatPublished';
import { magnitudeOf, publishedMismatch } from './published';

describe('exact decimals', () => {
  it('shifts, rounds and prints without floating-point drift', () => {
    expect(shiftDecimal('944.18', 9)).toBe('944180000000');
    expect(shiftDecimal('418.90', -3)).toBe('0.4189');
    expect(shiftDecimal('20734344.37', -3)).toBe('20734.34437');
    expect(roundDecimal('20734.34437', 0)).toBe('20734');
    expect(roundDecimal('0.995', 2)).toBe('1');
    expect(roundDecimal('-2.345', 2)).toBe('-2.35');
    expect(numberToDecimal(1e-7)).toBe('0.0000001');
  });
});

describe('publishedMismatch (real observations from content/datasets)', () => {
  it('accepts a rescaled figure, keeping the printed trailing zero', () => {
    // realised-investment 2024, Minahasa Utara PMDN: recorded 0.4189 trillion, printed Rp418,90 miliar.
    expect(publishedMismatch(0.4189, 'idr-trillion', undefined, { value: '418.90', unit: 'idr-billion' })).toBeUndefined();
    // kek-likupang-investment 2019 claim: recorded 7,100 billion, printed Rp7,1 triliun.
    expect(publishedMismatch(7100, 'idr-billion', undefined, { value: '7.1', unit: 'idr-trillion' })).toBeUndefined();
  });

  it('accepts a value rounded to its own decimals (33,414,144 kg recorded as 33,414 t)', () => {
    expect(publishedMismatch(33414, 'tonnes', undefined, { value: '33414144', unit: 'kg' })).toBeUndefined();
  });

  it('rejects a value that the printed figure does not round to', () => {
    expect(publishedMismatch(33415, 'tonnes', undefined, { value: '33414144', unit: 'kg' })).toMatch(/does not equal the published 33414144 kg/);
    expect(publishedMismatch(0.94418, 'idr-trillion', undefined, { value: '944.81', unit: 'idr-billion' })).toMatch(/does not equal/);
  });

  it('rejects a printed unit that measures something else', () => {
    expect(publishedMismatch(168000, 'usd', undefined, { value: '168000', unit: 'idr' })).toMatch(/does not measure the same thing/);
    expect(magnitudeOf('tonnes')).toEqual({ base: 'kg', power: 3 });
  });
});

describe('formatPublished: each language its own notation, no comma decimal in en or ja', () => {
  const form = { value: '944.18', unit: 'idr-billion' } as const;
  it('renders the issue examples', () => {
    expect(formatPublished(form, 'ja')).toBe('9,441億8,000万ルピア');
    expect(formatPublished(form, 'id')).toBe('Rp944,18 miliar');
    expect(formatPublished(form, 'en')).toBe('Rp944.18 billion');
  });
  it('keeps trailing zeros and other units', () => {
    expect(formatPublished({ value: '418.90', unit: 'idr-billion' }, 'en')).toBe('Rp418.90 billion');
    expect(formatPublished({ value: '7.1', unit: 'idr-trillion' }, 'id')).toBe('Rp7,1 triliun');
    expect(formatPublished({ value: '1.021', unit: 'usd-billion' }, 'en')).toBe('US$1.021 billion');
    expect(formatPublished({ value: '121.55', unit: 'people-thousand' }, 'ja')).toBe('12万1,550人');
    expect(formatPublished({ value: '20734344.37', unit: 'kg' }, 'en')).toBe('20,734,344.37 kg');
    for (const lang of ['en', 'ja'] as const) expect(formatPublished(form, lang)).not.toMatch(/\d,\d{2}(?!\d)/);
  });
});
