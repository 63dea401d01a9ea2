import { describe, expect, it } from 'vitest';
import { sourceFamily } from './sourceFamily';

describe('sourceFamily', () => {
  it('is the original publisher when the source names one, else the publisher', () => {
    expect(sourceFamily({ publisher: 'ANTARA Manado', origin: { publisher: 'BPS Sulawesi Utara' } })).toBe('BPS Sulawesi Utara');
    expect(sourceFamily({ publisher: 'Barometer', origin: { publisher: 'BPS Sulawesi Utara' } })).toBe(sourceFamily({ publisher: 'Sindo Manado', origin: { publisher: 'BPS Sulawesi Utara' } }));
    expect(sourceFamily({ publisher: 'LPK Saitama (blog)' })).toBe('LPK Saitama (blog)');
  });
});
