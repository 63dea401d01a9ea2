import { describe, expect, it } from 'vitest';
import { toCsv } from './csv';
import { parseCsv } from './csvRead';

describe('CSV', () => {
  it('quotes commas, quotes and newlines (RFC 4180) and round-trips them', () => {
    const csv = toCsv(['title', 'value'], [['Produksi, "total"\nSulut', 711880.28], ['plain', 4002630]]);
    expect(csv).toBe('title,value\r\n"Produksi, ""total""\nSulut",711880.28\r\nplain,4002630\r\n');
    expect(parseCsv(csv)).toEqual([['title', 'value'], ['Produksi, "total"\nSulut', '711880.28'], ['plain', '4002630']]);
  });
  it('writes empty cells for null and undefined, words for booleans, and quotes edge spaces', () => {
    expect(toCsv(['a', 'b', 'c', 'd'], [[null, undefined, true, ' x']])).toBe('a,b,c,d\r\n,,true," x"\r\n');
  });
  it('refuses a row with the wrong number of fields', () => {
    expect(() => toCsv(['a', 'b'], [['1']])).toThrow(/row 0 has 1 fields/);
  });
  it('keeps numbers exact', () => {
    const values = [0.1, 711880.28, 4002630, -3.5, 1e-7];
    const parsed = parseCsv(toCsv(['v'], values.map((v) => [v]))).slice(1).map(([v]) => Number(v));
    expect(parsed).toEqual(values);
  });
  it('reads strictly: a quote inside a field, an unterminated quote and a ragged row throw', () => {
    expect(() => parseCsv('a,b\r\nx"y,1\r\n')).toThrow();
    expect(() => parseCsv('a,b\r\n"x,1\r\n')).toThrow();
    expect(() => parseCsv('a,b\r\n1,2,3\r\n')).toThrow();
  });
});
