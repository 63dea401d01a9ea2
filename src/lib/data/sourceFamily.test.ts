import { describe, expect, it } from 'vitest';
import { comparableSources, sourceFamily } from './sourceFamily';

const sources = new Map([
  ['bps-release', { publisher: 'BPS Provinsi Sulawesi Utara' }],
  ['antara-quoting-bps', { publisher: 'ANTARA', origin: { publisher: 'BPS  Provinsi Sulawesi Utara' } }],
  ['sindo-2018', { publisher: 'Sindo Manado' }],
  ['sindo-2024', { publisher: 'Sindo  manado' }],
  ['jurnal-2025', { publisher: 'Jurnal Manado' }],
]);

describe('source families', () => {
  it('is the original publisher when the chain is recorded, else the publisher', () => {
    expect(sourceFamily(sources.get('antara-quoting-bps')!)).toBe(sourceFamily(sources.get('bps-release')!));
    expect(sourceFamily(sources.get('sindo-2018')!)).toBe('sindo manado');
  });
  it('compares within a family or a declared pair, never across families otherwise', () => {
    expect(comparableSources('bps-release', 'antara-quoting-bps', sources)).toBe(true);
    expect(comparableSources('sindo-2018', 'sindo-2024', sources)).toBe(true);
    expect(comparableSources('sindo-2024', 'jurnal-2025', sources)).toBe(false);
    expect(comparableSources('jurnal-2025', 'sindo-2024', sources, [['sindo-2024', 'jurnal-2025']])).toBe(true);
  });
  it('refuses to guess about an unknown source', () => {
    expect(() => comparableSources('nope', 'sindo-2018', sources)).toThrow(/unknown source id "nope"/);
  });
});
