import { describe, expect, it } from 'vitest';
import { dateTimeFormat, numberFormat } from './intl';

describe('cached Intl formatters', () => {
  it('returns the same formatter for the same locale and options, another for other options', () => {
    expect(numberFormat('ja-JP', { maximumFractionDigits: 1 })).toBe(numberFormat('ja-JP', { maximumFractionDigits: 1 }));
    expect(numberFormat('ja-JP', { maximumFractionDigits: 2 })).not.toBe(numberFormat('ja-JP', { maximumFractionDigits: 1 }));
    expect(numberFormat('en-GB', { maximumFractionDigits: 1 })).not.toBe(numberFormat('ja-JP', { maximumFractionDigits: 1 }));
    expect(dateTimeFormat('en-GB', { timeZone: 'UTC', year: 'numeric' })).toBe(dateTimeFormat('en-GB', { timeZone: 'UTC', year: 'numeric' }));
  });

  it('formats as a fresh formatter does', () => {
    expect(numberFormat('id-ID', { maximumFractionDigits: 1 }).format(1234.56)).toBe(new Intl.NumberFormat('id-ID', { maximumFractionDigits: 1 }).format(1234.56));
    const day = new Date(Date.UTC(2026, 1, 11));
    expect(dateTimeFormat('ja-JP', { timeZone: 'UTC', month: 'long', day: 'numeric' }).format(day)).toBe('2月11日');
  });
});
